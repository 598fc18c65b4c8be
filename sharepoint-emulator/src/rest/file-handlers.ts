import { spErrors } from '../errors';
import type { ApiResponse, ContentStream } from '../http/api-types';
import { fileEtag, type FileRecord } from '../model/files';
import { listItemEntityType } from '../model/names';
import type { ListRecord } from '../model/types';
import { parseQueryOptions } from '../odata/query-options';
import {
  booleanValue,
  integerValue,
  isGuid,
  namedArgs,
  stringValue,
  type PathArg,
  type PathSegment,
} from '../odata/resource-path';
import type { FileActor } from '../site/files';
import { LIST_VIEW_THRESHOLD } from '../site/list-view-threshold';
import { queryEntities, selectProps } from './collection-query';
import type { RequestContext } from './context';
import { expandEntity, type NavigationProperty } from './expansions';
import { libraryItemEntity } from './item-handlers';
import { fileEntity, versionEntity } from './serialize-file';

/** What a file can expand: its library item. */
function fileNavigations(ctx: RequestContext, file: FileRecord): NavigationProperty[] {
  const list = ctx.site.lists.byId(file.listId);
  return [
    {
      name: 'ListItemAllFields',
      typeName: listItemEntityType(list.entityName, list.baseTemplate),
      load: () => libraryItemEntity(ctx, list, file.itemId),
    },
  ];
}

function actor(ctx: RequestContext): FileActor {
  return { user: ctx.user, origin: ctx.origin };
}

function only(ctx: RequestContext, method: string, what: string): void {
  if (ctx.request.method !== method) throw spErrors.methodNotAllowed(ctx.request.method, what);
}

/** GET a file's properties; DELETE it (its item and versions go with it). */
export function handleFile(ctx: RequestContext, file: FileRecord): ApiResponse {
  switch (ctx.request.method) {
    case 'GET': {
      const options = parseQueryOptions(ctx.query);
      const entity = selectProps(
        expandEntity(fileEntity(ctx, file), options, 'SP.File', fileNavigations(ctx, file)),
        options.select,
        'SP.File',
      );
      return ctx.json(200, ctx.formatter.entity(entity, 'SP.ApiData.Files12/@Element'), {
        etag: fileEtag(file),
      });
    }
    case 'DELETE':
      ctx.site.files.delete(file, ctx.request.headers['if-match']);
      return ctx.empty();
    default:
      throw spErrors.methodNotAllowed(ctx.request.method, 'a file');
  }
}

/** GET folder.files: the files of a library's root folder. */
export function handleFiles(ctx: RequestContext, list: ListRecord): ApiResponse {
  only(ctx, 'GET', 'the files collection');
  // Listing a folder reads all of its items: SharePoint refuses it above the list view threshold.
  if (ctx.site.itemStore.count(list.id) > LIST_VIEW_THRESHOLD) throw spErrors.listViewThreshold();
  const options = parseQueryOptions(ctx.query);
  const files = ctx.site.files.inLibrary(list).flatMap((file) => {
    const item = ctx.site.itemStore.get(list.id, file.itemId);
    const seen = item ? ctx.site.files.seenBy(list, item, file, ctx.user) : undefined;
    return seen ? [seen.file] : [];
  });
  const entities = files.map((f) => fileEntity(ctx, f));
  const sample = entities[0]?.props ?? {};
  const rows = queryEntities(entities, options, ctx.query.get('$filter') ?? '', 'SP.File', sample);
  return ctx.json(200, ctx.formatter.collection(rows, 'SP.ApiData.Files12'));
}

/**
 * POST files/addUsingPath(decodedurl='a.docx',Overwrite=true) — or the older files/add(url=…,
 * overwrite=…) — with the file's bytes as the body. Answers with the new SP.File.
 */
