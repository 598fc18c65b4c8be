import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { settleInOneBatch } from '../batch';
import { NotFoundError } from '../errors';
import { listServerRelativeUrl, type ListSchema } from '../schema/types';
import type { CurrentField } from './field-plan';

export interface CurrentList {
  readonly Id: string;
  readonly Title: string;
  readonly Description: string;
  readonly EnableVersioning: boolean;
  readonly HasUniqueRoleAssignments: boolean;
}

/** What provisioning reads of each list (one part of the $batch per list). */
export const LIST_PROPERTIES = [
  'Id',
  'Title',
  'Description',
  'EnableVersioning',
  'HasUniqueRoleAssignments',
] as const;

export interface ListState {
  readonly list: CurrentList | null;
  readonly fields: ReadonlyMap<string, CurrentField>;
}

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
 * Reads every list and all its columns in one $batch (two parts per list), so a provisioning run
 * that finds nothing to change costs one round trip after the web's URL, not hundreds.
 */
export async function readListStates(
  sp: SPFI,
  webServerRelativeUrl: string,
  schemas: readonly ListSchema[],
): Promise<ListState[]> {
  const settled = await settleInOneBatch<unknown>(sp, (batched) =>
    schemas.flatMap((schema) => {
      const list = batched.web.getList(listServerRelativeUrl(webServerRelativeUrl, schema));
      return [list.select(...LIST_PROPERTIES)(), list.fields.select(...FIELD_PROPERTIES)()];
    }),
  );
  return schemas.map((_, index) => {
    const list = settled[index * 2];
    const fields = settled[index * 2 + 1];
    if (list?.status === 'rejected' && !(list.reason instanceof NotFoundError)) throw list.reason;
    if (list?.status !== 'fulfilled') return { list: null, fields: new Map() };
    if (fields?.status !== 'fulfilled') throw fields?.reason;
    const byName = new Map(
      (fields.value as CurrentField[]).map((field) => [field.InternalName, field] as const),
    );
    return { list: list.value as CurrentList, fields: byName };
  });
}
