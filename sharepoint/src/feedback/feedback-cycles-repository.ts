import type {
  CompetencyModel,
  CyclePhase,
  CyclesStore,
  FeedbackCycleDraft,
  StoredFeedbackCycle,
} from '@kvalita/core';
import { DEFAULT_CYCLE_THRESHOLDS, DEFAULT_NOMINATION_RULES } from '@kvalita/core';
import '../platform/pnp-imports';
import { ensurePeople } from '../measures/measure-people';
import { fromSharePointDate, toSharePointDate } from '../platform/dates';
import { allOf, etagOf } from '../platform/paging';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { jsonOf, personRef, writing } from '../platform/stored-rows';
import { feedbackCyclesList } from './lists/feedback-cycles';

const CYCLE = selectOf(
  feedbackCyclesList,
  'Id',
  'Title',
  'Phase',
  'ModelId',
  'ModelName',
  'ModelVersion',
  'Coordinator',
  'NominationDeadline',
  'ApprovalDeadline',
  'RatingDeadline',
  'SubjectCount',
  'StartedAt',
  'ClosedAt',
  'ReleasedAt',
  'ReleasedBy',
  'Settings',
  'Created',
  'Modified',
);
type CycleRow = RowOf<typeof CYCLE>;
const phases = choiceColumn(feedbackCyclesList, 'Phase');
type Settings = Pick<FeedbackCycleDraft, 'subjectEmails' | 'departmentCodes' | 'rules' | 'thresholds'>;

/** 360 cycles on Kvalita360Cycles: the port CyclesStore (an office runs a few a year: `list` reads all). */
export class FeedbackCyclesRepository implements CyclesStore {
  constructor(private readonly site: SiteContext) {}

  async list(): Promise<StoredFeedbackCycle[]> {
    const list = await this.site.list(feedbackCyclesList);
    return (await allOf<CycleRow>(CYCLE.applyTo(list.items).orderBy('Id', false))).map(toCycle);
  }

  async get(id: number): Promise<StoredFeedbackCycle | null> {
    const list = await this.site.list(feedbackCyclesList);
    const rows = await CYCLE.applyTo(list.items)
      .filter(`Id eq ${Math.trunc(id)}`)
      .top(1)<CycleRow[]>();
    return rows[0] === undefined ? null : toCycle(rows[0]);
  }

  async create(
    draft: FeedbackCycleDraft,
    model: CompetencyModel,
    coordinatorEmail: string,
  ): Promise<StoredFeedbackCycle> {
    const list = await this.site.list(feedbackCyclesList);
    const users = await ensurePeople(this.site.sp, [coordinatorEmail]);
    const coordinator = users.get(coordinatorEmail.toLowerCase());
    const added = await writing(() =>
      list.items.add({
        ...draftValues(draft),
        Phase: phases.label('preparation'),
        ModelName: model.name,
        ModelVersion: model.version,
        SubjectCount: 0,
        ...(coordinator ? { CoordinatorId: coordinator.Id } : {}),
      }),
    );
    return this.mustGet(added.Id as number);
  }

  async update(id: number, etag: string, draft: FeedbackCycleDraft): Promise<StoredFeedbackCycle> {
    const list = await this.site.list(feedbackCyclesList);
    await writing(() => list.items.getById(id).update(draftValues(draft), etag));
    return this.mustGet(id);
  }

  async setPhase(
    id: number,
    etag: string,
    phase: CyclePhase,
    change: { readonly subjectCount?: number; readonly at: string; readonly byEmail: string },
  ): Promise<StoredFeedbackCycle> {
    const list = await this.site.list(feedbackCyclesList);
    const releasedBy =
      phase === 'released'
        ? (await ensurePeople(this.site.sp, [change.byEmail])).get(change.byEmail.toLowerCase())
        : undefined;
    await writing(() =>
      list.items.getById(id).update(
        {
          Phase: phases.label(phase),
          ...(change.subjectCount !== undefined ? { SubjectCount: change.subjectCount } : {}),
          ...(phase === 'nomination' ? { StartedAt: change.at } : {}),
          ...(phase === 'closed' ? { ClosedAt: change.at } : {}),
          ...(phase === 'released'
            ? { ReleasedAt: change.at, ...(releasedBy ? { ReleasedById: releasedBy.Id } : {}) }
            : {}),
        },
        etag,
      ),
    );
    return this.mustGet(id);
  }

  private async mustGet(id: number): Promise<StoredFeedbackCycle> {
    const cycle = await this.get(id);
    if (cycle === null) throw new Error(`360 cycle ${id} is gone`);
    return cycle;
  }
}

function draftValues(draft: FeedbackCycleDraft) {
  const settings: Settings = {
    subjectEmails: draft.subjectEmails,
    departmentCodes: draft.departmentCodes,
    rules: draft.rules,
    thresholds: draft.thresholds,
  };
  return {
    Title: draft.name,
    ModelId: draft.modelId,
    NominationDeadline: toSharePointDate(draft.nominationDeadline),
    ApprovalDeadline: toSharePointDate(draft.approvalDeadline),
    RatingDeadline: toSharePointDate(draft.ratingDeadline),
    Settings: JSON.stringify(settings),
  };
}

function toCycle(row: CycleRow): StoredFeedbackCycle {
  const settings = jsonOf<Partial<Settings>>(row.Settings, {});
  const coordinator = personRef(row.Coordinator);
  return {
    id: row.Id,
    name: row.Title ?? '',
    modelId: row.ModelId ?? 0,
    subjectEmails: settings.subjectEmails ?? [],
    departmentCodes: settings.departmentCodes ?? [],
    nominationDeadline: fromSharePointDate(row.NominationDeadline) ?? '',
    approvalDeadline: fromSharePointDate(row.ApprovalDeadline) ?? '',
    ratingDeadline: fromSharePointDate(row.RatingDeadline) ?? '',
    rules: settings.rules ?? DEFAULT_NOMINATION_RULES,
    thresholds: settings.thresholds ?? DEFAULT_CYCLE_THRESHOLDS,
    phase: phases.code(row.Phase) ?? 'preparation',
    coordinator,
    coordinatorEmail: coordinator?.email ?? null,
    modelName: row.ModelName ?? '',
    modelVersion: row.ModelVersion ?? 1,
    subjectCount: row.SubjectCount ?? 0,
    startedAt: row.StartedAt ?? null,
    closedAt: row.ClosedAt ?? null,
    releasedAt: row.ReleasedAt ?? null,
    releasedBy: personRef(row.ReleasedBy),
    createdAt: row.Created ?? '',
    modifiedAt: row.Modified ?? '',
    etag: etagOf(row),
  };
}
