import { spErrors } from '../errors';
import type { ApiResponse } from '../http/api-types';
import type { FileRecord } from '../model/files';
import type { FieldRecord, ListRecord } from '../model/types';
import { guidArg, intArg, stringArg, type PathSegment } from '../odata/resource-path';
import { serverRelativeUrl } from '../site/file-paths';
import type { RequestContext } from './context';
import { handleField, handleFieldCreationMethod, handleFields } from './field-handlers';
import {
  handleFile,
  handleFileContent,
  handleFileMethod,
  handleFiles,
  handleUpload,
  handleUploadSession,
  handleVersion,
  handleVersionContent,
  handleVersions,
} from './file-handlers';
import { handleItem, handleItemRecycle, handleItems, handleValidateUpdate, seenItem } from './item-handlers';
import { handleList, handleLists, handleRoleInheritance, handleRootFolder } from './list-handlers';
import { SITE_GROUPS, assertMayAccessList, assertMayChangeList } from '../site/list-security';
import { handleAddRoleAssignment, handleRoleDefinition, handleSiteGroup } from './security-handlers';
import { handleEnsureUser, handleSiteUsers, handleUser } from './user-handlers';
import { handleContextInfo, handleSite, handleWeb } from './web-handlers';

/** POST methods of SP.File the emulator implements. */
const FILE_METHODS: ReadonlySet<string> = new Set([
  'checkin',
  'checkout',
  'undocheckout',
  'publish',
  'approve',
  'deny',
  'recycle',
]);

/** SP.File's chunked upload methods. */
const UPLOAD_METHODS: ReadonlySet<string> = new Set([
  'startupload',
  'continueupload',
  'finishupload',
  'cancelupload',
]);

/** Methods SharePoint reads with over POST (a list's views, CAML queries): the Read role may call them. */
const READS_BY_POST: ReadonlySet<string> = new Set(['renderlistdataasstream', 'getitems', 'getchanges']);

/** SP.File and SP.Folder members SharePoint has and the emulator does not: a 400 that says so, not a 404. */
const NOT_EMULATED: ReadonlySet<string> = new Set([
  'unpublish',
  'copyto',
  'moveto',
  'copybypath',
  'movebypath',
  'deletewithparameters',
  'lockedbyuser',
  'checkedoutbyuser',
  'author',
  'modifiedby',
  'properties',
  'folders',
  'parentfolder',
  'addsubfolderusingpath',
  'storagemetrics',
  'deleteall',
  'deletebyid',
  'deletebylabel',
  'recyclebyid',
  'recyclebylabel',
  'restorebylabel',
]);

const NOT_EMULATED_OWNERS: Partial<Record<string, string>> = {
  file: 'SP.File',
  folder: 'SP.Folder',
  versions: 'SP.FileVersionCollection',
};

/** Where a resource path leads. Each step of the path moves from one target to the next. */
type Target =
  | { readonly kind: 'root' }
  | { readonly kind: 'web' }
  | { readonly kind: 'lists' }
  | { readonly kind: 'list'; readonly list: ListRecord }
  | { readonly kind: 'fields'; readonly list: ListRecord }
  | { readonly kind: 'items'; readonly list: ListRecord }
  | { readonly kind: 'item'; readonly list: ListRecord; readonly id: number }
  | { readonly kind: 'siteUsers' }
  | { readonly kind: 'roleDefinitions' }
  | { readonly kind: 'roleAssignments'; readonly list: ListRecord }
  /** A library's root folder (the emulator keeps no subfolders). */
  | { readonly kind: 'folder'; readonly list: ListRecord }
  | { readonly kind: 'files'; readonly list: ListRecord }
  | { readonly kind: 'file'; readonly file: FileRecord }
  | { readonly kind: 'versions'; readonly file: FileRecord }
  | { readonly kind: 'version'; readonly file: FileRecord; readonly uiVersion: number }
  /** A terminal target: a property or method that answers the request itself. */
  | { readonly kind: 'answer'; readonly respond: () => ApiResponse };

/**
 * Routes `/_api/<segments>` to a handler. Segment names match case-insensitively, as in SharePoint;
 * an unknown segment is SharePoint's "Resource not found for the segment" 404.
 */
export function routeApi(ctx: RequestContext, segments: readonly PathSegment[]): ApiResponse {
  let target: Target = { kind: 'root' };
  const writes = ctx.request.method !== 'GET' && !segments.some((segment) => READS_BY_POST.has(segment.key));
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as PathSegment;
    if (target.kind === 'answer') throw spErrors.resourceNotFound(segment.raw);
    target = step(ctx, target, segment);
    guard(ctx, target, writes);
    target = asSeen(ctx, target);
  }
  return respond(ctx, target);
}

