import { spErrors } from '../errors';
import type { ApiResponse } from '../http/api-types';
import { isPlainObject, parseJsonObject, readBoolean, readCollection, readString } from '../model/json-input';
import { ODataCollection, ODataComplex } from '../odata/values';
import { validateUpdateListItem } from '../site/form-update';
import type { FileRecord } from '../model/files';
import type { FieldRecord, ItemRecord, ListRecord, UserRecord } from '../model/types';
import { parseQueryOptions } from '../odata/query-options';
import type { ItemSource } from '../site/item-accessors';
import { runItemQuery, type ItemRows } from '../site/item-query';
import { etagOf } from '../site/items';
import { librarySettings } from '../site/library-settings';
import type { RequestContext } from './context';
import type { ODataEntity } from '../odata/values';
import { compileItemSelection, itemEntity } from './serialize-item';

/** What items of a list are read against: its fields, the site's users, lookup targets (cached per request). */
function itemSource(ctx: RequestContext, list: ListRecord, expand: readonly string[]): ItemSource {
  const users = new Map<number, UserRecord | undefined>();
  const targets = new Map<string, Map<number, ItemRecord | undefined>>();
  const targetFields = new Map<string, readonly FieldRecord[]>();
  const library = list.baseTemplate === 101;
  const files = new Map<number, FileRecord | undefined>();
  return {
    list,
    moderation: library && librarySettings(list).moderation,
    file: (id) => {
      if (!library) return undefined;
      if (!files.has(id)) {
        const file = ctx.site.files.ofItem(list, id);
        const item = file ? ctx.site.itemStore.get(list.id, id) : undefined;
        files.set(id, file && item ? ctx.site.files.seenBy(list, item, file, ctx.user)?.file : undefined);
      }
      return files.get(id);
    },
    fields: ctx.site.fields.of(list),
    expanded: new Set(expand.map((e) => e.toLowerCase())),
    user: (id) => {
      if (!users.has(id)) users.set(id, ctx.site.users.byId(id));
      return users.get(id);
    },
    lookupItem: (listId, id) => {
      let cache = targets.get(listId);
      if (!cache) targets.set(listId, (cache = new Map()));
      if (!cache.has(id)) cache.set(id, ctx.site.itemStore.get(listId, id));
      return cache.get(id);
    },
    lookupFields: (listId) => {
      let fields = targetFields.get(listId);
      if (!fields) {
        const target = ctx.site.lists.all().find((l) => l.id === listId);
        fields = target ? ctx.site.fields.of(target) : [];
        targetFields.set(listId, fields);
      }
      return fields;
    },
  };
}

export function handleItems(ctx: RequestContext, list: ListRecord): ApiResponse {
  switch (ctx.request.method) {
    case 'GET': {
      if (ctx.query.has('$skip')) {
        // SharePoint Online silently ignores $skip on list items; refusing it keeps code from relying on it.
        throw spErrors.invalidQuery(
          '$skip is not supported on list items; page with $skiptoken (follow odata.nextLink) instead.',
        );
      }
      const options = parseQueryOptions(ctx.query);
      const source = itemSource(ctx, list, options.expand);
      const selection = compileItemSelection(source, options.select, options.expand);
      const page = runItemQuery(seenItems(ctx, list), source, {
        filter: options.filter,
        filterText: ctx.query.get('$filter') ?? '',
        orderBy: options.orderBy,
        top: options.top,
        skipToken: options.skipToken,
      });
      const entities = page.items.map((item) => itemEntity(ctx, source, selection, item));
      let nextLink: string | undefined;
      if (page.nextSkipToken) {
        const params = new URLSearchParams(ctx.query);
        params.set('$skiptoken', page.nextSkipToken);
        if (!params.has('$top')) params.set('$top', String(page.items.length));
        nextLink = `${ctx.origin}${ctx.request.url.pathname}?${params.toString()}`;
      }
      return ctx.json(
        200,
        ctx.formatter.collection(entities, `SP.ListData.${list.entityName}ListItems`, nextLink),
      );
    }
    case 'POST': {
      const item = ctx.site.items.add(list, ctx.site.fields.of(list), {
        body: parseJsonObject(ctx.request.body),
        verbose: ctx.verboseBody,
        user: ctx.user,
      });
      return itemResponse(ctx, list, item, 201);
    }
    default:
      throw spErrors.methodNotAllowed(ctx.request.method, 'the items collection');
  }
}

function itemResponse(ctx: RequestContext, list: ListRecord, item: ItemRecord, status: number): ApiResponse {
  const options =
    status === 201 ? { select: undefined, expand: [] as string[] } : parseQueryOptions(ctx.query);
  const source = itemSource(ctx, list, options.expand);
  const selection = compileItemSelection(source, options.select, options.expand);
  const entity = itemEntity(ctx, source, selection, item);
  return ctx.json(status, ctx.formatter.entity(entity, `SP.ListData.${list.entityName}ListItems/@Element`), {
    etag: etagOf(item),
  });
}

