import {
  normalizeEmail,
  subcriterionScore,
  type OwnStoredScore,
  type ScoreWrite,
  type StoredConsensus,
  type StoredScore,
  type SubcriterionScoreInput,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { ScoresSubmittedError } from './scoring-errors';
import { allOf, etagOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { ItemChangesOf, NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn, fieldNames } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { evidenceLinks, evidenceText } from './evidence-links';
import { consensusScoresList } from './lists/consensus-scores';
import { individualScoresList } from './lists/individual-scores';
import { scorePanelFields, scoreTextFields } from './lists/score-fields';

const SCORE_CONTENT = [...fieldNames(scorePanelFields), ...fieldNames(scoreTextFields)];
export const INDIVIDUAL_SCORE = selectOf(
  individualScoresList,
  'Id',
  'Subcriterion',
  'ScoreStatus',
  'Evidence',
  'Modified',
  'Assessor',
  ...SCORE_CONTENT,
);
export const CONSENSUS_SCORE = selectOf(consensusScoresList, 'Id', 'Subcriterion', ...SCORE_CONTENT);
export type IndividualScoreRow = RowOf<typeof INDIVIDUAL_SCORE>;
export type ConsensusScoreRow = RowOf<typeof CONSENSUS_SCORE>;
/** The 0–100 columns both lists share, as they are read and written. */
type PanelColumns = { [Name in (typeof scorePanelFields)[number]['name']]: number | null };

export const onIndividualScores = filterOn(individualScoresList);
export const onConsensusScores = filterOn(consensusScoresList);
const scoreStatuses = choiceColumn(individualScoresList, 'ScoreStatus');
const consensusStatuses = choiceColumn(consensusScoresList, 'ConsensusStatus');

/** The label a submitted score row carries (for queries on ScoreStatus). */
export const SUBMITTED_LABEL = scoreStatuses.label('submitted');

export function isSubmitted(item: Pick<IndividualScoreRow, 'ScoreStatus'>): boolean {
  return scoreStatuses.code(item.ScoreStatus) === 'submitted';
}

/** One row per cycle, member and subcriterion: the unique key a retry or a second device collides on. */
const scoreKey = (cycleId: number, assessorEmail: string, code: string) =>
  `${cycleId}:${normalizeEmail(assessorEmail)}:${code}`;

/** Where one assessor's score of one subcriterion goes: the row, if any, and the assessor as a site user. */
export interface ScoreTarget {
  readonly cycleId: number;
  readonly code: string;
  readonly assessorEmail: string;
  readonly assessor: { readonly userId: number; readonly displayName: string };
  readonly row: { readonly itemId: number; readonly submitted: boolean } | null;
}

/** Score input → columns: the classical score, or the fine-tuned parts with Score as their mean. */
function panelColumns(input: SubcriterionScoreInput | null): PanelColumns {
  const empty = {
    ScorePlan: null,
    ScoreDo: null,
    ScoreCheck: null,
    ScoreAct: null,
    ScoreTrends: null,
    ScoreTargets: null,
  };
  if (input === null) return { Score: null, ...empty };
  const Score = subcriterionScore(input);
  if ('score' in input) return { Score, ...empty };
  if ('plan' in input)
    return {
      Score,
      ...empty,
      ScorePlan: input.plan,
      ScoreDo: input.do,
      ScoreCheck: input.check,
      ScoreAct: input.act,
    };
  return { Score, ...empty, ScoreTrends: input.trends, ScoreTargets: input.targets };
}

function inputOf(item: PanelColumns): SubcriterionScoreInput | null {
  if (
    item.ScorePlan !== null &&
    item.ScoreDo !== null &&
    item.ScoreCheck !== null &&
    item.ScoreAct !== null
  ) {
    return {
      method: 'fineTuned',
      plan: item.ScorePlan,
      do: item.ScoreDo,
      check: item.ScoreCheck,
      act: item.ScoreAct,
    };
  }
  if (item.ScoreTrends !== null && item.ScoreTargets !== null) {
    return { method: 'fineTuned', trends: item.ScoreTrends, targets: item.ScoreTargets };
  }
  return item.Score === null ? null : { method: 'classical', score: item.Score };
}

export function toScore(item: IndividualScoreRow): StoredScore {
  return {
    code: item.Subcriterion ?? '',
    assessorEmail: normalizeEmail(item.Assessor?.EMail ?? ''),
    assessorName: item.Assessor?.Title ?? '',
    input: inputOf(item),
    strengths: item.Strengths ?? '',
    areasForImprovement: item.AreasForImprovement ?? '',
    improvementIdeas: item.ImprovementIdeas ?? '',
    evidence: evidenceLinks(item.Evidence),
    submitted: isSubmitted(item),
    updatedAt: item.Modified,
    etag: etagOf(item),
  };
}

export function toConsensus(item: ConsensusScoreRow): StoredConsensus | null {
  const input = inputOf(item);
  return input === null
    ? null
    : {
        code: item.Subcriterion ?? '',
        input,
        strengths: item.Strengths ?? '',
        areasForImprovement: item.AreasForImprovement ?? '',
        improvementIdeas: item.ImprovementIdeas ?? '',
      };
}

function scoreValues(score: ScoreWrite) {
  return {
    ...panelColumns(score.input),
    Strengths: score.strengths,
    AreasForImprovement: score.areasForImprovement,
    ImprovementIdeas: score.improvementIdeas,
    Evidence: evidenceText(score.evidence),
  } satisfies ItemChangesOf<typeof individualScoresList>;
}

/** Step 5: individual scores (one row per cycle, member and subcriterion) and the agreed consensus. */
export class ScoresRepository {
  constructor(private readonly site: SiteContext) {}

  async individual(cycleId: number, assessorEmail?: string): Promise<StoredScore[]> {
    const list = await this.site.list(individualScoresList);
    const byCycle = onIndividualScores('CycleId', 'eq', Math.trunc(cycleId));
    const filter =
      assessorEmail === undefined
        ? byCycle
        : `${byCycle} and ${onIndividualScores('AssessorId', 'eq', (await this.site.sp.web.ensureUser(assessorEmail)).Id)}`;
    return (await allOf<IndividualScoreRow>(INDIVIDUAL_SCORE.applyTo(list.items).filter(filter))).map(
      toScore,
    );
  }

  /** Adds or changes one assessor's draft; a stale etag (someone saved meanwhile) is a conflict. */
  async save(
    cycleId: number,
    assessorEmail: string,
    code: string,
    score: ScoreWrite,
    etag: string | null,
  ): Promise<StoredScore> {
    const list = await this.site.list(individualScoresList);
    const [assessor, existing] = await Promise.all([
      this.site.sp.web.ensureUser(assessorEmail),
      list.items
        .select('Id', 'ScoreStatus')
        .filter(onIndividualScores('ScoreKey', 'eq', scoreKey(cycleId, assessorEmail, code)))
        .top(1)<Pick<IndividualScoreRow, 'Id' | 'ScoreStatus'>[]>(),
    ]);
    const current = existing[0];
    return this.write(
      {
        cycleId,
        code,
        assessorEmail,
        assessor: { userId: assessor.Id, displayName: assessor.Title },
        row: current ? { itemId: current.Id, submitted: isSubmitted(current) } : null,
      },
      score,
      etag,
    );
  }

  /**
   * Writes a draft where it goes, the row and the assessor already known (CafStore.access reads
   * them with the permission check): an update with If-Match and the row read back for its
   * Modified (SharePoint answers an update with its ETag only), or an add, whose answer already is
   * the stored row.
   */
  async write(target: ScoreTarget, score: ScoreWrite, etag: string | null): Promise<OwnStoredScore> {
    const list = await this.site.list(individualScoresList);
    const key = scoreKey(target.cycleId, target.assessorEmail, target.code);
    const values = scoreValues(score);
    const { row, assessor } = target;
    if (row) {
      if (row.submitted) throw new ScoresSubmittedError();
      await list.items.getById(row.itemId).update(values, etag ?? '*');
      const updated = await INDIVIDUAL_SCORE.applyTo(list.items.getById(row.itemId))<IndividualScoreRow>();
      return { ...toScore(updated), itemId: row.itemId };
    }
    const added: IndividualScoreRow = await list.items.add({
      Title: `${target.code} – ${assessor.displayName}`,
      CycleId: target.cycleId,
      AssessorId: assessor.userId,
      Subcriterion: target.code,
      ScoreKey: key,
      ScoreStatus: scoreStatuses.label('draft'),
      ...values,
    } satisfies NewItemOf<typeof individualScoresList>);
    // The add answers with the row's columns (not the expanded assessor, which we know). If another
    // device created the row a moment ago, the unique ScoreKey refuses this one (DuplicateValueError,
    // a conflict for the caller: reload before overwriting).
    const stored = toScore({
      ...added,
      Assessor: { EMail: target.assessorEmail, Title: assessor.displayName },
    });
    return { ...stored, itemId: added.Id };
  }

  /** Only the update of a draft row (If-Match), for a caller that reads it back in a $batch of its own. */
  async update(itemId: number, score: ScoreWrite, etag: string): Promise<void> {
    const list = await this.site.list(individualScoresList);
    await list.items.getById(itemId).update(scoreValues(score), etag);
  }

  async consensus(cycleId: number): Promise<StoredConsensus[]> {
    const list = await this.site.list(consensusScoresList);
    const query = CONSENSUS_SCORE.applyTo(list.items).filter(
      onConsensusScores('CycleId', 'eq', Math.trunc(cycleId)),
    );
    const items = await allOf<ConsensusScoreRow>(query);
    return items.map(toConsensus).filter((entry): entry is StoredConsensus => entry !== null);
  }

  async saveConsensus(
    cycleId: number,
    consensus: StoredConsensus,
    agreedAt: string,
  ): Promise<StoredConsensus> {
    const list = await this.site.list(consensusScoresList);
    const key = `${cycleId}:${consensus.code}`;
    const values = {
      ...panelColumns(consensus.input),
      Strengths: consensus.strengths,
      AreasForImprovement: consensus.areasForImprovement,
      ImprovementIdeas: consensus.improvementIdeas,
      ConsensusStatus: consensusStatuses.label('agreed'),
      AgreedOn: agreedAt,
    } satisfies ItemChangesOf<typeof consensusScoresList>;
    const existing = await list.items
      .select('Id')
      .filter(onConsensusScores('ConsensusKey', 'eq', key))
      .top(1)<{ Id: number }[]>();
    const current = existing[0];
    if (current) await list.items.getById(current.Id).update(values);
    else {
      await list.items.add({
        Title: consensus.code,
        CycleId: cycleId,
        Subcriterion: consensus.code,
        ConsensusKey: key,
        ...values,
      } satisfies NewItemOf<typeof consensusScoresList>);
    }
    return consensus;
  }
}
