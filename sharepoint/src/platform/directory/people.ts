import { normalizeEmail, searchNamesOf, type Person, type Role } from '@kvalita/core';
import { personSchema } from '@kvalita/core/schemas';
import '../pnp-imports';
import { inOneBatch } from '../batch';
import { allOf } from '../paging';
import { filterOn, startsWithOn } from '../schema/filter';
import type { NewItemOf } from '../schema/items';
import { selectOf, type RowOf } from '../schema/select';
import { choiceColumn } from '../schema/types';
import type { SiteContext } from '../site-context';
import { DepartmentsRepository, type StoredDepartment } from './departments';
import { peopleList } from './lists/people';

export interface StoredPerson extends Person {
  readonly itemId: number;
  readonly departmentName: string | null;
}

const PERSON = selectOf(peopleList, 'Id', 'Title', 'Email', 'JobTitle', 'DepartmentId', 'Manager', 'Roles');
type PersonRow = RowOf<typeof PERSON>;
const roles = choiceColumn(peopleList, 'Roles');
const where = filterOn(peopleList);
const startsWith = startsWithOn(peopleList);

export class PeopleRepository {
  private readonly departments: DepartmentsRepository;

  constructor(private readonly site: SiteContext) {
    this.departments = new DepartmentsRepository(site);
  }

