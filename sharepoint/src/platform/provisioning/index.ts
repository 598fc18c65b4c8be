import type { Locale } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '../pnp-imports';
// Only provisioning changes permissions: kept out of pnp-imports so the SPFx bundle does not carry it.
import '@pnp/sp/security/list';
import { inOneBatch } from '../batch';
import { NotFoundError } from '../errors';
import { ALL_LISTS, listByKey } from '../../all-lists';
import {
  BASE_TEMPLATE,
  DRAFT_VISIBILITY,
  listServerRelativeUrl,
  type FieldSchema,
  type ListSchema,
} from '../schema/types';
import { SiteContext } from '../site-context';
import { fieldCreation, fieldUpdates, type CurrentField, type FieldUpdate } from './field-plan';
import { makeReadOnlyForPeople } from './read-only-for-people';
import { migrateRows } from './row-migrations';
import { LIST_PROPERTIES, readListStates, type CurrentList } from './site-state';

export { SchemaConflictError, choicesOf, fieldUpdates, type CurrentField } from './field-plan';

export interface ListProvisionResult {
  readonly key: string;
  readonly created: boolean;
  readonly fieldsAdded: readonly string[];
  readonly fieldsUpdated: readonly string[];
  /**
   * List settings corrected: Title, Description, EnableVersioning, a library's version and approval
   * settings (EnableMinorVersions, EnableModeration, DraftVersionVisibility, MajorVersionLimit,
   * MajorWithMinorVersionsLimit), and HasUniqueRoleAssignments when a service-only or
   * read-only-for-people list still inherited the site's permissions.
   */
  readonly settingsUpdated: readonly string[];
  /** Rows rewritten from an older format by the list's migrations; absent when none were. */
  readonly rowsMigrated?: number;
}

export interface ProvisionOptions {
  /** Language of the site: display titles are written in it. */
  readonly locale: Locale;
  readonly lists?: readonly ListSchema[];
  readonly webServerRelativeUrl?: string;
  readonly log?: (line: string) => void;
}

/**
 * Creates what is missing and corrects what drifted; a second run changes nothing and costs one
 * $batch of reads. Lists are handled in schema order, so a lookup's target exists before the
 * column that points at it. Internal names are fixed by creating each list and column under its
 * ASCII name first, then writing the localized title.
 */
export async function provisionLists(sp: SPFI, options: ProvisionOptions): Promise<ListProvisionResult[]> {
  const site = new SiteContext(sp, { webServerRelativeUrl: options.webServerRelativeUrl });
  const schemas = options.lists ?? ALL_LISTS;
  const webUrl = await site.webServerRelativeUrl();
  const states = await readListStates(sp, webUrl, schemas);
  const listIds = new Map<string, string>();
  const results: ListProvisionResult[] = [];
  for (const [index, schema] of schemas.entries()) {
    const state = states[index] ?? { list: null, fields: new Map<string, CurrentField>(), rows: null };
    const listUrl = listServerRelativeUrl(webUrl, schema);
    const list = sp.web.getList(listUrl);
    const { info, created, settingsUpdated } = await ensureList(
      sp,
      list,
      listUrl,
      schema,
      state.list,
      options.locale,
    );
    listIds.set(schema.key, info.Id);
    const lookupIds = await lookupTargets(site, schema, listIds);
    // A new list comes with SharePoint's own columns (Title among them): read them once.
    const existingFields = created
      ? ((await readListStates(sp, webUrl, [schema], { rows: false }))[0]?.fields ?? new Map())
      : state.fields;
    const fields = await ensureFields(
      sp,
      listUrl,
      schema,
      existingFields,
      options.locale,
      lookupIds,
      created,
    );
    // After the columns: a migration may write one that this run added.
    const rowsMigrated = state.rows === null ? 0 : await migrateRows(sp, listUrl, schema, state.rows);
    const result: ListProvisionResult = {
      key: schema.key,
      created,
      ...fields,
      settingsUpdated,
      ...(rowsMigrated > 0 ? { rowsMigrated } : {}),
    };
    logResult(options.log, schema, result);
    results.push(result);
  }
  return results;
}

async function ensureList(
  sp: SPFI,
  list: IList,
  listUrl: string,
  schema: ListSchema,
  existing: CurrentList | null,
  locale: Locale,
): Promise<{ info: CurrentList; created: boolean; settingsUpdated: string[] }> {
  if (existing === null) {
    await sp.web.lists.add(schema.urlName, schema.description[locale], BASE_TEMPLATE[schema.template], false);
  }
  const info = existing ?? (await list.select(...LIST_PROPERTIES)<CurrentList>());
  const wanted: Record<string, unknown> = {
    Title: schema.title[locale],
    Description: schema.description[locale],
    EnableVersioning: schema.versioning ?? false,
    ...librarySettings(schema),
  };
  const changes = Object.fromEntries(
    Object.entries(wanted).filter(([key, value]) => info[key as keyof CurrentList] !== value),
  );
  if (Object.keys(changes).length > 0) await list.update(changes);
  const corrected = Object.keys(changes);
  // Once only: a list that already has unique role assignments keeps them (including any an
  // administrator added by hand), so a second run reads HasUniqueRoleAssignments and sends nothing.
  if (schema.permissions === 'serviceOnly' && !info.HasUniqueRoleAssignments) {
    // copyRoleAssignments=false: none of the site's members, visitors or owners groups come along;
    // clearSubscopes=true: no item keeps permissions of its own that would let someone in.
    await list.breakRoleInheritance(false, true);
    corrected.push('HasUniqueRoleAssignments');
  }
  if (schema.permissions === 'readOnlyForPeople' && !info.HasUniqueRoleAssignments) {
    await makeReadOnlyForPeople(sp, list, listUrl);
    corrected.push('HasUniqueRoleAssignments');
  }
  // A list we just created is reported as created, not as corrected.
  const settingsUpdated = existing === null ? [] : corrected;
  return { info, created: existing === null, settingsUpdated };
}

