import { departmentSchema, type Department } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { odataString } from '../odata';
import { departmentsList } from '../../all-lists';
import { SiteLists } from '../site-context';

interface DepartmentItem {
  Id: number;
  Title: string;
  Code: string;
  ParentCode: string | null;
}

export interface StoredDepartment extends Department {
  readonly itemId: number;
}

export class DepartmentsRepository {
  private readonly site: SiteLists;

  constructor(sp: SPFI, webServerRelativeUrl?: string) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  async list(): Promise<StoredDepartment[]> {
    const list = await this.site.list(departmentsList);
    const items = await (list.items
      .select('Id', 'Title', 'Code', 'ParentCode')
      .orderBy('Code')
      .top(5000)() as Promise<DepartmentItem[]>);
    return items.map(toDepartment);
  }

  async findByCode(code: string): Promise<StoredDepartment | null> {
    const list = await this.site.list(departmentsList);
    const items = await (list.items
      .select('Id', 'Title', 'Code', 'ParentCode')
      .filter(`Code eq ${odataString(code)}`)
      .top(1)() as Promise<DepartmentItem[]>);
    return items[0] ? toDepartment(items[0]) : null;
  }

  /** Adds the department or updates the one with the same code. */
  async upsert(input: Department): Promise<StoredDepartment> {
    const department = departmentSchema.parse(input);
    const list = await this.site.list(departmentsList);
    const values = { Title: department.name, Code: department.code, ParentCode: department.parentCode };
    const existing = await this.findByCode(department.code);
    if (existing) {
      await list.items.getById(existing.itemId).update(values);
      return { ...department, itemId: existing.itemId };
    }
    const added = await (list.items.add(values) as Promise<{ Id: number }>);
    return { ...department, itemId: added.Id };
  }
}

function toDepartment(item: DepartmentItem): StoredDepartment {
  return { itemId: item.Id, code: item.Code, name: item.Title, parentCode: item.ParentCode ?? null };
}