  async list(): Promise<StoredPerson[]> {
    const list = await this.site.list(peopleList);
    // Paged in ID order (allowed above the 5,000-item threshold, unlike a sort on Title) and
    // sorted here, by Czech collation, so a large office is read whole and in the order people expect.
    // The departments are read meanwhile (when the site's copy is old), not after the people.
    const [items] = await Promise.all([
      allOf<PersonRow>(PERSON.applyTo(list.items)),
      this.site.departments.get(),
    ]);
    const byItemId = await this.departmentsOf(items);
    return items
      .map((item) => toPerson(item, byItemId.get(item.DepartmentId ?? -1) ?? null))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'cs'));
  }

  async findByEmail(email: string): Promise<StoredPerson | null> {
    const list = await this.site.list(peopleList);
    const items = await PERSON.applyTo(list.items)
      .filter(where('Email', 'eq', normalizeEmail(email)))
      .top(1)<PersonRow[]>();
    const item = items[0];
    if (!item) return null;
    return toPerson(item, (await this.departmentsOf([item])).get(item.DepartmentId ?? -1) ?? null);
  }

  /**
   * People whose name (given names or surname first, titles aside) or e-mail starts with `text`
   * (SharePoint compares without regard to case), at most `top`, in Czech order: one query on three
   * indexed columns (a prefix seeks on an index; a substring would scan), so it stays one round trip
   * and under the list view threshold however large the directory (the departments come from the
   * site's shared copy). The text is written as an escaped literal; callers refuse odd text first.
   */
  async search(text: string, top: number): Promise<StoredPerson[]> {
    const list = await this.site.list(peopleList);
    const items = await PERSON.applyTo(list.items)
      .filter(
        [startsWith('NameKey', text), startsWith('SurnameKey', text), startsWith('Email', text)].join(' or '),
      )
      .top(top)<PersonRow[]>();
    const departments = await this.departmentsOf(items);
    return items
      .map((item) => toPerson(item, departments.get(item.DepartmentId ?? -1) ?? null))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'cs'));
  }

  /**
   * Several people by e-mail in one $batch of lookups on the indexed Email column (e.g. a CAF
   * team's departments), instead of reading the whole directory. Who is not in it is missing.
   */
  async findByEmails(emails: readonly string[]): Promise<Map<string, StoredPerson>> {
    const wanted = [...new Set(emails.map(normalizeEmail))];
    if (wanted.length === 0) return new Map();
    const url = await this.site.listUrl(peopleList);
    const found = await inOneBatch<PersonRow[][]>(this.site.sp, (batched) =>
      wanted.map((email) =>
        PERSON.applyTo(batched.web.getList(url).items)
          .filter(where('Email', 'eq', email))
          .top(1)<PersonRow[]>(),
      ),
    );
    const items = found.flatMap((rows) => rows.slice(0, 1));
    const departments = await this.departmentsOf(items);
    return new Map(
      items
        .map((item) => toPerson(item, departments.get(item.DepartmentId ?? -1) ?? null))
        .map((person) => [normalizeEmail(person.email), person]),
    );
  }

  /**
   * How many people each department has (null: people without a department), counted up to `upTo`
   * (a group only has to be known to reach a threshold): one $batch of queries on the indexed
   * Department column, `upTo` ids each, never the whole directory. A code the directory does not
   * know counts 0.
   */
  async countByDepartment(
    codes: readonly (string | null)[],
    upTo: number,
  ): Promise<Map<string | null, number>> {
    const departments = await this.departments.byCode(codes.filter((code): code is string => code !== null));
    const asked = codes.flatMap((code): { code: string | null; itemId: number | null }[] => {
      if (code === null) return [{ code, itemId: null }];
      const department = departments.get(code);
      return department ? [{ code, itemId: department.itemId }] : [];
    });
    const counts = new Map<string | null, number>(codes.map((code) => [code, 0]));
    if (asked.length === 0) return counts;
    const url = await this.site.listUrl(peopleList);
    const found = await inOneBatch<{ Id: number }[][]>(this.site.sp, (batched) =>
      asked.map(({ itemId }) =>
        batched.web
          .getList(url)
          .items.select('Id')
          .filter(where('DepartmentId', 'eq', itemId))
          .top(upTo)<{ Id: number }[]>(),
      ),
    );
    asked.forEach(({ code }, index) => counts.set(code, found[index]?.length ?? 0));
    return counts;
  }

  /** Adds the person or updates the one with the same e-mail; account and manager become site users. */
  async upsert(input: Person): Promise<StoredPerson> {
    const person = personSchema.parse({ ...input, email: normalizeEmail(input.email) });
    const list = await this.site.list(peopleList);
    const [account, manager, department] = await Promise.all([
      this.site.sp.web.ensureUser(person.email),
      person.managerEmail === null ? null : this.site.sp.web.ensureUser(person.managerEmail),
      person.departmentCode === null ? null : this.departments.findByCode(person.departmentCode),
    ]);
    if (person.departmentCode !== null && department === null) {
      throw new Error(`Unknown department code "${person.departmentCode}" for ${person.email}`);
    }
    const names = searchNamesOf(person.displayName);
    const values = {
      Title: person.displayName,
      NameKey: names.givenFirst,
      SurnameKey: names.surnameFirst,
      Email: person.email,
      AccountId: account.Id,
      JobTitle: person.jobTitle,
      DepartmentId: department?.itemId ?? null,
      ManagerId: manager?.Id ?? null,
      Roles: person.roles.map((role) => roles.label(role)),
    } satisfies NewItemOf<typeof peopleList>;
    const existing = await this.findByEmail(person.email);
    const itemId = existing
      ? (await list.items.getById(existing.itemId).update(values), existing.itemId)
      : (await list.items.add(values)).Id;
    return { ...person, itemId, departmentName: department?.name ?? null };
  }

  /** The departments these people belong to, by item id (from the site's shared copy). */
  private departmentsOf(items: readonly PersonRow[]): Promise<Map<number, StoredDepartment>> {
    return this.departments.byItemId(
      items.flatMap((item) => (item.DepartmentId === null ? [] : [item.DepartmentId])),
    );
  }
}

function toPerson(item: PersonRow, department: { code: string; name: string } | null): StoredPerson {
  return {
    itemId: item.Id,
    email: item.Email ?? '',
    displayName: item.Title ?? '',
    jobTitle: item.JobTitle ?? null,
    departmentCode: department?.code ?? null,
    departmentName: department?.name ?? null,
    managerEmail: item.Manager?.EMail ? normalizeEmail(item.Manager.EMail) : null,
    roles: (item.Roles ?? []).map((label) => roles.code(label)).filter((role): role is Role => role !== null),
  };
}
