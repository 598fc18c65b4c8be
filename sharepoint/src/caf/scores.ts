import {
  normalizeEmail,
  subcriterionScore,
  type ScoreWrite,
  type StoredConsensus,
  type StoredScore,
  type SubcriterionScoreInput,
} from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { ConcurrencyConflictError, DuplicateValueError } from '../platform/errors';
import { odataString } from '../platform/odata';
import { choiceCode, choiceLabel, consensusScoresList, fieldOf, individualScoresList } from '../all-lists';
import { SiteLists } from '../platform/site-context';
import { allOf, etagOf } from '../platform/paging';

interface ScoreColumns {
  Score: number | null;
  ScorePlan: number | null;
  ScoreDo: number | null;
  ScoreCheck: number | null;
  ScoreAct: number | null;
  ScoreTrends: number | null;
  ScoreTargets: number | null;
  Strengths: string | null;
  AreasForImprovement: string | null;
  ImprovementIdeas: string | null;
}

export interface IndividualScoreItem extends ScoreColumns {
  Id: number;
  Subcriterion: string;
  ScoreStatus: string;
  Evidence: string | null;
  Modified: string;
  Assessor?: { EMail?: string; Title?: string } | null;
}

export interface ConsensusItem extends ScoreColumns {
  Id: number;
  Subcriterion: string;
}

const SCORE_COLUMNS = [
  'Score',
  'ScorePlan',
  'ScoreDo',
  'ScoreCheck',
  'ScoreAct',
  'ScoreTrends',
  'ScoreTargets',
  'Strengths',
  'AreasForImprovement',
  'ImprovementIdeas',
];
export const INDIVIDUAL_SELECT = [
  'Id',
  'Subcriterion',
  'ScoreStatus',
  'Evidence',
  'Modified',
  'Assessor/EMail',
  'Assessor/Title',
  ...SCORE_COLUMNS,
];
export const CONSENSUS_SELECT = ['Id', 'Subcriterion', ...SCORE_COLUMNS];
const statusField = fieldOf(individualScoresList, 'ScoreStatus');
const consensusStatusField = fieldOf(consensusScoresList, 'ConsensusStatus');