export function handleUpload(ctx: RequestContext, list: ListRecord, segment: PathSegment): ApiResponse {
  only(ctx, 'POST', segment.name);
  const args = namedArgs(segment, segment.key === 'add' ? 'url' : 'decodedurl');
  const name = stringValue(args.get(segment.key === 'add' ? 'url' : 'decodedurl'), 'decodedurl');
  const overwrite = booleanValue(args.get('overwrite'), 'Overwrite');
  if (
    args.has('ensureuniquefilename') &&
    booleanValue(args.get('ensureuniquefilename'), 'EnsureUniqueFileName')
  )
    throw spErrors.unsupportedByEmulator('EnsureUniqueFileName');
  const file = ctx.site.files.upload(list, name, ctx.request.raw, overwrite, actor(ctx));
  return ctx.json(200, ctx.formatter.entity(fileEntity(ctx, file), 'SP.ApiData.Files12/@Element'), {
    etag: fileEtag(file),
  });
}

/** GET …/$value downloads the bytes; PUT (file.setContent) replaces them. */
export function handleFileContent(ctx: RequestContext, file: FileRecord): ApiResponse {
  switch (ctx.request.method) {
    case 'GET':
      return binary(ctx.site.files.contentStream(file.contentHash), fileEtag(file));
    case 'PUT':
    case 'POST': {
      const updated = ctx.site.files.setContent(file, ctx.request.raw, actor(ctx));
      return ctx.noContent({ etag: fileEtag(updated) });
    }
    default:
      throw spErrors.methodNotAllowed(ctx.request.method, 'the content of a file');
  }
}

/** checkin, checkout, undoCheckout, publish, approve, deny, recycle: POST methods of SP.File. */
export function handleFileMethod(ctx: RequestContext, file: FileRecord, segment: PathSegment): ApiResponse {
  only(ctx, 'POST', segment.name);
  const files = ctx.site.files;
  const args = namedArgs(segment, 'comment');
  const comment = stringValue(args.get('comment'), 'comment');
  switch (segment.key) {
    case 'checkin':
      files.checkin(file, comment, integerValue(args.get('checkintype'), 'checkintype'), actor(ctx));
      return ctx.json(200, ctx.formatter.voidResult('CheckIn'));
    case 'checkout':
      files.checkout(file, actor(ctx));
      return ctx.json(200, ctx.formatter.voidResult('CheckOut'));
    case 'undocheckout':
      files.undoCheckout(file, actor(ctx));
      return ctx.json(200, ctx.formatter.voidResult('UndoCheckOut'));
    case 'publish':
      files.publish(file, comment, actor(ctx));
      return ctx.json(200, ctx.formatter.voidResult('Publish'));
    case 'approve':
      files.approve(file, comment, actor(ctx));
      return ctx.json(200, ctx.formatter.voidResult('Approve'));
    case 'deny':
      files.deny(file, comment, actor(ctx));
      return ctx.json(200, ctx.formatter.voidResult('Deny'));
    case 'recycle': {
      const list = ctx.site.lists.byId(file.listId);
      const recycleId = ctx.site.items.recycle(list, file.itemId, ctx.user);
      return ctx.json(200, ctx.formatter.primitive('Recycle', 'Edm.Guid', recycleId));
    }
    default:
      throw spErrors.resourceNotFound(segment.raw);
  }
}

/** GET file.versions: the earlier versions, oldest first. */
export function handleVersions(ctx: RequestContext, file: FileRecord): ApiResponse {
  only(ctx, 'GET', 'the versions collection');
  const options = parseQueryOptions(ctx.query);
  const entities = ctx.site.files.versionsSeenBy(file, ctx.user).map((v) => versionEntity(ctx, file, v));
  const sample = entities[0]?.props ?? versionEntity(ctx, file, placeholderVersion()).props;
  const rows = queryEntities(entities, options, ctx.query.get('$filter') ?? '', 'SP.FileVersion', sample);
  return ctx.json(200, ctx.formatter.collection(rows, 'SP.ApiData.FileVersions'));
}