function step(
  ctx: RequestContext,
  target: Exclude<Target, { kind: 'answer' }>,
  segment: PathSegment,
): Target {
  const { key } = segment;
  const site = ctx.site;
  const noArgs = segment.args === undefined;
  switch (target.kind) {
    case 'root':
      if (key === 'web' && noArgs) return { kind: 'web' };
      if (key === 'site' && noArgs) return { kind: 'answer', respond: () => handleSite(ctx) };
      if (key === 'contextinfo' && noArgs) return { kind: 'answer', respond: () => handleContextInfo(ctx) };
      if (key.startsWith('sp.movecopyutil.')) throw spErrors.unsupportedByEmulator(segment.name);
      break;
    case 'web':
      if (key === 'lists' && noArgs) return { kind: 'lists' };
      if (key === 'lists') return { kind: 'list', list: site.lists.byId(guidArg(segment)) };
      if (key === 'getlist') return { kind: 'list', list: site.lists.byUrl(stringArg(segment)) };
      if (key === 'getfolderbyserverrelativepath' || key === 'getfolderbyserverrelativeurl')
        return {
          kind: 'folder',
          list: site.lists.byUrl(serverRelativeUrl(stringArg(segment), site.sitePath)),
        };
      if (key === 'getfilebyserverrelativepath' || key === 'getfilebyserverrelativeurl')
        return { kind: 'file', file: site.files.byUrl(serverRelativeUrl(stringArg(segment), site.sitePath)) };
      if (key === 'getfilebyid') return { kind: 'file', file: site.files.byUniqueId(guidArg(segment)) };
      if (key === 'siteusers' && noArgs) return { kind: 'siteUsers' };
      if (key === 'siteusers') return userAnswer(ctx, () => site.users.byLoginName(stringArg(segment)));
      if (key === 'currentuser' && noArgs)
        return { kind: 'answer', respond: () => handleUser(ctx, ctx.user) };
      if (key === 'getuserbyid') return userAnswer(ctx, () => site.users.byId(intArg(segment)));
      if (Object.hasOwn(SITE_GROUPS, key) && noArgs)
        return { kind: 'answer', respond: () => handleSiteGroup(ctx, key as keyof typeof SITE_GROUPS) };
      if (key === 'roledefinitions' && noArgs) return { kind: 'roleDefinitions' };
      if (key === 'ensureuser')
        return {
          kind: 'answer',
          respond: () => handleEnsureUser(ctx, segment.args?.length ? stringArg(segment) : undefined),
        };
      break;
    case 'lists':
      if (key === 'getbytitle')
        return { kind: 'list', list: site.lists.byTitle(stringArg(segment), ctx.siteUrl) };
      if (key === 'getbyid') return { kind: 'list', list: site.lists.byId(guidArg(segment)) };
      break;
    case 'list': {
      const list = target.list;
      if (key === 'items' && noArgs) return { kind: 'items', list };
      if (key === 'items') return { kind: 'item', list, id: intArg(segment) };
      if (key === 'getitembyid') return { kind: 'item', list, id: intArg(segment) };
      if (key === 'fields' && noArgs) return { kind: 'fields', list };
      if (key === 'fields') return fieldAnswer(ctx, list, site.fields.byId(list, guidArg(segment)));
      if (key === 'rootfolder' && noArgs) return { kind: 'folder', list };
      if (key === 'breakroleinheritance' || key === 'resetroleinheritance')
        return { kind: 'answer', respond: () => handleRoleInheritance(ctx, list, segment) };
      if (key === 'roleassignments' && noArgs) return { kind: 'roleAssignments', list };
      break;
    }
    case 'roleDefinitions':
      if (key === 'getbytype' || key === 'getbyid')
        return { kind: 'answer', respond: () => handleRoleDefinition(ctx, segment) };
      break;
    case 'roleAssignments':
      if (key === 'addroleassignment') {
        const list = target.list;
        return { kind: 'answer', respond: () => handleAddRoleAssignment(ctx, list, segment) };
      }
      break;
    case 'folder':
      if (key === 'files' && noArgs) return { kind: 'files', list: target.list };
      if (key === 'files')
        return {
          kind: 'file',
          file: site.files.byUrl(`${target.list.serverRelativeUrl}/${stringArg(segment)}`),
        };
      break;
    case 'files': {
      const list = target.list;
      if (key === 'addusingpath' || key === 'add')
        return { kind: 'answer', respond: () => handleUpload(ctx, list, segment) };
      if (key === 'getbyurl')
        return { kind: 'file', file: site.files.byUrl(`${list.serverRelativeUrl}/${stringArg(segment)}`) };
      break;
    }
    case 'file': {
      const file = target.file;
      if (key === '$value' && noArgs) return { kind: 'answer', respond: () => handleFileContent(ctx, file) };
      if (key === 'listitemallfields' && noArgs)
        return { kind: 'item', list: site.lists.byId(file.listId), id: file.itemId };
      if (key === 'versions' && noArgs) return { kind: 'versions', file };
      if (key === 'versions') return { kind: 'version', file, uiVersion: intArg(segment) };
      if (FILE_METHODS.has(key))
        return { kind: 'answer', respond: () => handleFileMethod(ctx, file, segment) };
      if (UPLOAD_METHODS.has(key))
        return { kind: 'answer', respond: () => handleUploadSession(ctx, file, segment) };
      break;
    }
    case 'versions':
      if (key === 'getbyid') return { kind: 'version', file: target.file, uiVersion: intArg(segment) };
      break;
    case 'version': {
      const { file, uiVersion } = target;
      if (key === '$value' && noArgs)
        return { kind: 'answer', respond: () => handleVersionContent(ctx, file, uiVersion) };
      break;
    }
    case 'fields': {
      const list = target.list;
      if (key === 'getbyinternalnameortitle')
        return fieldAnswer(ctx, list, site.fields.byInternalNameOrTitle(list, stringArg(segment)));
      if (key === 'getbytitle') return fieldAnswer(ctx, list, site.fields.byTitle(list, stringArg(segment)));
      if (key === 'getbyid') return fieldAnswer(ctx, list, site.fields.byId(list, guidArg(segment)));
      if (key === 'createfieldasxml' || key === 'addfield')
        return { kind: 'answer', respond: () => handleFieldCreationMethod(ctx, list, key) };
      break;
    }
    case 'items':
      if (key === 'getbyid') return { kind: 'item', list: target.list, id: intArg(segment) };
      break;
    case 'item':
      if (key === 'validateupdatelistitem' && noArgs) {
        const { list, id } = target;
        return { kind: 'answer', respond: () => handleValidateUpdate(ctx, list, id) };
      }
      if (key === 'recycle') {
        const { list, id } = target;
        return { kind: 'answer', respond: () => handleItemRecycle(ctx, list, id) };
      }
      if (key === 'file' && noArgs) {
        const file = site.files.ofItem(target.list, target.id);
        if (!file) throw spErrors.fileNotFound();
        return { kind: 'file', file };
      }
      break;
    case 'siteUsers':
      if (key === 'getbyemail') return userAnswer(ctx, () => site.users.byEmail(stringArg(segment)));
      if (key === 'getbyid') return userAnswer(ctx, () => site.users.byId(intArg(segment)));
      if (key === 'getbyloginname') return userAnswer(ctx, () => site.users.byLoginName(stringArg(segment)));
      break;
  }
  const owner = NOT_EMULATED_OWNERS[target.kind];
  if (owner && NOT_EMULATED.has(key)) throw spErrors.unsupportedByEmulator(`${owner}.${segment.name}`);
  throw spErrors.resourceNotFound(segment.raw);
}

