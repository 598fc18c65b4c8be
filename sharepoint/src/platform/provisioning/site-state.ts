import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { settleInOneBatch } from '../batch';
import { NotFoundError } from '../errors';
import { listServerRelativeUrl, type ListSchema, type StoredRow } from '../schema/types';
import type { CurrentField } from './field-plan';

export interface CurrentList {
  readonly Id: string;
  readonly Title: string;
  readonly Description: string;
  readonly EnableVersioning: boolean;
  readonly HasUniqueRoleAssignments: boolean;
  readonly EnableMinorVersions: boolean;
  readonly EnableModeration: boolean;
  readonly DraftVersionVisibility: number;
  readonly MajorVersionLimit: number;
  readonly MajorWithMinorVersionsLimit: number;
}

/** What provisioning reads of each list (one part of the $batch per list). */
export const LIST_PROPERTIES = [
  'Id',
  'Title',
  'Description',
  'EnableVersioning',
  'HasUniqueRoleAssignments',
  'EnableMinorVersions',
  'EnableModeration',
  'DraftVersionVisibility',
  'MajorVersionLimit',
  'MajorWithMinorVersionsLimit',
] as const;

export interface ListState {
  readonly list: CurrentList | null;
  readonly fields: ReadonlyMap<string, CurrentField>;
  /**
   * The first 5,000 rows with the columns the list's migrations read (ID order), or null when the
   * list has no migrations, does not exist, or lacks one of those columns (then no row holds an
   * older format of it).
   */
  readonly rows: readonly StoredRow[] | null;
}

/** Rows a migration reads in the state's $batch; a list with more is read again, page by page. */
export const ROWS_IN_STATE = 5000;

/** The columns the list's migrations read, besides Id. */
export const migrationColumns = (schema: ListSchema): string[] => [
  ...new Set((schema.migrations ?? []).flatMap((migration) => migration.columns)),
];

const FIELD_PROPERTIES = [
  'InternalName',
  'Title',
  'TypeAsString',
  'Indexed',
  'Required',
  'EnforceUniqueValues',
  'SchemaXml',
] as const;

/**
 * Reads every list and all its columns in one $batch (two parts per list, three with migrations:
 * their rows too), so a provisioning run that finds nothing to change costs one round trip after
 * the web's URL, not hundreds.
 */
export async function readListStates(
  sp: SPFI,
  webServerRelativeUrl: string,
  schemas: readonly ListSchema[],
  options: { rows: boolean } = { rows: true },
): Promise<ListState[]> {
  const PARTS = 3;
  const settled = await settleInOneBatch<unknown>(sp, (batched) =>
    schemas.flatMap((schema) => {
      const list = batched.web.getList(listServerRelativeUrl(webServerRelativeUrl, schema));
      const columns = migrationColumns(schema);
      const rows =
        options.rows && columns.length > 0
          ? list.items
              .select('Id', ...columns)
              .orderBy('Id', true)
              .top(ROWS_IN_STATE)()
          : Promise.resolve(null);
      return [list.select(...LIST_PROPERTIES)(), list.fields.select(...FIELD_PROPERTIES)(), rows];
    }),
  );
  return schemas.map((schema, index) => {
    const [list, fields, rows] = settled.slice(index * PARTS, index * PARTS + PARTS);
    if (list?.status === 'rejected' && !(list.reason instanceof NotFoundError)) throw list.reason;
    if (list?.status !== 'fulfilled') return { list: null, fields: new Map(), rows: null };
    if (fields?.status !== 'fulfilled') throw fields?.reason;
    const byName = new Map(
      (fields.value as CurrentField[]).map((field) => [field.InternalName, field] as const),
    );
    const hasColumns = migrationColumns(schema).every((name) => byName.has(name));
    // Without one of the columns SharePoint refuses the read, and no row can hold an old format.
    if (rows?.status === 'rejected' && hasColumns) throw rows.reason;
    const stored = rows?.status === 'fulfilled' && hasColumns ? (rows.value as StoredRow[] | null) : null;
    return { list: list.value as CurrentList, fields: byName, rows: stored };
  });
}
