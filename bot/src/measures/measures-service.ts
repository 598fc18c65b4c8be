import {
  MEASURE_LIMITS,
  MEASURE_STATUSES,
  OPEN_MEASURE_STATUSES,
  CAF_2020_CRITERIA,
  DomainError,
  MeasureRefusedError,
  MeasureRuleError,
  MeasureUnknownPartyError,
  TRANSITION_OUTCOMES,
  actionRefusal,
  addDays,
  allSubcriteria,
  allowedMeasureActions,
  checkEffectivenessOutcome,
  createRefusal,
  creatableDepartments,
  departmentWithSections,
  editRefusal,
  isRuleRefusal,
  normalizeEmail,
  officeDate,
  progressRefusal,
  readRefusal,
  transitionRefusal,
  type CheckEffectivenessRequest,
  type DepartmentOption,
  type EditMeasureRequest,
  type MeasureAction,
  type MeasureActor,
  type MeasureChangeReply,
  type MeasureCountsByCriterion,
  type MeasureDetailReply,
  type MeasureDraft,
  type MeasureFilter,
  type MeasureParties,
  type MeasurePriority,
  type MeasureRegisterReply,
  type MeasureSettings,
  type MeasureSummary,
  type MeasureTiles,
  type ReportProgressRequest,
  type TransitionMeasureRequest,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';
import type {
  MeasuresStore,
  NewMeasureUpdate,
  StoredMeasure,
  StoredMeasureQuery,
  StoredMeasureSummary,
} from './measures-store';

/** What the service needs of the office directory (PeopleRepository and the departments' copy fit). */
export interface MeasuresDirectory {
  findByEmail(email: string): Promise<{ readonly departmentCode: string | null } | null>;
}

export interface MeasuresServiceDeps {
  readonly store: MeasuresStore;
  readonly people: MeasuresDirectory;
  readonly departments: { list(): Promise<readonly DepartmentOption[]> };
  readonly settings: MeasureSettings;
  readonly now: () => Date;
}

const PRIORITY_ORDER: Readonly<Record<MeasurePriority, number>> = { high: 0, medium: 1, low: 2 };
const collator = new Intl.Collator('cs');

/** A page token is the offset of the page's first row, so any page can be asked for again. */
const pageToken = (offset: number) => `p${offset.toString(36)}`;
const pageOffset = (token: string | undefined) => (token === undefined ? 0 : parseInt(token.slice(1), 36));

/**
 * The measures register's rules (docs/api-measures.md), enforced here and nowhere else: who sees
 * and does what (core permissions.ts), which step each status allows (core lifecycle.ts), and a
 * history that is only appended to. Input arrives parsed with the contract's schemas
 * (measures-routes.ts); replies are the contract's shapes; refusals are domain errors only.
 */
export class MeasuresService {
  constructor(private readonly deps: MeasuresServiceDeps) {}

  /** The office's date today (Europe/Prague). */
  today(): string {
    return officeDate(this.deps.now());
  }

  async register(identity: Identity, filter: MeasureFilter): Promise<MeasureRegisterReply> {
    const { actor, today, matching } = await this.matching(identity, filter);
    const sorted = sortRows(matching, filter);
    const pageSize = filter.pageSize ?? MEASURE_LIMITS.pageSize.default;
    const offset = pageOffset(filter.page);
    const end = offset + pageSize;
    const creatable = creatableDepartments(actor);
    return {
      items: sorted.slice(offset, end).map((row) => summaryOf(row, today)),
      total: sorted.length,
      nextPage: end < sorted.length ? pageToken(end) : null,
      tiles: tilesOf(matching, today),
      mayCreate: creatable === 'all' || creatable.length > 0,
      creatableDepartmentCodes: creatable,
    };
  }

  /** Every measure of the filter the person may see, sorted, without paging (the .xlsx and the council's report). */
  async summaries(identity: Identity, filter: MeasureFilter): Promise<MeasureSummary[]> {
    const { today, matching } = await this.matching(identity, filter);
    return sortRows(matching, filter).map((row) => summaryOf(row, today));
  }

  /** The stored rows of the filter that the person may see: storage filters what it can, the rest here. */
  private async matching(identity: Identity, filter: MeasureFilter) {
    const [actor, departments] = await Promise.all([this.actor(identity), this.deps.departments.list()]);
    const today = this.today();
    const query = storedQuery(filter, today, departments);
    const rows = query === null ? [] : await this.deps.store.summaries(query);
    const me = normalizeEmail(identity.email);
    const matching = rows.filter(
      (row) =>
        readRefusal(actor, partiesOf(row), this.deps.settings) === null &&
        (filter.phase === undefined || row.phase === filter.phase) &&
        (filter.overdue !== false || !isOverdue(row, today)) &&
        (filter.mine !== true || isMine(row, me)),
    );
    return { actor, today, matching };
  }

  async detail(identity: Identity, id: number): Promise<MeasureDetailReply> {
    const actor = await this.actor(identity);
    const measure = await this.readable(actor, id);
    return this.detailOf(actor, measure);
  }

  async create(identity: Identity, draft: MeasureDraft): Promise<MeasureChangeReply> {
    const actor = await this.actor(identity);
    const refusal = createRefusal(actor, draft.departmentCode, draft.ownerEmail);
    if (refusal) throw new MeasureRefusedError(refusal);
    const owned: MeasureDraft = { ...draft, ownerEmail: draft.ownerEmail ?? actor.email };
    await this.checkParties(owned);
    const id = await this.deps.store.create(owned, actor.email, {
      kind: 'created',
      byEmail: actor.email,
      phase: 'plan',
      statusAfter: 'proposed',
      progress: 0,
      note: '',
    });
    return this.detailOf(actor, await this.stored(id));
  }

  async edit(identity: Identity, id: number, request: EditMeasureRequest): Promise<MeasureChangeReply> {
    const { actor, measure } = await this.forAction(identity, id, 'edit');
    const lifecycle = editRefusal(measure);
    if (lifecycle) throw new MeasureRuleError(lifecycle);
    const draft: MeasureDraft = {
      ...request.draft,
      ownerEmail: request.draft.ownerEmail ?? measure.ownerEmail,
    };
    if (!actor.roles.includes('qualityManager')) {
      // What only the quality manager decides: who answers for the measure, and moving it
      // out of the departments its head answers for.
      if (draft.ownerEmail !== measure.ownerEmail) throw new MeasureRefusedError('ownerByQualityManager');
      if (draft.departmentCode !== measure.departmentCode && createRefusal(actor, draft.departmentCode, null))
        throw new MeasureRefusedError('createDepartment');
    }
    const known = new Set(measure.steps.map((step) => step.key));
    if (draft.steps.some((step) => step.key !== null && !known.has(step.key)))
      throw new MeasureRuleError({ kind: 'unknownStep', action: 'edit' });
    await this.checkParties(draft);
    await this.deps.store.change(id, request.etag, { draft }, this.update(actor, measure, 'edited', ''));
    return this.detailOf(actor, await this.stored(id));
  }

  async reportProgress(
    identity: Identity,
    id: number,
    request: ReportProgressRequest,
  ): Promise<MeasureChangeReply> {
    const { actor, measure } = await this.forAction(identity, id, 'reportProgress');
    const stepsDone = request.stepsDone ?? [];
    const refusal = progressRefusal(
      measure,
      stepsDone.map((step) => step.key),
    );
    if (refusal) throw new MeasureRuleError(refusal);
    await this.deps.store.change(
      id,
      request.etag,
      {
        state: {
          phase: request.phase,
          progress: request.progress,
          ...(stepsDone.length > 0 ? { stepsDone } : {}),
        },
      },
      {
        kind: 'progress',
        byEmail: actor.email,
        phase: request.phase,
        statusAfter: measure.status,
        progress: request.progress,
        note: request.note,
      },
    );
    return this.detailOf(actor, await this.stored(id));
  }

  async transition(
    identity: Identity,
    id: number,
    request: TransitionMeasureRequest,
  ): Promise<MeasureChangeReply> {
    const { actor, measure } = await this.forAction(identity, id, request.transition);
    const refusal = transitionRefusal(measure, request.transition, request.reason);
    if (refusal) throw new MeasureRuleError(refusal);
    const outcome = TRANSITION_OUTCOMES[request.transition];
    const phase = outcome.phase ?? measure.phase;
    const cancelled = request.transition === 'cancel';
    await this.deps.store.change(
      id,
      request.etag,
      {
        state: {
          status: outcome.status,
          phase,
          ...(cancelled ? { cancelReason: request.reason, closedOn: this.today() } : {}),
        },
      },
      {
        kind: outcome.update,
        byEmail: actor.email,
        phase,
        statusAfter: outcome.status,
        progress: null,
        note: request.reason,
      },
    );
    return this.detailOf(actor, await this.stored(id));
  }

  async checkEffectiveness(
    identity: Identity,
    id: number,
    request: CheckEffectivenessRequest,
  ): Promise<MeasureChangeReply> {
    const { actor, measure } = await this.forAction(identity, id, 'checkEffectiveness');
    const outcome = checkEffectivenessOutcome(measure, request, this.today());
    if (isRuleRefusal(outcome)) throw new MeasureRuleError(outcome);
    const { update, ...state } = outcome;
    await this.deps.store.change(
      id,
      request.etag,
      { state },
      {
        kind: update,
        byEmail: actor.email,
        phase: state.phase,
        statusAfter: state.status,
        progress: null,
        note: request.note,
      },
    );
    return this.detailOf(actor, await this.stored(id));
  }

  /**
   * Per CAF criterion (1–9, each listed), the measures tied to the cycle: planned (all but the
   * cancelled), done (their work finished: awaiting the check or closed) and effective (closed as
   * effective).
   */
  async countsByCriterion(cycleId: number): Promise<MeasureCountsByCriterion[]> {
    const rows = await this.deps.store.summaries({ cycleId });
    return CAF_2020_CRITERIA.map(({ number: criterion }) => {
      const tied = rows.filter(
        (row) => row.status !== 'cancelled' && criterionOf(row.subcriterionCode) === criterion,
      );
      return {
        criterion,
        planned: tied.length,
        done: tied.filter((row) => row.status === 'closed' || row.status === 'effectivenessCheck').length,
        effective: tied.filter((row) => row.status === 'closed' && row.effective === true).length,
      };
    });
  }

  /** Who asks, with the departments they answer for (their own with its sections). */
  private async actor(identity: Identity): Promise<MeasureActor> {
    const [person, departments] = await Promise.all([
      this.deps.people.findByEmail(identity.email),
      this.deps.departments.list(),
    ]);
    return {
      email: normalizeEmail(identity.email),
      roles: identity.roles,
      departmentCodes: departmentWithSections(person?.departmentCode ?? null, departments),
    };
  }

  private async stored(id: number): Promise<StoredMeasure> {
    if (!Number.isSafeInteger(id) || id < 1)
      throw new DomainError('notFound', { details: 'no such measure' });
    const measure = await this.deps.store.get(id);
    if (!measure) throw new DomainError('notFound', { details: `no measure ${id}` });
    return measure;
  }

  private async readable(actor: MeasureActor, id: number): Promise<StoredMeasure> {
    const measure = await this.stored(id);
    const refusal = readRefusal(actor, partiesOf(measure), this.deps.settings);
    if (refusal) throw new MeasureRefusedError(refusal);
    return measure;
  }

  private async forAction(identity: Identity, id: number, action: MeasureAction) {
    const actor = await this.actor(identity);
    const measure = await this.readable(actor, id);
    const refusal = actionRefusal(actor, partiesOf(measure), this.deps.settings, action);
    if (refusal) throw new MeasureRefusedError(refusal);
    return { actor, measure };
  }

  private async detailOf(actor: MeasureActor, stored: StoredMeasure): Promise<MeasureDetailReply> {
    const updates = await this.deps.store.updates(stored.id);
    const { ownerEmail: _owner, coOwnerEmails: _coOwners, ...measure } = stored;
    return {
      measure,
      updates,
      allowed: allowedMeasureActions(actor, partiesOf(stored), this.deps.settings),
    };
  }

  private update(
    actor: MeasureActor,
    measure: StoredMeasure,
    kind: NewMeasureUpdate['kind'],
    note: string,
  ): NewMeasureUpdate {
    return {
      kind,
      byEmail: actor.email,
      phase: measure.phase,
      statusAfter: measure.status,
      progress: null,
      note,
    };
  }

  /** Every person and the department a draft names must be in the office directory. */
  private async checkParties(draft: MeasureDraft): Promise<void> {
    if (draft.departmentCode !== null) {
      const departments = await this.deps.departments.list();
      if (!departments.some((department) => department.code === draft.departmentCode))
        throw new MeasureUnknownPartyError('departmentCode', 'department');
    }
    const people: [string, string][] = [
      ...(draft.ownerEmail === null ? [] : [['ownerEmail', draft.ownerEmail] as [string, string]]),
      ...draft.coOwnerEmails.map((email, index): [string, string] => [`coOwnerEmails.${index}`, email]),
      ...draft.steps.flatMap((step, index): [string, string][] =>
        step.ownerEmail === null ? [] : [[`steps.${index}.ownerEmail`, step.ownerEmail]],
      ),
    ];
    const unique = [...new Map(people.map(([field, email]) => [email, field])).entries()];
    const found = await Promise.all(unique.map(([email]) => this.deps.people.findByEmail(email)));
    const missing = unique.find((_, index) => found[index] === null);
    if (missing) throw new MeasureUnknownPartyError(missing[1], 'person');
  }
}

function criterionOf(subcriterionCode: string | null): number | null {
  if (subcriterionCode === null) return null;
  const criterion = Number(subcriterionCode.split('.')[0]);
  return Number.isInteger(criterion) ? criterion : null;
}

function partiesOf(measure: StoredMeasure | StoredMeasureSummary): MeasureParties {
  return {
    status: measure.status,
    departmentCode: measure.departmentCode,
    ownerEmail: 'ownerEmail' in measure ? measure.ownerEmail : (measure.owner?.email ?? null),
    coOwnerEmails: measure.coOwnerEmails,
  };
}

const isOpen = (row: StoredMeasureSummary) => OPEN_MEASURE_STATUSES.includes(row.status);
const isOverdue = (row: StoredMeasureSummary, today: string) => isOpen(row) && row.deadline < today;

function isMine(row: StoredMeasureSummary, me: string): boolean {
  const same = (email: string | null | undefined) =>
    email !== null && email !== undefined && normalizeEmail(email) === me;
  return same(row.owner?.email) || row.coOwnerEmails.some(same) || row.stepOwnerEmails.some(same);
}

/**
 * The part of the filter storage can apply on its indexed columns; null when nothing can match
 * (a criterion and a subcriterion of another one). The rest is filtered in memory.
 */
function storedQuery(
  filter: MeasureFilter,
  today: string,
  departments: readonly DepartmentOption[],
): StoredMeasureQuery | null {
  let statuses: readonly (typeof MEASURE_STATUSES)[number][] | undefined = filter.status;
  let deadlineFrom: string | undefined;
  let deadlineTo: string | undefined;
  if (filter.year !== undefined) {
    deadlineFrom = `${filter.year}-01-01`;
    deadlineTo = `${filter.year}-12-31`;
  }
  if (filter.overdue === true) {
    statuses = (statuses ?? OPEN_MEASURE_STATUSES).filter((status) => OPEN_MEASURE_STATUSES.includes(status));
    const yesterday = addDays(today, -1);
    deadlineTo = deadlineTo === undefined || yesterday < deadlineTo ? yesterday : deadlineTo;
  }
  if (statuses?.length === 0) return null;
  if (deadlineFrom !== undefined && deadlineTo !== undefined && deadlineTo < deadlineFrom) return null;
  let subcriterionCodes: readonly string[] | undefined;
  if (filter.criterion !== undefined)
    subcriterionCodes = allSubcriteria()
      .filter((subcriterion) => subcriterion.criterion === filter.criterion)
      .map((subcriterion) => subcriterion.code);
  if (filter.subcriterionCode !== undefined) {
    const code = filter.subcriterionCode;
    subcriterionCodes = (subcriterionCodes ?? [code]).filter((candidate) => candidate === code);
    if (subcriterionCodes.length === 0) return null;
  }
  return {
    ...(statuses === undefined ? {} : { statuses }),
    ...(filter.departmentCode === undefined
      ? {}
      : { departmentCodes: departmentWithSections(filter.departmentCode, departments) }),
    ...(filter.ownerEmail === undefined ? {} : { ownerEmail: filter.ownerEmail }),
    ...(filter.origin === undefined ? {} : { origin: filter.origin }),
    ...(subcriterionCodes === undefined ? {} : { subcriterionCodes }),
    ...(filter.cycleId === undefined ? {} : { cycleId: filter.cycleId }),
    ...(deadlineFrom === undefined ? {} : { deadlineFrom }),
    ...(deadlineTo === undefined ? {} : { deadlineTo }),
  };
}

function sortRows(rows: readonly StoredMeasureSummary[], filter: MeasureFilter): StoredMeasureSummary[] {
  const sort = filter.sort ?? 'deadline';
  const direction = filter.descending === true ? -1 : 1;
  const key = (a: StoredMeasureSummary, b: StoredMeasureSummary): number => {
    switch (sort) {
      case 'deadline':
        return a.deadline.localeCompare(b.deadline);
      case 'priority':
        return PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority];
      case 'modified':
        return a.modifiedAt.localeCompare(b.modifiedAt);
      case 'title':
        return collator.compare(a.title, b.title);
      case 'status':
        return MEASURE_STATUSES.indexOf(a.status) - MEASURE_STATUSES.indexOf(b.status);
    }
  };
  // Ties keep one order (by id), so pages never repeat nor skip a row.
  return [...rows].sort((a, b) => direction * key(a, b) || a.id - b.id);
}

function tilesOf(rows: readonly StoredMeasureSummary[], today: string): MeasureTiles {
  const soon = addDays(today, MEASURE_LIMITS.dueSoonDays);
  const year = today.slice(0, 4);
  const open = rows.filter(isOpen);
  return {
    open: open.length,
    overdue: open.filter((row) => row.deadline < today).length,
    dueSoon: open.filter((row) => row.deadline >= today && row.deadline <= soon).length,
    awaitingCheck: rows.filter((row) => row.status === 'effectivenessCheck').length,
    // A closed measure changes no more, so its last change is its closing (in the office's year).
    closedThisYear: rows.filter(
      (row) => row.status === 'closed' && officeDate(new Date(row.modifiedAt)).slice(0, 4) === year,
    ).length,
  };
}

function summaryOf(row: StoredMeasureSummary, today: string): MeasureSummary {
  const { coOwnerEmails: _coOwners, stepOwnerEmails: _stepOwners, ...summary } = row;
  return { ...summary, overdue: isOverdue(row, today) };
}
