import type { Locale } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import './pnp-imports';
import { NotFoundError, sharePointCall } from './errors';
import { ALL_LISTS } from './schema';
import { BASE_TEMPLATE, type FieldSchema, type ListSchema } from './schema/types';
import { SiteLists } from './web-url';

export interface ListProvisionResult {
  readonly key: string;
  readonly created: boolean;
  readonly fieldsAdded: readonly string[];
  readonly fieldsUpdated: readonly string[];
}

export interface ProvisionOptions {
  /** Language of the site: display titles are written in it. */
  readonly locale: Locale;
  readonly lists?: readonly ListSchema[];
  readonly webServerRelativeUrl?: string;
  readonly log?: (line: string) => void;
}

/** SharePoint's FieldTypeKind numbers (SP.FieldType). */
const FIELD_TYPE_KIND: Readonly<Record<FieldSchema['type'], number>> = {
  Text: 2,
  Note: 3,
  DateTime: 4,
  Choice: 6,
  Lookup: 7,
  LookupMulti: 7,
  Boolean: 8,
  Number: 9,
  Currency: 10,
  URL: 11,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20,
};

interface FieldState {
  Title: string;
  Indexed: boolean;
  Required: boolean;
  EnforceUniqueValues: boolean;
}

async function orNull<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await sharePointCall(call);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/**
 * Creates what is missing and corrects what drifted; a second run changes nothing.
 * Internal names are fixed at creation by creating each list/field under its ASCII name first,
 * then setting the localized display title (SharePoint derives URLs and internal names from the
 * first title).
 */
export async function provisionLists(sp: SPFI, options: ProvisionOptions): Promise<ListProvisionResult[]> {
  const site = new SiteLists(sp, options.webServerRelativeUrl);
  const lists = options.lists ?? ALL_LISTS;
  const listIds = new Map<string, string>();
  const results: ListProvisionResult[] = [];
  for (const schema of lists) {
    const result = await provisionList(sp, site, schema, options.locale, listIds);
    if (result.created || result.fieldsAdded.length > 0 || result.fieldsUpdated.length > 0) {
      options.log?.(
        `${schema.urlName}: ${result.created ? 'created' : 'updated'}` +
          (result.fieldsAdded.length ? `, added ${result.fieldsAdded.join(', ')}` : '') +
          (result.fieldsUpdated.length ? `, corrected ${result.fieldsUpdated.join(', ')}` : ''),
      );
    }
    results.push(result);
  }
  return results;
}

async function provisionList(
  sp: SPFI,
  site: SiteLists,
  schema: ListSchema,
  locale: Locale,
  listIds: Map<string, string>,
): Promise<ListProvisionResult> {
  const list = await site.list(schema);
  const readInfo = (): Promise<{ Id: string; Title: string; Description: string }> =>
    list.select('Id', 'Title', 'Description')();
  const existing = await orNull(readInfo);
  const created = existing === null;
  if (created) {
    await sharePointCall(() =>
      sp.web.lists.add(schema.urlName, schema.description[locale], BASE_TEMPLATE[schema.template], false),
    );
  }
  const info = existing ?? (await sharePointCall(readInfo));
  if (info.Title !== schema.title[locale] || info.Description !== schema.description[locale]) {
    await sharePointCall(() =>
      list.update({ Title: schema.title[locale], Description: schema.description[locale] }),
    );
  }
  listIds.set(schema.key, info.Id);

  const fieldsUpdated: string[] = [];
  const fieldsAdded: string[] = [];
  if (await ensureFieldState(list, 'Title', { Title: schema.titleField[locale] }))
    fieldsUpdated.push('Title');
  for (const field of schema.fields) {
    const existing = await orNull(() =>
      list.fields.getByInternalNameOrTitle(field.name).select('InternalName')(),
    );
    if (existing === null) {
      await addField(list, field, listIds);
      fieldsAdded.push(field.name);
    }
    const changed = await ensureFieldState(list, field.name, {
      Title: field.title[locale],
      Required: field.required ?? false,
      Indexed: (field.indexed ?? false) || (field.unique ?? false),
    });
    // SharePoint accepts EnforceUniqueValues only on an indexed column, so it goes second.
    const uniqueChanged = await ensureFieldState(list, field.name, {
      EnforceUniqueValues: field.unique ?? false,
    });
    if ((changed || uniqueChanged) && existing !== null) fieldsUpdated.push(field.name);
  }
  return { key: schema.key, created, fieldsAdded, fieldsUpdated };
}

async function ensureFieldState(list: IList, name: string, wanted: Partial<FieldState>): Promise<boolean> {
  const field = list.fields.getByInternalNameOrTitle(name);
  const current = await sharePointCall((): Promise<FieldState> =>
    field.select('Title', 'Indexed', 'Required', 'EnforceUniqueValues')(),
  );
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => current[key as keyof FieldState] !== value),
  );
  if (Object.keys(changes).length === 0) return false;
  await sharePointCall(() => field.update(changes, 'SP.Field'));
  return true;
}

async function addField(
  list: IList,
  field: FieldSchema,
  listIds: ReadonlyMap<string, string>,
): Promise<void> {
  const kind = FIELD_TYPE_KIND[field.type];
  const multiple = field.type === 'UserMulti' || field.type === 'LookupMulti';
  if (field.type === 'Lookup' || field.type === 'LookupMulti') {
    const target = field.lookupList === undefined ? undefined : listIds.get(field.lookupList);
    if (target === undefined) {
      throw new Error(
        `Lookup ${field.name} points at list "${field.lookupList}", which must be provisioned first`,
      );
    }
    await sharePointCall(() =>
      list.fields.addLookup(field.name, { LookupListId: target, LookupFieldName: 'Title' }),
    );
    if (multiple) {
      // AddField's creation information has no multi-value flag; SharePoint sets it afterwards.
      await sharePointCall(() =>
        list.fields
          .getByInternalNameOrTitle(field.name)
          .update({ AllowMultipleValues: true }, 'SP.FieldLookup'),
      );
    }
    return;
  }
  const properties: Record<string, unknown> = {};
  if (field.maxLength !== undefined) properties.MaxLength = field.maxLength;
  if (field.type === 'Choice' || field.type === 'MultiChoice') {
    properties.Choices = { results: (field.choices ?? []).map((choice) => choice.label) };
  }
  if (field.type === 'DateTime') properties.DisplayFormat = field.dateOnly ? 0 : 1;
  if (field.type === 'User' || field.type === 'UserMulti') {
    properties.SelectionMode = 0; // people only, no groups
    properties.AllowMultipleValues = multiple;
  }
  if (field.type === 'Note') properties.RichText = false;
  await sharePointCall(() => list.fields.add(field.name, kind, properties));
}
