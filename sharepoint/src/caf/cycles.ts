import type { CycleStatus, NewStoredCycle, StoredCycle } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { DuplicateValueError, NotFoundError } from '../platform/errors';
import { assessmentCyclesList, choiceCode, choiceLabel, fieldOf } from '../all-lists';
import { SiteLists } from '../platform/site-context';
import { DepartmentsRepository } from '../platform/directory/departments';
import { allOf } from '../platform/paging';
import { fromSharePointDate, toSharePointDate } from './dates';

interface CycleItem {
  Id: number;
  Title: string;
  ScoringMethod: string;
  CycleStatus: string;
  CurrentStep: number | null;
  ScopeKind: string;
  ScopeDepartmentsId: number[] | null;
  StartDate: string | null;
  EndDate: string | null;
  ReportApprovedOn: string | null;
  ReportApprovedBy?: { Title?: string } | null;
}

const SELECT = [
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
  'ReportApprovedBy/Title',
];
const methodField = fieldOf(assessmentCyclesList, 'ScoringMethod');
const statusField = fieldOf(assessmentCyclesList, 'CycleStatus');
const scopeField = fieldOf(assessmentCyclesList, 'ScopeKind');

export class CycleAlreadyExistsError extends Error {
  override readonly name = 'CycleAlreadyExistsError';
}

/** CAF cycles in the AssessmentCycles list; scope departments are kept as lookups, shown as codes. */
export class CafCyclesRepository {
  private readonly site: SiteLists;
  private readonly departments: DepartmentsRepository;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
    this.departments = new DepartmentsRepository(sp, webServerRelativeUrl);
  }

  async list(): Promise<StoredCycle[]> {
    const list = await this.site.list(assessmentCyclesList);
    const [items, departments] = await Promise.all([
      allOf<CycleItem>(list.items.select(...SELECT).expand('ReportApprovedBy')),
      this.departments.list(),
    ]);
    const codes = new Map(departments.map((department) => [department.itemId, department.code]));
    return items.map((item) => toCycle(item, codes));
  }

  /** One cycle in one round trip (a second only for a departments scope, to name its departments). */
  async get(id: number): Promise<StoredCycle | null> {
    const list = await this.site.list(assessmentCyclesList);
    let item: CycleItem;
    try {
      item = await (list.items
        .getById(Math.trunc(id))
        .select(...SELECT)
        .expand('ReportApprovedBy')() as Promise<CycleItem>);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
    const departments = (item.ScopeDepartmentsId ?? []).length > 0 ? await this.departments.list() : [];
    return toCycle(item, new Map(departments.map((department) => [department.itemId, department.code])));
  }

  async create(cycle: NewStoredCycle): Promise<StoredCycle> {
    const list = await this.site.list(assessmentCyclesList);
    const [coordinator, departments] = await Promise.all([
      this.sp.web.ensureUser(cycle.coordinatorEmail),
      this.departments.list(),
    ]);
    const scopeIds =
      cycle.scope.kind === 'departments'
        ? cycle.scope.departmentCodes.map((code) => {
            const department = departments.find((candidate) => candidate.code === code);
            if (!department) throw new RangeError(`Unknown department code "${code}"`);
            return department.itemId;
          })
        : [];
    try {
      const added = await (list.items.add({
        Title: cycle.name,
        // One cycle per name and start: a double submit of the form cannot create two.
        CycleCode: `${cycle.startDate}:${cycle.name.toLowerCase()}`.slice(0, 32),
        ScoringMethod: choiceLabel(methodField, cycle.method),
        CycleStatus: choiceLabel(statusField, 'preparation'),
        CurrentStep: 1,
        ScopeKind: choiceLabel(scopeField, cycle.scope.kind === 'office' ? 'wholeOffice' : 'departments'),
        ScopeDepartmentsId: scopeIds,
        CoordinatorId: coordinator.Id,
        StartDate: toSharePointDate(cycle.startDate),
        EndDate: toSharePointDate(cycle.endDate),
      }) as Promise<{ Id: number }>);
      const created = await this.get(added.Id);
      if (!created) throw new Error(`Cycle ${added.Id} vanished after it was created`);
      return created;
    } catch (error) {
      if (error instanceof DuplicateValueError) throw new CycleAlreadyExistsError(cycle.name);
      throw error;
    }
  }

  async update(
    id: number,
    changes: { status?: CycleStatus; currentStep?: number; approval?: StoredCycle['approval'] },
    approverEmail?: string,
  ): Promise<StoredCycle> {
    const list = await this.site.list(assessmentCyclesList);
    const values: Record<string, unknown> = {};
    if (changes.status !== undefined) values['CycleStatus'] = choiceLabel(statusField, changes.status);
    if (changes.currentStep !== undefined) values['CurrentStep'] = changes.currentStep;
    if (changes.approval !== undefined) {
      values['ReportApprovedOn'] = changes.approval
        ? toSharePointDate(changes.approval.approvedAt.slice(0, 10))
        : null;
      values['ReportApprovedById'] = approverEmail ? (await this.sp.web.ensureUser(approverEmail)).Id : null;
    }
    await list.items.getById(id).update(values);
    const updated = await this.get(id);
    if (!updated) throw new Error(`Cycle ${id} vanished while it was updated`);
    return updated;
  }
}

function toCycle(item: CycleItem, departmentCodes: ReadonlyMap<number, string>): StoredCycle {
  const scopeCodes = (item.ScopeDepartmentsId ?? [])
    .map((id) => departmentCodes.get(id))
    .filter((code): code is string => code !== undefined);
  const scopeKind = choiceCode(scopeField, item.ScopeKind);
  const approvedOn = fromSharePointDate(item.ReportApprovedOn);
  return {
    id: item.Id,
    name: item.Title,
    method: choiceCode(methodField, item.ScoringMethod) === 'fineTuned' ? 'fineTuned' : 'classical',
    status: (choiceCode(statusField, item.CycleStatus) ?? 'preparation') as CycleStatus,
    startDate: fromSharePointDate(item.StartDate) ?? '',
    endDate: fromSharePointDate(item.EndDate) ?? '',
    scope:
      scopeKind === 'departments' && scopeCodes.length > 0
        ? { kind: 'departments', departmentCodes: scopeCodes }
        : { kind: 'office' },
    currentStep: item.CurrentStep ?? 1,
    approval: approvedOn ? { approvedBy: item.ReportApprovedBy?.Title ?? '', approvedAt: approvedOn } : null,
  };
}