/** GET versions(512): one earlier version. */
export function handleVersion(ctx: RequestContext, file: FileRecord, uiVersion: number): ApiResponse {
  only(ctx, 'GET', 'a file version');
  const options = parseQueryOptions(ctx.query);
  const entity = selectProps(
    versionEntity(ctx, file, ctx.site.files.versionSeenBy(file, uiVersion, ctx.user)),
    options.select,
    'SP.FileVersion',
  );
  return ctx.json(200, ctx.formatter.entity(entity, 'SP.ApiData.FileVersions/@Element'));
}

/** GET versions(512)/$value: the bytes of an earlier version. */
export function handleVersionContent(ctx: RequestContext, file: FileRecord, uiVersion: number): ApiResponse {
  only(ctx, 'GET', 'the content of a file version');
  const version = ctx.site.files.versionSeenBy(file, uiVersion, ctx.user);
  return binary(ctx.site.files.contentStream(version.contentHash), undefined);
}

/**
 * POST startUpload(uploadId=guid'…'), continueUpload(uploadId=…,fileOffset=n),
 * finishUpload(uploadId=…,fileOffset=n) with a fragment as the body, cancelUpload(uploadId=…):
 * SharePoint's chunked upload (see site/upload-sessions.ts). Start and continue answer the bytes
 * received so far (an Edm.Int64, written as a string); finish answers the SP.File.
 */
export function handleUploadSession(
  ctx: RequestContext,
  file: FileRecord,
  segment: PathSegment,
): ApiResponse {
  only(ctx, 'POST', segment.name);
  const args = namedArgs(segment, 'uploadid');
  const uploadId = guidValue(args.get('uploadid'));
  const uploads = ctx.site.uploads;
  const fragment = ctx.request.raw;
  switch (segment.key) {
    case 'startupload': {
      const size = uploads.start(file, uploadId, fragment, actor(ctx));
      return ctx.json(200, ctx.formatter.primitive('StartUpload', 'Edm.Int64', String(size)));
    }
    case 'continueupload': {
      const size = uploads.continue(file, uploadId, offsetValue(args.get('fileoffset')), fragment);
      return ctx.json(200, ctx.formatter.primitive('ContinueUpload', 'Edm.Int64', String(size)));
    }
    case 'finishupload': {
      const done = uploads.finish(file, uploadId, offsetValue(args.get('fileoffset')), fragment, actor(ctx));
      return ctx.json(200, ctx.formatter.entity(fileEntity(ctx, done), 'SP.ApiData.Files12/@Element'), {
        etag: fileEtag(done),
      });
    }
    case 'cancelupload':
      uploads.cancel(file, uploadId);
      return ctx.json(200, ctx.formatter.voidResult('CancelUpload'));
    default:
      throw spErrors.resourceNotFound(segment.raw);
  }
}

function guidValue(arg: PathArg | undefined): string {
  if (arg === undefined) throw spErrors.missingParameter('uploadId');
  if ((arg.kind === 'guid' || arg.kind === 'string') && isGuid(arg.value)) return arg.value.toLowerCase();
  throw spErrors.cannotConvert('uploadId', 'Edm.Guid');
}

/** fileOffset is an Edm.Int64: a number or, beyond 2^53, digits. */
function offsetValue(arg: PathArg | undefined): number {
  if (arg === undefined) throw spErrors.missingParameter('fileOffset');
  const value = arg.kind === 'number' ? arg.value : arg.kind === 'string' ? Number(arg.value) : NaN;
  if (!Number.isSafeInteger(value) || value < 0) throw spErrors.cannotConvert('fileOffset', 'Edm.Int64');
  return value;
}

function binary(content: ContentStream, etag: string | undefined): ApiResponse {
  return {
    status: 200,
    headers: {
      'content-type': 'application/octet-stream',
      'content-length': String(content.size),
      ...(etag ? { etag } : {}),
    },
    body: content,
  };
}

function placeholderVersion() {
  return { uiVersion: 512, contentHash: '', length: 0, created: '', createdBy: 0, checkInComment: '' };
}
