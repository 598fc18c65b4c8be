import type { CycleStatus, NewStoredCycle, StoredCycle } from '@kvalita/core';
import '../platform/pnp-imports';
import { DepartmentsRepository } from '../platform/directory/departments';
import { DuplicateValueError, NotFoundError } from '../platform/errors';
import { allOf } from '../platform/paging';
import type { ItemChangesOf, NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { fromSharePointDate, toSharePointDate } from '../platform/dates';
import { filterOn } from '../platform/schema/filter';
import { cycleNameKey } from './cycle-key';
import { assessmentCyclesList } from './lists/assessment-cycles';

export const CYCLE = selectOf(
  assessmentCyclesList,
  'Id',
  'Title',
  'ScoringMethod',
  'CycleStatus',
  'CurrentStep',
  'ScopeKind',
  'ScopeDepartmentsId',
  'StartDate',
  'EndDate',
  'ReportApprovedOn',
  'ReportApprovedBy',
  'PreviousCycleChoice',
);
export type CycleRow = RowOf<typeof CYCLE>;
const methods = choiceColumn(assessmentCyclesList, 'ScoringMethod');
const statuses = choiceColumn(assessmentCyclesList, 'CycleStatus');
const scopes = choiceColumn(assessmentCyclesList, 'ScopeKind');
const onCycles = filterOn(assessmentCyclesList);

/** The name is taken: `existingName` is how the cycle that holds it is spelled. */
export class CycleAlreadyExistsError extends Error {
  override readonly name = 'CycleAlreadyExistsError';

  constructor(
    readonly requestedName: string,
    readonly existingName: string,
  ) {
    super(`A cycle named "${existingName}" already exists (asked for "${requestedName}")`);
  }
}

/** CAF cycles in the AssessmentCycles list; scope departments are kept as lookups, shown as codes. */
export class CafCyclesRepository {
  private readonly departments: DepartmentsRepository;

  constructor(private readonly site: SiteContext) {
    this.departments = new DepartmentsRepository(site);
  }

  async list(): Promise<StoredCycle[]> {
    const list = await this.site.list(assessmentCyclesList);
    const items = await allOf<CycleRow>(CYCLE.applyTo(list.items));
    return cyclesOf(this.departments, items);
  }

  /** One cycle in one round trip (the scope's departments come from the site's shared copy). */
  async get(id: number): Promise<StoredCycle | null> {
    const list = await this.site.list(assessmentCyclesList);
    let item: CycleRow;
    try {
      item = await CYCLE.applyTo(list.items.getById(Math.trunc(id)))<CycleRow>();
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
    return (await cyclesOf(this.departments, [item]))[0] ?? null;
  }

  async create(cycle: NewStoredCycle): Promise<StoredCycle> {
    const list = await this.site.list(assessmentCyclesList);
    const scopeCodes = cycle.scope.kind === 'departments' ? cycle.scope.departmentCodes : [];
    const [coordinator, departments] = await Promise.all([
      this.site.sp.web.ensureUser(cycle.coordinatorEmail),
      this.departments.byCode(scopeCodes),
    ]);
    const scopeIds = scopeCodes.map((code) => {
      const department = departments.get(code);
      if (!department) throw new RangeError(`Unknown department code "${code}"`);
      return department.itemId;
    });
    const key = cycleNameKey(cycle.name);
    try {
      const added: { Id: number } = await list.items.add({
        Title: cycle.name,
        // One cycle per name in the office: a double submit of the form cannot create two either.
        CycleCode: key,
        ScoringMethod: methods.label(cycle.method),
        CycleStatus: statuses.label('preparation'),
        CurrentStep: 1,
        ScopeKind: scopes.label(cycle.scope.kind === 'office' ? 'wholeOffice' : 'departments'),
        ScopeDepartmentsId: scopeIds,
        CoordinatorId: coordinator.Id,
        StartDate: toSharePointDate(cycle.startDate),
        EndDate: toSharePointDate(cycle.endDate),
      } satisfies NewItemOf<typeof assessmentCyclesList>);
      const created = await this.get(added.Id);
      if (!created) throw new Error(`Cycle ${added.Id} vanished after it was created`);
      return created;
    } catch (error) {
      if (!(error instanceof DuplicateValueError)) throw error;
      throw new CycleAlreadyExistsError(cycle.name, (await this.nameHolding(key)) ?? cycle.name);
    }
  }

  /** How the cycle holding a key spells its name (to say which cycle a new name clashes with). */
  private async nameHolding(key: string): Promise<string | null> {
    const list = await this.site.list(assessmentCyclesList);
    const [row] = await list.items
      .select('Title')
      .filter(onCycles('CycleCode', 'eq', key))
      .top(1)<{ Title: string | null }[]>();
    return row?.Title ?? null;
  }

  async update(id: number, changes: CycleChanges, approverEmail?: string): Promise<StoredCycle> {
    const list = await this.site.list(assessmentCyclesList);
    const approverId =
      changes.approval && approverEmail ? (await this.site.sp.web.ensureUser(approverEmail)).Id : null;
    await list.items.getById(id).update(cycleChangesOf(changes, approverId));
    const updated = await this.get(id);
    if (!updated) throw new Error(`Cycle ${id} vanished while it was updated`);
    return updated;
  }
}

/** What a cycle's update may change: its phase, its report's approval, its chosen previous cycle. */
export interface CycleChanges {
  readonly status?: CycleStatus;
  readonly currentStep?: number;
  readonly approval?: StoredCycle['approval'];
  readonly previousCycleChoice?: number | null;
}

/** The columns a change of status, step, approval or chosen previous cycle writes; `approverId` is the approver's site user. */
export function cycleChangesOf(
  changes: CycleChanges,
  approverId: number | null,
): ItemChangesOf<typeof assessmentCyclesList> {
  const values: ItemChangesOf<typeof assessmentCyclesList> = {};
  if (changes.status !== undefined) values.CycleStatus = statuses.label(changes.status);
  if (changes.currentStep !== undefined) values.CurrentStep = changes.currentStep;
  if (changes.approval !== undefined) {
    values.ReportApprovedOn = changes.approval
      ? toSharePointDate(changes.approval.approvedAt.slice(0, 10))
      : null;
    values.ReportApprovedById = changes.approval ? approverId : null;
  }
  if (changes.previousCycleChoice !== undefined) values.PreviousCycleChoice = changes.previousCycleChoice;
  return values;
}

/**
 * Cycle rows as cycles, their scopes' departments named by code from the site's shared copy (no
 * round trip while it is fresh), for any read that has the rows, e.g. one part of a $batch.
 */
export async function cyclesOf(
  departments: DepartmentsRepository,
  items: readonly CycleRow[],
): Promise<StoredCycle[]> {
  const byItemId = await departments.byItemId(items.flatMap((item) => item.ScopeDepartmentsId ?? []));
  const codes = new Map([...byItemId].map(([itemId, department]) => [itemId, department.code]));
  return items.map((item) => toCycle(item, codes));
}

function toCycle(item: CycleRow, departmentCodes: ReadonlyMap<number, string>): StoredCycle {
  const scopeCodes = (item.ScopeDepartmentsId ?? [])
    .map((id) => departmentCodes.get(id))
    .filter((code): code is string => code !== undefined);
  const approvedOn = fromSharePointDate(item.ReportApprovedOn);
  return {
    id: item.Id,
    name: item.Title ?? '',
    method: methods.code(item.ScoringMethod) ?? 'classical',
    status: statuses.code(item.CycleStatus) ?? 'preparation',
    startDate: fromSharePointDate(item.StartDate) ?? '',
    endDate: fromSharePointDate(item.EndDate) ?? '',
    scope:
      scopes.code(item.ScopeKind) === 'departments' && scopeCodes.length > 0
        ? { kind: 'departments', departmentCodes: scopeCodes }
        : { kind: 'office' },
    currentStep: item.CurrentStep ?? 1,
    approval: approvedOn ? { approvedBy: item.ReportApprovedBy?.Title ?? '', approvedAt: approvedOn } : null,
    previousCycleChoice: item.PreviousCycleChoice ?? null,
  };
}