/**
 * Lists with unique role assignments are out of reach for whoever has none there, and read-only
 * for whoever holds only the Read role: anything but a GET through such a list is refused before
 * the rest of the path is looked at (see list-security.ts).
 */
function guard(ctx: RequestContext, target: Target, writes: boolean): void {
  const list =
    'list' in target ? target.list : 'file' in target ? ctx.site.lists.byId(target.file.listId) : undefined;
  if (list === undefined) return;
  assertMayAccessList(list, () => ctx.user);
  if (writes) assertMayChangeList(list, () => ctx.user);
}

/**
 * Draft item security: a library item or file whose draft the caller may not see is addressed in
 * the version they see (the last published one), or not found at all while it was never published.
 */
function asSeen(ctx: RequestContext, target: Target): Target {
  if (target.kind === 'file') return { kind: 'file', file: ctx.site.files.seenFile(target.file, ctx.user) };
  if (target.kind === 'item' && target.list.baseTemplate === 101) seenItem(ctx, target.list, target.id);
  return target;
}

function fieldAnswer(ctx: RequestContext, list: ListRecord, field: FieldRecord): Target {
  return { kind: 'answer', respond: () => handleField(ctx, list, field) };
}

function userAnswer(
  ctx: RequestContext,
  find: () => ReturnType<RequestContext['site']['users']['byId']>,
): Target {
  return { kind: 'answer', respond: () => handleUser(ctx, find()) };
}

function respond(ctx: RequestContext, target: Target): ApiResponse {
  switch (target.kind) {
    case 'answer':
      return target.respond();
    case 'web':
      return handleWeb(ctx);
    case 'lists':
      return handleLists(ctx);
    case 'list':
      return handleList(ctx, target.list);
    case 'fields':
      return handleFields(ctx, target.list);
    case 'items':
      return handleItems(ctx, target.list);
    case 'item':
      return handleItem(ctx, target.list, target.id);
    case 'siteUsers':
      return handleSiteUsers(ctx);
    case 'folder':
      return handleRootFolder(ctx, target.list);
    case 'files':
      return handleFiles(ctx, target.list);
    case 'file':
      return handleFile(ctx, target.file);
    case 'versions':
      return handleVersions(ctx, target.file);
    case 'version':
      return handleVersion(ctx, target.file, target.uiVersion);
    case 'roleDefinitions':
      throw spErrors.unsupportedByEmulator('SP.RoleDefinitionCollection');
    case 'roleAssignments':
      throw spErrors.unsupportedByEmulator('SP.RoleAssignmentCollection');
    case 'root':
      throw spErrors.resourceNotFound('_api');
  }
}
