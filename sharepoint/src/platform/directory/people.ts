import { normalizeEmail, personSchema, type Person, type Role } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { odataString } from '../odata';
import { choiceCode, choiceLabel, fieldOf, peopleList } from '../../all-lists';
import { SiteLists } from '../site-context';
import { allOf } from '../paging';
import { DepartmentsRepository } from './departments';

interface PersonItem {
  Id: number;
  Title: string;
  Email: string;
  JobTitle: string | null;
  DepartmentId: number | null;
  Manager?: { EMail?: string } | null;
  Roles: string[] | null;
}

export interface StoredPerson extends Person {
  readonly itemId: number;
  readonly departmentName: string | null;
}

const rolesField = fieldOf(peopleList, 'Roles');
const SELECT = ['Id', 'Title', 'Email', 'JobTitle', 'DepartmentId', 'Manager/EMail', 'Roles'];

export class PeopleRepository {
  private readonly site: SiteLists;
  private readonly departments: DepartmentsRepository;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
    this.departments = new DepartmentsRepository(sp, webServerRelativeUrl);
  }

  async list(): Promise<StoredPerson[]> {
    const list = await this.site.list(peopleList);
    // Paged in ID order (allowed above the 5,000-item threshold, unlike a sort on Title) and
    // sorted here, by Czech collation, so a large office is read whole and in the order people expect.
    const [items, departments] = await Promise.all([
      allOf<PersonItem>(list.items.select(...SELECT).expand('Manager')),
      this.departments.list(),
    ]);
    const byItemId = new Map(departments.map((department) => [department.itemId, department]));
    return items
      .map((item) => toPerson(item, byItemId.get(item.DepartmentId ?? -1) ?? null))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'cs'));
  }

  async findByEmail(email: string): Promise<StoredPerson | null> {
    const list = await this.site.list(peopleList);
    const items = await (list.items
      .select(...SELECT)
      .expand('Manager')
      .filter(`Email eq ${odataString(normalizeEmail(email))}`)
      .top(1)() as Promise<PersonItem[]>);
    const item = items[0];
    if (!item) return null;
    const departments = item.DepartmentId === null ? [] : await this.departments.list();
    return toPerson(item, departments.find((department) => department.itemId === item.DepartmentId) ?? null);
  }

  /** Adds the person or updates the one with the same e-mail; account and manager become site users. */
  async upsert(input: Person): Promise<StoredPerson> {
    const person = personSchema.parse({ ...input, email: normalizeEmail(input.email) });
    const list = await this.site.list(peopleList);
    const [account, manager, department] = await Promise.all([
      this.sp.web.ensureUser(person.email),
      person.managerEmail === null ? null : this.sp.web.ensureUser(person.managerEmail ?? ''),
      person.departmentCode === null ? null : this.departments.findByCode(person.departmentCode),
    ]);
    if (person.departmentCode !== null && department === null) {
      throw new Error(`Unknown department code "${person.departmentCode}" for ${person.email}`);
    }
    const values = {
      Title: person.displayName,
      Email: person.email,
      AccountId: account.Id,
      JobTitle: person.jobTitle,
      DepartmentId: department?.itemId ?? null,
      ManagerId: manager?.Id ?? null,
      Roles: person.roles.map((role) => choiceLabel(rolesField, role)),
    };
    const existing = await this.findByEmail(person.email);
    const itemId = existing
      ? (await list.items.getById(existing.itemId).update(values), existing.itemId)
      : (await (list.items.add(values) as Promise<{ Id: number }>)).Id;
    return { ...person, itemId, departmentName: department?.name ?? null };
  }
}

function toPerson(item: PersonItem, department: { code: string; name: string } | null): StoredPerson {
  const roles = (item.Roles ?? [])
    .map((label) => choiceCode(rolesField, label))
    .filter((role): role is Role => role !== null);
  return {
    itemId: item.Id,
    email: item.Email,
    displayName: item.Title,
    jobTitle: item.JobTitle ?? null,
    departmentCode: department?.code ?? null,
    departmentName: department?.name ?? null,
    managerEmail: item.Manager?.EMail ? normalizeEmail(item.Manager.EMail) : null,
    roles,
  };
}