export function handleItem(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  const ifMatch = ctx.request.headers['if-match'];
  switch (ctx.request.method) {
    case 'GET':
      return itemResponse(ctx, list, seenItem(ctx, list, id), 200);
    case 'MERGE':
    case 'PATCH': {
      const body = parseJsonObject(ctx.request.body);
      const item = ctx.site.items.update(list, ctx.site.fields.of(list), id, {
        body,
        verbose: ctx.verboseBody,
        user: ctx.user,
        ifMatch,
        origin: ctx.origin,
      });
      return ctx.noContent({ etag: etagOf(item) });
    }
    case 'DELETE':
      ctx.site.items.delete(list, id, ifMatch);
      return ctx.empty();
    default:
      throw spErrors.methodNotAllowed(ctx.request.method, 'a list item');
  }
}

/** POST …/items(n)/recycle(): answers with the recycle bin item's GUID. */
export function handleItemRecycle(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  if (ctx.request.method !== 'POST') throw spErrors.methodNotAllowed(ctx.request.method, 'recycle');
  const recycleId = ctx.site.items.recycle(list, id, ctx.user);
  return ctx.json(200, ctx.formatter.primitive('Recycle', 'Edm.Guid', recycleId));
}

/** A library item with every property, as `file.listItemAllFields` or `$expand=ListItemAllFields` shows it. */
export function libraryItemEntity(ctx: RequestContext, list: ListRecord, itemId: number): ODataEntity {
  const source = itemSource(ctx, list, []);
  return itemEntity(ctx, source, compileItemSelection(source, undefined, []), seenItem(ctx, list, itemId));
}

/**
 * A library item as the caller sees it under the library's draft item security: the last
 * published version's values, or SharePoint's item-not-found when they see nothing of it.
 */
export function seenItem(ctx: RequestContext, list: ListRecord, id: number): ItemRecord {
  const seen = ctx.site.files.seenItem(list, ctx.site.items.get(list, id), ctx.user);
  if (!seen) throw spErrors.itemNotFound();
  return seen;
}

/** The items of a list as the caller sees them: drafts hidden from them replaced or left out. */
function seenItems(ctx: RequestContext, list: ListRecord): ItemRows {
  const store = ctx.site.itemStore;
  if (list.baseTemplate !== 101) return store;
  return {
    count: (listId) => store.count(listId),
    *scan(listId, descending, afterId) {
      for (const item of store.scan(listId, descending, afterId)) {
        const seen = ctx.site.files.seenItem(list, item, ctx.user);
        if (seen) yield seen;
      }
    },
  };
}

/**
 * POST items(n)/ValidateUpdateListItem `{ formValues: [{ FieldName, FieldValue }], bNewDocumentUpdate }`
 * (`item.validateUpdateListItem(values, bNewDocumentUpdate)` in @pnp/sp): 200 with one
 * SP.ListItemFormUpdateValue per value (see site/form-update.ts).
 */
export function handleValidateUpdate(ctx: RequestContext, list: ListRecord, id: number): ApiResponse {
  if (ctx.request.method !== 'POST')
    throw spErrors.methodNotAllowed(ctx.request.method, 'ValidateUpdateListItem');
  const body = parseJsonObject(ctx.request.body);
  const formValues = readCollection(body['formValues'] ?? [], ctx.verboseBody).map((entry) => {
    if (!isPlainObject(entry)) throw spErrors.cannotConvertPrimitive('SP.ListItemFormUpdateValue');
    return {
      FieldName: readString(entry['FieldName']),
      FieldValue: entry['FieldValue'] === null ? '' : readString(entry['FieldValue'] ?? ''),
    };
  });
  const newDocumentUpdate =
    body['bNewDocumentUpdate'] === undefined ? false : readBoolean(body['bNewDocumentUpdate']);
  const comment = body['checkInComment'];
  if (comment !== undefined && comment !== null && comment !== '')
    throw spErrors.unsupportedByEmulator('ValidateUpdateListItem with a checkInComment');
  const results = validateUpdateListItem(ctx.site, list, ctx.site.fields.of(list), id, {
    formValues,
    newDocumentUpdate,
    user: ctx.user,
    origin: ctx.origin,
  });
  const values = results.map((result) => new ODataComplex('SP.ListItemFormUpdateValue', { ...result }));
  return ctx.json(
    200,
    ctx.formatter.primitive(
      'ValidateUpdateListItem',
      'Collection(SP.ListItemFormUpdateValue)',
      new ODataCollection('SP.ListItemFormUpdateValue', values),
    ),
  );
}