/** Score input → columns: the classical score, or the fine-tuned parts with Score as their mean. */
function scoreColumns(
  input: SubcriterionScoreInput | null,
): Omit<ScoreColumns, 'Strengths' | 'AreasForImprovement' | 'ImprovementIdeas'> {
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

function inputOf(item: ScoreColumns): SubcriterionScoreInput | null {
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

function evidenceOf(value: string | null): StoredScore['evidence'] {
  try {
    const parsed: unknown = JSON.parse(value ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (link): link is { title: string; url: string } =>
            typeof link === 'object' &&
            link !== null &&
            typeof link.title === 'string' &&
            typeof link.url === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function toScore(item: IndividualScoreItem): StoredScore {
  return {
    code: item.Subcriterion,
    assessorEmail: normalizeEmail(item.Assessor?.EMail ?? ''),
    assessorName: item.Assessor?.Title ?? '',
    input: inputOf(item),
    strengths: item.Strengths ?? '',
    areasForImprovement: item.AreasForImprovement ?? '',
    improvementIdeas: item.ImprovementIdeas ?? '',
    evidence: evidenceOf(item.Evidence),
    submitted: choiceCode(statusField, item.ScoreStatus) === 'submitted',
    updatedAt: item.Modified,
    etag: etagOf(item),
  };
}

export function toConsensus(item: ConsensusItem): StoredConsensus | null {
  const input = inputOf(item);
  return input === null
    ? null
    : {
        code: item.Subcriterion,
        input,
        strengths: item.Strengths ?? '',
        areasForImprovement: item.AreasForImprovement ?? '',
        improvementIdeas: item.ImprovementIdeas ?? '',
      };
}

/** Step 5: individual scores (one row per cycle, member and subcriterion) and the agreed consensus. */
export class ScoresRepository {
  private readonly site: SiteLists;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  async individualQuery(cycleId: number, assessorUserId?: number) {
    const list = await this.site.list(individualScoresList);
    const byAssessor = assessorUserId === undefined ? '' : ` and AssessorId eq ${Math.trunc(assessorUserId)}`;
    return list.items
      .select(...INDIVIDUAL_SELECT)
      .expand('Assessor')
      .filter(`CycleId eq ${Math.trunc(cycleId)}${byAssessor}`);
  }

  async consensusQuery(cycleId: number) {
    const list = await this.site.list(consensusScoresList);
    return list.items.select(...CONSENSUS_SELECT).filter(`CycleId eq ${Math.trunc(cycleId)}`);
  }

  async individual(cycleId: number, assessorEmail?: string): Promise<StoredScore[]> {
    const assessor =
      assessorEmail === undefined ? undefined : (await this.sp.web.ensureUser(assessorEmail)).Id;
    return (await allOf<IndividualScoreItem>(await this.individualQuery(cycleId, assessor))).map(toScore);
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
    const assessor = await this.sp.web.ensureUser(assessorEmail);
    const key = `${cycleId}:${normalizeEmail(assessorEmail)}:${code}`;
    const values = {
      ...scoreColumns(score.input),
      Strengths: score.strengths,
      AreasForImprovement: score.areasForImprovement,
      ImprovementIdeas: score.improvementIdeas,
      Evidence: JSON.stringify(score.evidence),
    };
    const existing = await (list.items
      .select('Id', 'ScoreStatus')
      .filter(`ScoreKey eq ${odataString(key)}`)
      .top(1)() as Promise<IndividualScoreItem[]>);
    const current = existing[0];
    let id: number;
    if (current) {
      if (choiceCode(statusField, current.ScoreStatus) === 'submitted')
        throw new ConcurrencyConflictError(409, 'submitted', 'Scores were submitted');
      await list.items.getById(current.Id).update(values, etag ?? '*');
      id = current.Id;
    } else {
      try {
        const added = await (list.items.add({
          Title: `${code} – ${assessor.Title}`,
          CycleId: cycleId,
          AssessorId: assessor.Id,
          Subcriterion: code,
          ScoreKey: key,
          ScoreStatus: choiceLabel(statusField, 'draft'),
          ...values,
        }) as Promise<{ Id: number }>);
        id = added.Id;
      } catch (error) {
        // Another device created it a moment ago: the caller must reload before overwriting.
        if (error instanceof DuplicateValueError) throw new ConcurrencyConflictError(409, 'duplicate', key);
        throw error;
      }
    }
    const saved = await (list.items
      .getById(id)
      .select(...INDIVIDUAL_SELECT)
      .expand('Assessor')() as Promise<IndividualScoreItem>);
    return toScore(saved);
  }

  async submit(cycleId: number, assessorEmail: string, submittedAt: string): Promise<void> {
    const list = await this.site.list(individualScoresList);
    const assessor = await this.sp.web.ensureUser(assessorEmail);
    const mine = await allOf<{ Id: number }>(
      list.items.select('Id').filter(`CycleId eq ${Math.trunc(cycleId)} and AssessorId eq ${assessor.Id}`),
    );
    const [batched, execute] = this.sp.batched();
    const batchedList = batched.web.getList(await this.site.listUrl(individualScoresList));
    const updates = mine.map((item) =>
      batchedList.items
        .getById(item.Id)
        .update({ ScoreStatus: choiceLabel(statusField, 'submitted'), SubmittedOn: submittedAt }),
    );
    await execute();
    await Promise.all(updates);
  }

  async consensus(cycleId: number): Promise<StoredConsensus[]> {
    const items = await allOf<ConsensusItem>(await this.consensusQuery(cycleId));
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
      ...scoreColumns(consensus.input),
      Strengths: consensus.strengths,
      AreasForImprovement: consensus.areasForImprovement,
      ImprovementIdeas: consensus.improvementIdeas,
      ConsensusStatus: choiceLabel(consensusStatusField, 'agreed'),
      AgreedOn: agreedAt,
    };
    const existing = await (list.items
      .select('Id')
      .filter(`ConsensusKey eq ${odataString(key)}`)
      .top(1)() as Promise<{ Id: number }[]>);
    const current = existing[0];
    if (current) await list.items.getById(current.Id).update(values);
    else {
      await list.items.add({
        Title: consensus.code,
        CycleId: cycleId,
        Subcriterion: consensus.code,
        ConsensusKey: key,
        ...values,
      });
    }
    return consensus;
  }
}
