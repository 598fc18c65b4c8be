import type { Department } from '@kvalita/core';
import { departmentSchema } from '@kvalita/core/schemas';
import '../pnp-imports';
import type { NewItemOf } from '../schema/items';
import { selectOf, type RowOf } from '../schema/select';
import type { SiteContext } from '../site-context';
import { departmentsList } from './lists/departments';

const DEPARTMENT = selectOf(departmentsList, 'Id', 'Title', 'Code', 'ParentCode');

export interface StoredDepartment extends Department {
  readonly itemId: number;
}

/** The whole Departments list in code order (an office has tens of departments, never 5,000). */
export async function readDepartments(site: SiteContext): Promise<StoredDepartment[]> {
  const list = await site.list(departmentsList);
  const items = await DEPARTMENT.applyTo(list.items).orderBy('Code').top(5000)<RowOf<typeof DEPARTMENT>[]>();
  return items.map(toDepartment);
}

/**
 * Departments and sections. Reads come from the site context's shared copy (refreshed every few
 * minutes, and at once when a code or item id is not in it); upsert refreshes it.
 */
export class DepartmentsRepository {
  constructor(private readonly site: SiteContext) {}

  async list(): Promise<StoredDepartment[]> {
    return [...(await this.site.departments.get())];
  }

  async findByCode(code: string): Promise<StoredDepartment | null> {
    return (await this.byCode([code])).get(code) ?? null;
  }

  /**
   * Departments by code (e.g. to write lookups), read afresh when one of `codes` is not in the
   * copy in hand; a code the Departments list does not have at all is absent from the map.
   */
  byCode(codes: Iterable<string>): Promise<Map<string, StoredDepartment>> {
    return this.mapCovering(codes, (department) => department.code);
  }

  /** Departments by item id (e.g. to read lookups), read afresh when one of `itemIds` is not in hand. */
  byItemId(itemIds: Iterable<number>): Promise<Map<number, StoredDepartment>> {
    return this.mapCovering(itemIds, (department) => department.itemId);
  }

  /** Adds the department or updates the one with the same code. */
  async upsert(input: Department): Promise<StoredDepartment> {
    const department = departmentSchema.parse(input);
    const list = await this.site.list(departmentsList);
    const values = {
      Title: department.name,
      Code: department.code,
      ParentCode: department.parentCode,
    } satisfies NewItemOf<typeof departmentsList>;
    const existing = await this.findByCode(department.code);
    try {
      if (existing) {
        await list.items.getById(existing.itemId).update(values);
        return { ...department, itemId: existing.itemId };
      }
      const added: { Id: number } = await list.items.add(values);
      return { ...department, itemId: added.Id };
    } finally {
      this.site.departments.invalidate();
    }
  }

  private async mapCovering<K>(
    keys: Iterable<K>,
    keyOf: (department: StoredDepartment) => K,
  ): Promise<Map<K, StoredDepartment>> {
    const wanted = [...keys];
    if (wanted.length === 0) return new Map();
    const toMap = (departments: readonly StoredDepartment[]) =>
      new Map(departments.map((department) => [keyOf(department), department]));
    const covering = await this.site.departments.lookup((departments) => {
      const map = toMap(departments);
      return wanted.every((key) => map.has(key)) ? map : null;
    });
    return covering ?? toMap(await this.site.departments.get());
  }
}

function toDepartment(item: RowOf<typeof DEPARTMENT>): StoredDepartment {
  return {
    itemId: item.Id,
    code: item.Code ?? '',
    name: item.Title ?? '',
    parentCode: item.ParentCode ?? null,
  };
}
