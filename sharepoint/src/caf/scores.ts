import {
  normalizeEmail,
  subcriterionScore,
  type ScoreWrite,
  type StoredConsensus,
  type StoredScore,
  type SubcriterionScoreInput,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { ConcurrencyConflictError, DuplicateValueError } from '../platform/errors';
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
    submitted: scoreStatuses.code(item.ScoreStatus) === 'submitted',
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
    const assessor = await this.site.sp.web.ensureUser(assessorEmail);
    const key = `${cycleId}:${normalizeEmail(assessorEmail)}:${code}`;
    const values = {
      ...panelColumns(score.input),
      Strengths: score.strengths,
      AreasForImprovement: score.areasForImprovement,
      ImprovementIdeas: score.improvementIdeas,
      Evidence: evidenceText(score.evidence),
    } satisfies ItemChangesOf<typeof individualScoresList>;
    const existing = await list.items
      .select('Id', 'ScoreStatus')
      .filter(onIndividualScores('ScoreKey', 'eq', key))
      .top(1)<Pick<IndividualScoreRow, 'Id' | 'ScoreStatus'>[]>();
    const current = existing[0];
    let id: number;
    if (current) {
      if (scoreStatuses.code(current.ScoreStatus) === 'submitted')
        throw new ConcurrencyConflictError(409, 'submitted', 'Scores were submitted');
      await list.items.getById(current.Id).update(values, etag ?? '*');
      id = current.Id;
    } else {
      try {
        const added: { Id: number } = await list.items.add({
          Title: `${code} – ${assessor.Title}`,
          CycleId: cycleId,
          AssessorId: assessor.Id,
          Subcriterion: code,
          ScoreKey: key,
          ScoreStatus: scoreStatuses.label('draft'),
          ...values,
        } satisfies NewItemOf<typeof individualScoresList>);
        id = added.Id;
      } catch (error) {
        // Another device created it a moment ago: the caller must reload before overwriting.
        if (error instanceof DuplicateValueError) throw new ConcurrencyConflictError(409, 'duplicate', key);
        throw error;
      }
    }
    return toScore(await INDIVIDUAL_SCORE.applyTo(list.items.getById(id))<IndividualScoreRow>());
  }

  async submit(cycleId: number, assessorEmail: string, submittedAt: string): Promise<void> {
    const list = await this.site.list(individualScoresList);
    const assessor = await this.site.sp.web.ensureUser(assessorEmail);
    const mine = await allOf<{ Id: number }>(
      list.items
        .select('Id')
        .filter(
          `${onIndividualScores('CycleId', 'eq', Math.trunc(cycleId))} and ` +
            onIndividualScores('AssessorId', 'eq', assessor.Id),
        ),
    );
    const url = await this.site.listUrl(individualScoresList);
    const submitted = {
      ScoreStatus: scoreStatuses.label('submitted'),
      SubmittedOn: submittedAt,
    } satisfies ItemChangesOf<typeof individualScoresList>;
    await inOneBatch(this.site.sp, (batched) =>
      mine.map((item) => batched.web.getList(url).items.getById(item.Id).update(submitted)),
    );
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
