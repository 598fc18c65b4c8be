import {
  DOCUMENT_LIMITS,
  DuplicateKeyError,
  StaleVersionError,
  type DocumentComment,
  type DocumentContent,
  type DocumentDraft,
  type DocumentEvent,
  type DocumentFileType,
  type DocumentStateChange,
  type DocumentUpload,
  type DocumentVersion,
  type DocumentsStore,
  type NewDocumentEvent,
  type StoredDocument,
  type StoredDocumentQuery,
  type StoredDocumentSummary,
  type VersionApproval,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { inOneBatch } from '../platform/batch';
import { toSharePointDate } from '../platform/dates';
import {
  ConcurrencyConflictError,
  DuplicateValueError,
  NotFoundError,
  SharePointError,
} from '../platform/errors';
import { MAX_PAGE_SIZE, etagOf, pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { SiteContext } from '../platform/site-context';
import { ensurePeople, userOf, type SiteUser } from '../measures/measure-people';
import { idWindows } from '../measures/register-query';
import { holdsCode } from './code-set';
import { approveDraft } from './document-approval';
import { DocumentFileTypeError } from './document-errors';
import { chunksOf, fileAt, underCheckout, uploadChunked } from './document-file';
import {
  COMMENT,
  EVENT,
  documentKinds,
  documentStatuses,
  eventKinds,
  fileTypeOf,
  revisionStatuses,
  selectDetail,
  selectSummary,
  toComment,
  toSummary,
  type CommentRow,
  type DocumentDetailRow,
  type DocumentSummaryRow,
  type EventRow,
  type FileColumns,
} from './document-rows';
import { toStoredDocument, toVersionEvent } from './stored-document';
import { buildVersions, type CurrentFileRow, type FileVersionRow } from './document-versions';
import {
  documentFileName,
  draftEmails,
  draftValues,
  stateValues,
  type DocumentValues,
} from './document-values';
import { documentCommentsList } from './lists/document-comments';
import { documentEventsList } from './lists/document-events';
import { documentsLibrary } from './lists/documents';
import { isMajorLabel, uiVersionOf } from './version-labels';

const onDocuments = filterOn(documentsLibrary);
const onEvents = filterOn(documentEventsList);
const onComments = filterOn(documentCommentsList);

/** The version create makes: an empty file, filled by the first upload. */
const PLACEHOLDER_LABEL = '0.1';

export const CURRENT_FILE = ['Name', 'Length', 'UIVersionLabel', 'TimeLastModified'] as const;
export const FILE_VERSION = ['VersionLabel', 'Created', 'Size', 'Length'] as const;

export interface DocumentsRepositoryOptions {
  /** The clock events and approvals are stamped with (tests and the demo set it). */
  readonly now?: () => Date;
  /** Bytes per chunk of an upload (default DOCUMENT_LIMITS.uploadChunkBytes, 10 MB). */
  readonly uploadChunkBytes?: number;
}

/** The file state of a document's item, read before a write. */
type FileState = FileColumns & { readonly Id: number };

/**
 * The controlled documents on the KvalitaDocuments library and its history and comments lists:
 * the storage port DocumentsStore. Reads use the app's rights and return drafts too (the service
 * decides who sees what). Writes check the ETag first and write nothing when it is stale
 * (StaleVersionError); a taken code is a DuplicateKeyError; a file of another type or a wrong
 * length a RangeError (400). Metadata changes never add a version (see document-file.ts).
 *
 * Round trips: `summaries` 2 (the highest ID, then one $batch of ID windows of 5,000, so no query
 * meets the list view threshold however many documents); `get` 1 $batch (item, file, its versions,
 * the history); `versions` the same; `events` and `comments` 1 per 5,000; `create` 7 (people, the
 * empty file, its item, check-out, metadata, check-in, the 'created' event); `change` 5 (people and
 * the file's state, check-out, metadata, check-in, the event; 3 when it starts a revision);
 * `uploadDraft` 2 + one per chunk + 1 (the first, into 0.1, 3 more: its length, check-out,
 * check-in); `approve` see document-approval.ts; `content` 2 (the item, then the bytes, streamed).
 */
export class DocumentsRepository implements DocumentsStore {
  private readonly now: () => Date;

  constructor(
    private readonly site: SiteContext,
    private readonly options: DocumentsRepositoryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  async summaries(query: StoredDocumentQuery): Promise<StoredDocumentSummary[]> {
    const url = await this.site.listUrl(documentsLibrary);
    const clauses = documentClauses(query);
    if (clauses === null) return [];
    const top = await this.site.sp.web.getList(url).items.select('Id').orderBy('Id', false).top(1)<
      { Id: number }[]
    >();
    const maxId = top[0]?.Id ?? 0;
    if (maxId === 0) return [];
    const pages = await inOneBatch<DocumentSummaryRow[][]>(this.site.sp, (batched) =>
      idWindows(maxId, clauses).map((filter) =>
        selectSummary(batched.web.getList(url).items).filter(filter).orderBy('Id', true).top(MAX_PAGE_SIZE)<
          DocumentSummaryRow[]
        >(),
      ),
    );
    const origin = this.origin();
    return pages.flat().map((row) => toSummary(row, origin));
  }

  async get(id: number): Promise<StoredDocument | null> {
    const read = await this.readWhole(id);
    if (read === null) return null;
    const departments = await this.site.departments.get();
    return toStoredDocument({ ...read, origin: this.origin(), departments });
  }

  async versions(id: number): Promise<DocumentVersion[]> {
    const read = await this.readWhole(id);
    if (read === null) return [];
    const row = read.row;
    return buildVersions({
      documentId: row.Id,
      type: fileTypeOf(row.FileLeafRef) ?? 'docx',
      status: documentStatuses.code(row.DocumentStatus) ?? 'draft',
      revisionStatus: revisionStatuses.code(row.RevisionStatus),
      effectiveVersion: row.EffectiveVersion ?? null,
      reasonForChange: row.ReasonForChange ?? null,
      moderationStatus: row.OData__ModerationStatus,
      current: read.file,
      history: read.history,
      events: read.events,
    });
  }

  async events(id: number): Promise<DocumentEvent[]> {
    const list = await this.site.list(documentEventsList);
    const query = EVENT.applyTo(list.items)
      .filter(onEvents('DocumentId', 'eq', Math.trunc(id)))
      .orderBy('Id', false);
    const events: DocumentEvent[] = [];
    for await (const page of pagesOf<EventRow>(query, MAX_PAGE_SIZE))
      events.push(...page.map(toVersionEvent));
    return events.map(({ id: eventId, kind, at, by, versionLabel, note }) => ({
      id: eventId,
      kind,
      at,
      by,
      versionLabel,
      note,
    }));
  }

  async comments(id: number): Promise<DocumentComment[]> {
    const list = await this.site.list(documentCommentsList);
    const query = COMMENT.applyTo(list.items)
      .filter(onComments('DocumentId', 'eq', Math.trunc(id)))
      .orderBy('Id', false);
    const comments: DocumentComment[] = [];
    for await (const page of pagesOf<CommentRow>(query, MAX_PAGE_SIZE)) comments.push(...page.map(toComment));
    return comments;
  }

  /**
   * The document as a draft: the library file `<code>.<type>` (empty, minor version 0.1, which only
   * approvers see) with the draft's metadata, and its 'created' event. People and departments are
   * checked before anything is written; should a later step fail, the file is taken back.
   */
  async create(
    draft: DocumentDraft,
    fileType: DocumentFileType,
    createdByEmail: string,
    event: NewDocumentEvent,
  ): Promise<number> {
    const [users, departments, url] = await Promise.all([
      ensurePeople(this.site.sp, [...draftEmails(draft), createdByEmail, event.byEmail]),
      this.site.departments.get(),
      this.site.listUrl(documentsLibrary),
    ]);
    const values: DocumentValues = {
      ...draftValues(draft, users, departments, createdByEmail),
      DocumentStatus: documentStatuses.label('draft'),
      RevisionStatus: revisionStatuses.label('draft'),
      CreatedById: userOf(users, createdByEmail).Id,
    };
    const name = documentFileName(draft.code, fileType);
    const added = await this.site.sp.web
      .getList(url)
      .rootFolder.files.addUsingPath(name, '', { Overwrite: false })
      .catch((error: unknown) => {
        throw fileExists(error) ? new DuplicateKeyError(`a document file named ${name} exists`) : error;
      });
    const file = fileAt(this.site.sp, added.ServerRelativeUrl);
    try {
      const item = await file.getItem<{ Id: number }>('Id');
      await underCheckout(file, () => item.update(values));
      await this.appendEvent(item.Id, event, users);
      return item.Id;
    } catch (error) {
      await file.delete().catch(() => undefined);
      throw domainWriteError(error);
    }
  }

  async change(
    id: number,
    etag: string,
    change: { readonly draft?: DocumentDraft; readonly state?: DocumentStateChange },
    event: NewDocumentEvent,
  ): Promise<void> {
    const documentId = Math.trunc(id);
    const [state, users, departments] = await Promise.all([
      this.fileState(documentId, etag),
      ensurePeople(this.site.sp, [...(change.draft ? draftEmails(change.draft) : []), event.byEmail]),
      this.site.departments.get(),
    ]);
    const values: DocumentValues = {
      ...(change.draft ? draftValues(change.draft, users, departments, event.byEmail) : {}),
      ...stateValues(change.state ?? {}),
    };
    const item = await this.item(documentId);
    try {
      if (startsDraft(state, change)) await item.update(values, etag);
      else await underCheckout(fileAt(this.site.sp, state.FileRef ?? ''), () => item.update(values, etag));
    } catch (error) {
      throw domainWriteError(error);
    }
    await this.appendEvent(documentId, event, users);
  }

  /**
   * Streams the file into the next draft (minor version) with SharePoint's chunked upload, if the
   * document is still at `etag` and the file is of the document's type. The 'uploaded' event names
   * the version SharePoint made (its label, e.g. "1.3"; the first upload fills 0.1). An upload that fails or breaks off is
   * cancelled: no new version, the previous file as it was.
   */
  async uploadDraft(
    id: number,
    etag: string,
    upload: DocumentUpload,
    event: NewDocumentEvent,
  ): Promise<void> {
    const documentId = Math.trunc(id);
    const [state, users] = await Promise.all([
      this.fileState(documentId, etag),
      ensurePeople(this.site.sp, [event.byEmail]),
    ]);
    const type = fileTypeOf(state.FileLeafRef) ?? upload.type;
    if (upload.type !== type) throw new DocumentFileTypeError(type, upload.type);
    if (!Number.isSafeInteger(upload.bytes) || upload.bytes < 0 || upload.bytes > DOCUMENT_LIMITS.fileBytes)
      throw new RangeError(
        `A document's file has from 0 to ${DOCUMENT_LIMITS.fileBytes} bytes, not ${upload.bytes}`,
      );
    const file = fileAt(this.site.sp, state.FileRef ?? '');
    const send = () => uploadChunked(file, upload.content, upload.bytes, this.options.uploadChunkBytes);
    // The first file fills the empty 0.1 that create made (checked out, checked in over it), so the
    // first draft is 0.1; every later one is the next minor version.
    // An approval that took the file meanwhile refuses the upload: a stale document, reload it.
    const uploaded = await (
      (await this.isPlaceholder(file, state))
        ? underCheckout(file, send).then((sent) => ({ ...sent, label: PLACEHOLDER_LABEL }))
        : send()
    ).catch((error: unknown) => {
      throw domainWriteError(error);
    });
    await this.appendEvent(documentId, { ...event, versionLabel: uploaded.label }, users);
  }

  async approve(id: number, etag: string, approval: VersionApproval, event: NewDocumentEvent): Promise<void> {
    await approveDraft(
      {
        site: this.site,
        now: this.now,
        appendEvent: (documentId, entry, users, extra) => this.appendEvent(documentId, entry, users, extra),
      },
      Math.trunc(id),
      etag,
      approval,
      event,
    );
  }

  async addComment(id: number, versionLabel: string, byEmail: string, text: string): Promise<void> {
    const [users, list] = await Promise.all([
      ensurePeople(this.site.sp, [byEmail]),
      this.site.list(documentCommentsList),
    ]);
    await list.items.add({
      Title: text.slice(0, 255),
      DocumentId: Math.trunc(id),
      VersionLabel: versionLabel,
      CommentById: userOf(users, byEmail).Id,
      CommentAt: this.now().toISOString(),
      CommentText: text,
    });
  }

  /** The bytes of a version (the current one, or an earlier one from SharePoint's history), streamed. */
  async content(id: number, versionLabel: string): Promise<DocumentContent | null> {
    const list = await this.site.list(documentsLibrary);
    let row: FileState;
    try {
      row = await list.items
        .getById(Math.trunc(id))
        .select(
          'Id',
          'FileLeafRef',
          'FileRef',
          'OData__UIVersionString',
          'CheckoutUserId',
          'OData__ModerationStatus',
        )<FileState>();
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
    const type = fileTypeOf(row.FileLeafRef);
    if (type === null || !row.FileRef) return null;
    const file = fileAt(this.site.sp, row.FileRef);
    const name = row.FileLeafRef ?? '';
    if (versionLabel === row.OData__UIVersionString) {
      const stream = await file.getStream();
      return {
        name,
        type,
        bytes: stream.knownLength,
        content: chunksOf(stream.body as ReadableStream<Uint8Array>),
      };
    }
    const uiVersion = uiVersionOf(versionLabel);
    if (uiVersion === null) return null;
    try {
      const version = file.versions.getById(uiVersion);
      const info = await version.select(...FILE_VERSION)<FileVersionRow>();
      const stream = await version.getStream();
      return {
        name,
        type,
        bytes: Number(info.Size ?? info.Length ?? stream.knownLength),
        content: chunksOf(stream.body as ReadableStream<Uint8Array>),
      };
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** The item, the current file, its earlier versions and the history, in one $batch; null when absent. */
  private async readWhole(id: number): Promise<{
    row: DocumentDetailRow;
    file: CurrentFileRow;
    history: FileVersionRow[];
    events: ReturnType<typeof toVersionEvent>[];
  } | null> {
    const [libraryUrl, eventsUrl] = await Promise.all([
      this.site.listUrl(documentsLibrary),
      this.site.listUrl(documentEventsList),
    ]);
    const documentId = Math.trunc(id);
    const [batched, execute] = this.site.sp.batched();
    const item = batched.web.getList(libraryUrl).items.getById(documentId);
    const row = selectDetail(item)<DocumentDetailRow>();
    const file = item.file.select(...CURRENT_FILE)<CurrentFileRow>();
    const history = item.file.versions.select(...FILE_VERSION)<FileVersionRow[]>();
    const events = EVENT.applyTo(batched.web.getList(eventsUrl).items)
      .filter(onEvents('DocumentId', 'eq', documentId))
      .orderBy('Id', false)
      .top(MAX_PAGE_SIZE)<EventRow[]>();
    for (const part of [row, file, history, events]) part.catch(() => undefined);
    await execute();
    try {
      return {
        row: await row,
        file: await file,
        history: await history,
        events: (await events).map(toVersionEvent),
      };
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** The document's file state; StaleVersionError when it is no longer at `etag` or is checked out. */
  private async fileState(id: number, etag: string): Promise<FileState> {
    const list = await this.site.list(documentsLibrary);
    const row = await list.items
      .getById(id)
      .select(
        'Id',
        'FileLeafRef',
        'FileRef',
        'OData__UIVersionString',
        'CheckoutUserId',
        'OData__ModerationStatus',
      )<FileState>();
    if (etagOf(row) !== etag) throw new StaleVersionError();
    // Checked out: an approval (or another change) is under way.
    if (row.CheckoutUserId !== null && row.CheckoutUserId !== undefined)
      throw new StaleVersionError('the document is being changed; reload it');
    return row;
  }

  /** The empty 0.1 create made, before any upload filled it (one more read only for a 0.1). */
  private async isPlaceholder(file: ReturnType<typeof fileAt>, state: FileState): Promise<boolean> {
    if (state.OData__UIVersionString !== PLACEHOLDER_LABEL) return false;
    const info = await file.select('Length')<{ Length: string | number }>();
    return Number(info.Length) === 0;
  }

  private async item(id: number) {
    return (await this.site.list(documentsLibrary)).items.getById(id);
  }

  async appendEvent(
    documentId: number,
    event: NewDocumentEvent,
    users: ReadonlyMap<string, SiteUser>,
    extra: { readonly effectiveFrom?: string | null; readonly reason?: string | null } = {},
  ): Promise<void> {
    const list = await this.site.list(documentEventsList);
    await list.items.add({
      Title: `${event.kind} ${event.versionLabel}`.slice(0, 255),
      DocumentId: documentId,
      EventKind: eventKinds.label(event.kind),
      VersionLabel: event.versionLabel,
      EventById: userOf(users, event.byEmail).Id,
      EventAt: this.now().toISOString(),
      Note: event.note,
      EffectiveFrom: extra.effectiveFrom ? toSharePointDate(extra.effectiveFrom) : null,
      Reason: extra.reason ?? null,
    });
  }

  /** The site's origin (https://office.sharepoint.com), for the files' web addresses. */
  private origin(): string {
    return new URL(this.site.sp.web.toUrl()).origin;
  }
}

/**
 * A change that starts or edits the next draft of an approved version is written as SharePoint
 * writes it, as a new minor version (2.0 → 2.1, the approved content with the draft's metadata),
 * so readers keep seeing the approved version's metadata. Every other change (a draft's state, a
 * confirmed review's date, a withdrawal) is written over the current version, adding none.
 */
function startsDraft(
  state: FileState,
  change: { readonly draft?: DocumentDraft; readonly state?: DocumentStateChange },
): boolean {
  if (!isMajorLabel(state.OData__UIVersionString ?? '')) return false;
  return change.draft !== undefined || (change.state?.revisionStatus ?? null) !== null;
}

/** The register's filters as $filter clauses after the ID window; null when nothing can match. */
export function documentClauses(query: StoredDocumentQuery): string[] | null {
  const clauses: string[] = [];
  if (query.statuses !== undefined) {
    if (query.statuses.length === 0) return null;
    const any = query.statuses.map((status) =>
      onDocuments('DocumentStatus', 'eq', documentStatuses.label(status)),
    );
    clauses.push(any.length === 1 ? (any[0] as string) : `(${any.join(' or ')})`);
  }
  if (query.kind !== undefined)
    clauses.push(onDocuments('DocumentKind', 'eq', documentKinds.label(query.kind)));
  if (query.requiresAcknowledgement !== undefined)
    clauses.push(onDocuments('RequiresAcknowledgement', 'eq', query.requiresAcknowledgement));
  if (query.reviewBy !== undefined)
    clauses.push(onDocuments('NextReviewDate', 'le', new Date(`${query.reviewBy}T12:00:00Z`)));
  if (query.subcriterionCode !== undefined)
    clauses.push(holdsCode('RelatedSubcriteria', query.subcriterionCode));
  return clauses;
}

/** A write SharePoint refused, in the domain's words where it has them. */
export function domainWriteError(error: unknown): unknown {
  if (error instanceof ConcurrencyConflictError) return new StaleVersionError();
  if (error instanceof DuplicateValueError) return new DuplicateKeyError(error.message);
  // A second check-out: an approval or another change holds the file.
  if (error instanceof SharePointError && /checked out/i.test(error.message))
    return new StaleVersionError('the document is being changed; reload it');
  return error;
}

function fileExists(error: unknown): boolean {
  return error instanceof SharePointError && /already exists/i.test(error.message);
}
