import {
  normalizeEmail,
  type Evaluation,
  type EvaluationChange,
  type EvaluationHistoryEntry,
  type EvaluationRecord,
  type EvaluationScore,
  type EvaluationsStore,
  type NewEvaluation,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { ensurePeople, userOf } from '../measures/measure-people';
import { settleInOneBatch } from '../platform/batch';
import { deleteRows } from '../platform/row-batches';
import { odataString } from '../platform/odata';
import { allOf, etagOf } from '../platform/paging';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { jsonOf, personRef, writing } from '../platform/stored-rows';
import { mysteryEvaluationsList } from './lists/mystery-evaluations';

const EVALUATION = selectOf(
  mysteryEvaluationsList,
  'Id',
  'CampaignId',
  'DepartmentCode',
  'ServicePointKey',
  'ScenarioKey',
  'Channel',
  'Evaluator',
  'Week',
  'EvaluationStatus',
  'ChecklistId',
  'SubmittedAt',
  'ReleasedAt',
  'Record',
  'ScoreDetail',
  'ReviewComment',
  'History',
  'Modified',
);
type EvaluationRow = RowOf<typeof EVALUATION>;
const statuses = choiceColumn(mysteryEvaluationsList, 'EvaluationStatus');
const channels = choiceColumn(mysteryEvaluationsList, 'Channel');

const EMPTY_RECORD: EvaluationRecord = {
  contactAt: null,
  answeredAt: null,
  items: {},
  waitMinutes: null,
  rings: null,
  answerCorrect: null,
  generalNote: '',
};

/**
 * Sheets on KvalitaMysteryEvaluations. A campaign's sheets are one query on the indexed CampaignId
 * (5,000 a page, a campaign's limit); an evaluator's on the indexed Evaluator person column;
 * plans go in $batch parts of 100. Score and status are columns beside the JSON, so a view in
 * SharePoint can sort by them; files are the files library's.
 */
export class MysteryEvaluationsRepository implements EvaluationsStore {
  constructor(private readonly site: SiteContext) {}

  async forCampaign(campaignId: number): Promise<Evaluation[]> {
    const list = await this.site.list(mysteryEvaluationsList);
    const rows = await allOf<EvaluationRow>(
      EVALUATION.applyTo(list.items)
        .filter(`CampaignId eq ${Math.trunc(campaignId)}`)
        .orderBy('Id', true),
    );
    return rows.map(toEvaluation);
  }

  async forEvaluator(email: string): Promise<Evaluation[]> {
    const list = await this.site.list(mysteryEvaluationsList);
    const rows = await allOf<EvaluationRow>(
      EVALUATION.applyTo(list.items)
        .filter(`Evaluator/EMail eq ${odataString(normalizeEmail(email))}`)
        .orderBy('Id', true),
    );
    return rows.map(toEvaluation);
  }

  async get(id: number): Promise<Evaluation | null> {
    const list = await this.site.list(mysteryEvaluationsList);
    const rows = await EVALUATION.applyTo(list.items)
      .filter(`Id eq ${Math.trunc(id)}`)
      .top(1)<EvaluationRow[]>();
    return rows[0] === undefined ? null : toEvaluation(rows[0]);
  }

  async create(campaignId: number, evaluations: readonly NewEvaluation[]): Promise<Evaluation[]> {
    if (evaluations.length === 0) return [];
    const [users, url] = await Promise.all([
      ensurePeople(
        this.site.sp,
        evaluations.map((evaluation) => evaluation.evaluatorEmail),
      ),
      this.site.listUrl(mysteryEvaluationsList),
    ]);
    const settled = await settleInOneBatch<{ Id: number }>(this.site.sp, (batched) =>
      evaluations.map(
        (evaluation) =>
          batched.web.getList(url).items.add({
            Title: `${campaignId} ${evaluation.servicePointKey} ${evaluation.week}`,
            CampaignId: campaignId,
            DepartmentCode: evaluation.departmentCode,
            ServicePointKey: evaluation.servicePointKey,
            ScenarioKey: evaluation.scenarioKey,
            Channel: channels.label(evaluation.channel),
            EvaluatorId: userOf(users, evaluation.evaluatorEmail).Id,
            Week: evaluation.week,
            EvaluationStatus: statuses.label(evaluation.recorded?.status ?? 'planned'),
            ChecklistId: evaluation.checklistId,
            Record: JSON.stringify(evaluation.recorded?.record ?? EMPTY_RECORD),
            History: JSON.stringify(evaluation.history),
            ...(evaluation.recorded
              ? {
                  ...scoreValues(evaluation.recorded.score),
                  ReviewComment: evaluation.recorded.reviewComment,
                  SubmittedAt: evaluation.recorded.submittedAt,
                  ReleasedAt: evaluation.recorded.releasedAt,
                }
              : {}),
          }) as Promise<{ Id: number }>,
      ),
    );
    const added = settled.flatMap((part) => (part.status === 'fulfilled' ? [part.value] : []));
    const failed = settled.find((part): part is PromiseRejectedResult => part.status === 'rejected');
    if (failed) {
      // All or nothing: the plans that went in come out again, and the failure is the caller's.
      await deleteRows(
        this.site,
        mysteryEvaluationsList,
        added.map((row) => row.Id),
      );
      throw failed.reason;
    }
    const ids = new Set(added.map((row) => row.Id));
    return (await this.forCampaign(campaignId)).filter((evaluation) => ids.has(evaluation.id));
  }

  async change(id: number, etag: string, change: EvaluationChange): Promise<Evaluation> {
    const list = await this.site.list(mysteryEvaluationsList);
    const current = await this.get(id);
    if (current === null) throw new Error(`evaluation ${id} is gone`);
    const history: readonly EvaluationHistoryEntry[] = change.historyEntry
      ? [...current.history, change.historyEntry]
      : current.history;
    await writing(() =>
      list.items.getById(Math.trunc(id)).update(
        {
          ...(change.status !== undefined ? { EvaluationStatus: statuses.label(change.status) } : {}),
          ...(change.record !== undefined ? { Record: JSON.stringify(change.record) } : {}),
          ...(change.score !== undefined ? scoreValues(change.score) : {}),
          ...(change.reviewComment !== undefined ? { ReviewComment: change.reviewComment } : {}),
          ...(change.week !== undefined ? { Week: change.week } : {}),
          ...(change.submittedAt !== undefined ? { SubmittedAt: change.submittedAt } : {}),
          ...(change.releasedAt !== undefined ? { ReleasedAt: change.releasedAt } : {}),
          ...(change.historyEntry ? { History: JSON.stringify(history) } : {}),
        },
        etag,
      ),
    );
    const saved = await this.get(id);
    if (saved === null) throw new Error(`evaluation ${id} is gone`);
    return saved;
  }

  async remove(id: number, etag: string): Promise<void> {
    const list = await this.site.list(mysteryEvaluationsList);
    await writing(() => list.items.getById(Math.trunc(id)).delete(etag));
  }
}

function scoreValues(score: EvaluationScore | null) {
  return {
    Score: score?.score ?? null,
    FailedCritical: (score?.failedCritical.length ?? 0) > 0,
    ScoreDetail: score === null ? '' : JSON.stringify(score),
  };
}

function toEvaluation(row: EvaluationRow): Evaluation {
  const evaluator = personRef(row.Evaluator) ?? { email: '', displayName: '' };
  return {
    id: row.Id,
    campaignId: row.CampaignId ?? 0,
    departmentCode: row.DepartmentCode ?? '',
    servicePointKey: row.ServicePointKey ?? '',
    scenarioKey: row.ScenarioKey ?? '',
    evaluatorEmail: evaluator.email,
    evaluator,
    week: row.Week ?? '',
    channel: channels.code(row.Channel) ?? 'visit',
    checklistId: row.ChecklistId ?? 0,
    status: statuses.code(row.EvaluationStatus) ?? 'planned',
    record: { ...EMPTY_RECORD, ...jsonOf<Partial<EvaluationRecord>>(row.Record, {}) },
    score: jsonOf<EvaluationScore | null>(row.ScoreDetail, null),
    reviewComment: row.ReviewComment ?? '',
    history: jsonOf<EvaluationHistoryEntry[]>(row.History, []),
    files: [],
    submittedAt: row.SubmittedAt ?? null,
    releasedAt: row.ReleasedAt ?? null,
    modifiedAt: row.Modified,
    etag: etagOf(row),
  };
}
