import { parseJsonObject } from '../model/json-input';
import type { ListRecord } from '../model/types';
import { parseQueryOptions, type QueryOptions } from '../odata/query-options';
import type { ApiResponse } from '../http/api-types';
import { spErrors } from '../errors';
import { queryEntities, selectProps } from './collection-query';
import type { RequestContext } from './context';
import { expandEntity, type NavigationProperty } from './expansions';
import { listEntity, rootFolderEntity } from './serialize-list';
import { booleanValue, namedArgs, type PathSegment } from '../odata/resource-path';
import {
  brokenInheritance,
  hasUniqueRoleAssignments,
  inheritedAgain,
  mayAccessList,
} from '../site/list-security';

function listNavigations(ctx: RequestContext, list: ListRecord): NavigationProperty[] {
  return [{ name: 'RootFolder', typeName: 'SP.Folder', load: () => rootFolderEntity(ctx, list) }];
}

function expandedList(ctx: RequestContext, list: ListRecord, options: QueryOptions) {
  return expandEntity(listEntity(ctx, list), options, 'SP.List', listNavigations(ctx, list));
}

export function handleLists(ctx: RequestContext): ApiResponse {
  switch (ctx.request.method) {
    case 'GET': {
      const options = parseQueryOptions(ctx.query);
      // As online, lists the caller has no permission on are not in the collection.
      const lists = ctx.site.lists
        .all()
        .filter((list) => !hasUniqueRoleAssignments(list) || mayAccessList(list, ctx.user));
      const entities = lists.map((l) => expandedList(ctx, l, options));
      const sample = listEntity(ctx, lists[0] ?? placeholderList()).props;
      const rows = queryEntities(entities, options, ctx.query.get('$filter') ?? '', 'SP.List', sample);
      return ctx.json(200, ctx.formatter.collection(rows, 'SP.ApiData.Lists'));
    }
    case 'POST': {
      const list = ctx.site.lists.create(parseJsonObject(ctx.request.body), ctx.verboseBody);
      return ctx.json(201, ctx.formatter.entity(listEntity(ctx, list), 'SP.ApiData.Lists/@Element'));
    }
    default:
      throw spErrors.methodNotAllowed(ctx.request.method, 'the lists collection');
  }
}

export function handleList(ctx: RequestContext, list: ListRecord): ApiResponse {
  switch (ctx.request.method) {
    case 'GET': {
      const options = parseQueryOptions(ctx.query);
      const entity = selectProps(expandedList(ctx, list, options), options.select, 'SP.List');
      return ctx.json(200, ctx.formatter.entity(entity, 'SP.ApiData.Lists/@Element'));
    }
    case 'MERGE':
    case 'PATCH':
      ctx.site.lists.update(list, parseJsonObject(ctx.request.body), ctx.verboseBody);
      return ctx.noContent();
    case 'DELETE':
      ctx.site.lists.delete(list);
      return ctx.empty();
    default:
      throw spErrors.methodNotAllowed(ctx.request.method, 'a list');
  }
}

/**
 * POST breakroleinheritance(copyRoleAssignments=…, clearSubscopes=…) and resetroleinheritance on a
 * list. Items have no permissions of their own in the emulator, so clearSubscopes changes nothing.
 */
export function handleRoleInheritance(
  ctx: RequestContext,
  list: ListRecord,
  segment: PathSegment,
): ApiResponse {
  if (ctx.request.method !== 'POST') throw spErrors.methodNotAllowed(ctx.request.method, segment.name);
  if (segment.key === 'resetroleinheritance') {
    ctx.site.lists.setSecurity(list, inheritedAgain(list));
    return ctx.noContent();
  }
  const args = namedArgs(segment, 'copyRoleAssignments');
  const copy = booleanValue(args.get('copyroleassignments'), 'copyRoleAssignments');
  booleanValue(args.get('clearsubscopes'), 'clearSubscopes');
  ctx.site.lists.setSecurity(list, brokenInheritance(list, copy, ctx.user));
  return ctx.noContent();
}

export function handleRootFolder(ctx: RequestContext, list: ListRecord): ApiResponse {
  if (ctx.request.method !== 'GET') throw spErrors.methodNotAllowed(ctx.request.method, 'a folder');
  const options = parseQueryOptions(ctx.query);
  return ctx.json(
    200,
    ctx.formatter.entity(
      selectProps(rootFolderEntity(ctx, list), options.select, 'SP.Folder'),
      'SP.ApiData.Folders/@Element',
    ),
  );
}

/** Gives $filter on an empty site a type to check property names against. */
function placeholderList(): ListRecord {
  return {
    id: '00000000-0000-0000-0000-000000000000',
    title: '',
    serverRelativeUrl: '',
    baseTemplate: 100,
    entityName: '',
    contentTypeId: '',
    created: '',
    lastItemModified: '',
    lastItemDeleted: '',
    props: {},
  };
}