/**
 * A library's version and approval settings as SP.List properties (none for a list). Sent in the
 * same MERGE as EnableVersioning, which SharePoint applies first, so minor versions are accepted.
 */
function librarySettings(schema: ListSchema): Record<string, unknown> {
  const settings = schema.library;
  if (!settings) return {};
  return {
    EnableMinorVersions: settings.minorVersions,
    EnableModeration: settings.contentApproval,
    DraftVersionVisibility: DRAFT_VISIBILITY[settings.draftVisibility],
    MajorVersionLimit: settings.majorVersionLimit,
    MajorWithMinorVersionsLimit: settings.majorWithMinorVersionsLimit,
  };
}

/** Ids of the lists this schema's lookups point at: provisioned in this run, or already on the site. */
async function lookupTargets(
  site: SiteContext,
  schema: ListSchema,
  known: Map<string, string>,
): Promise<ReadonlyMap<string, string>> {
  for (const field of schema.fields) {
    const key = field.lookupList;
    if (key === undefined || known.has(key)) continue;
    const target = await site.list(listByKey(key));
    try {
      const { Id } = await target.select('Id')<{ Id: string }>();
      known.set(key, Id);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return known;
}

/**
 * Adds the missing columns (one $batch per list), then corrects titles, flags and choices. The
 * column state after creation is what SharePoint answered, so new columns are corrected by the
 * same rules as drifted ones.
 */
async function ensureFields(
  sp: SPFI,
  listUrl: string,
  schema: ListSchema,
  existing: ReadonlyMap<string, CurrentField>,
  locale: Locale,
  lookupIds: ReadonlyMap<string, string>,
  created: boolean,
): Promise<{ fieldsAdded: string[]; fieldsUpdated: string[] }> {
  const titleField = existing.get('Title');
  const missing = schema.fields.filter((field) => !existing.has(field.name));
  const creations = missing.map((field) => fieldCreation(field, lookupIds.get(field.lookupList ?? '')));
  const added = await inOneBatch<CurrentField[]>(sp, (batched) => {
    const fields = batched.web.getList(listUrl).fields;
    return missing.map((field, index) => {
      const creation = creations[index];
      if (creation?.kind === 'lookup') {
        return fields.addLookup(field.name, creation.properties) as Promise<CurrentField>;
      }
      return fields.add(
        field.name,
        creation?.fieldTypeKind ?? 2,
        creation?.properties ?? {},
      ) as Promise<CurrentField>;
    });
  });
  const current = new Map(existing);
  missing.forEach((field, index) => {
    const state = added[index];
    if (state) current.set(field.name, state);
  });

  const plans: { name: string; updates: FieldUpdate[] }[] = schema.fields.map((field: FieldSchema) => ({
    name: field.name,
    updates: fieldUpdates(field, current.get(field.name) as CurrentField, locale),
  }));
  if (titleField && titleField.Title !== schema.titleField[locale]) {
    plans.unshift({
      name: 'Title',
      updates: [{ properties: { Title: schema.titleField[locale] }, entityType: 'SP.Field' }],
    });
  }
  await applyUpdates(sp, listUrl, plans);
  const addedNames = new Set(missing.map((field) => field.name));
  return {
    fieldsAdded: missing.map((field) => field.name),
    // On a list created in this run nothing had drifted: only what was added is reported.
    fieldsUpdated: created
      ? []
      : plans
          .filter((plan) => plan.updates.length > 0 && !addedNames.has(plan.name))
          .map((plan) => plan.name),
  };
}

/**
 * Sends the field MERGEs in rounds: round n holds every column's n-th update, so a column's own
 * updates keep their order (index before unique) while different columns share a $batch.
 */
async function applyUpdates(
  sp: SPFI,
  listUrl: string,
  plans: readonly { name: string; updates: readonly FieldUpdate[] }[],
): Promise<void> {
  const rounds = Math.max(0, ...plans.map((plan) => plan.updates.length));
  for (let round = 0; round < rounds; round += 1) {
    const due = plans.flatMap((plan) => {
      const update = plan.updates[round];
      return update ? [{ name: plan.name, update }] : [];
    });
    await inOneBatch(sp, (batched) =>
      due.map(({ name, update }) =>
        batched.web
          .getList(listUrl)
          .fields.getByInternalNameOrTitle(name)
          .update(update.properties, update.entityType),
      ),
    );
  }
}

function logResult(
  log: ((line: string) => void) | undefined,
  schema: ListSchema,
  result: ListProvisionResult,
): void {
  const changed =
    result.created ||
    result.fieldsAdded.length > 0 ||
    result.fieldsUpdated.length > 0 ||
    result.settingsUpdated.length > 0 ||
    result.rowsMigrated !== undefined;
  if (!changed || !log) return;
  log(
    `${schema.urlName}: ${result.created ? 'created' : 'updated'}` +
      (result.settingsUpdated.length ? `, settings ${result.settingsUpdated.join(', ')}` : '') +
      (result.fieldsAdded.length ? `, added ${result.fieldsAdded.join(', ')}` : '') +
      (result.fieldsUpdated.length ? `, corrected ${result.fieldsUpdated.join(', ')}` : '') +
      (result.rowsMigrated ? `, migrated ${result.rowsMigrated} rows (${migrationNames(schema)})` : ''),
  );
}

const migrationNames = (schema: ListSchema) =>
  (schema.migrations ?? []).map((migration) => migration.description).join('; ');
