import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { settleInOneBatch } from '../batch';
import { DuplicateValueError, sharePointCall } from '../errors';
import { odataString } from '../odata';
import type {
  ACKNOWLEDGEMENT_STATUS_CHOICES,
  DOCUMENT_KIND_CHOICES,
  DOCUMENT_STATUS_CHOICES,
} from '../schema';
import {
  choiceCode,
  choiceLabel,
  documentAcknowledgementsList,
  fieldOf,
  qualityDocumentsList,
  type ChoiceCode,
} from '../schema';
import { SiteLists } from '../web-url';
import { allOf, etagOf } from './paging';

export type DocumentKind = ChoiceCode<typeof DOCUMENT_KIND_CHOICES>;
export type DocumentStatus = ChoiceCode<typeof DOCUMENT_STATUS_CHOICES>;
export type AcknowledgementStatus = ChoiceCode<typeof ACKNOWLEDGEMENT_STATUS_CHOICES>;

export interface DocumentMetadata {
  readonly code: string;
  readonly title: string;
  readonly kind: DocumentKind;
  readonly status: DocumentStatus;
  readonly version: string;
  /** Site user ids (from ensureUser). */
  readonly ownerUserId: number | null;
  readonly approverUserId: number | null;
  readonly reviewDate: string | null;
  readonly requiresAcknowledgement: boolean;
}

export interface StoredDocument extends DocumentMetadata {
  readonly id: number;
  readonly fileName: string;
  readonly serverRelativeUrl: string;
  readonly etag: string;
}

interface DocumentItem {
  Id: number;
  Title: string | null;
  FileLeafRef: string;
  FileRef: string;
  DocumentCode: string;
  DocumentKind: string;
  DocumentStatus: string;
  DocumentVersion: string | null;
  DocumentOwnerId: number | null;
  ApproverId: number | null;
  ReviewDate: string | null;
  RequiresAcknowledgement: boolean | null;
}

const SELECT = [
  'Id',
  'Title',
  'FileLeafRef',
  'FileRef',
  'DocumentCode',
  'DocumentKind',
  'DocumentStatus',
  'DocumentVersion',
  'DocumentOwnerId',
  'ApproverId',
  'ReviewDate',
  'RequiresAcknowledgement',
];
const kindField = fieldOf(qualityDocumentsList, 'DocumentKind');
const statusField = fieldOf(qualityDocumentsList, 'DocumentStatus');
const ackStatusField = fieldOf(documentAcknowledgementsList, 'AcknowledgementStatus');

const acknowledgementKey = (documentId: number, version: string, userId: number) =>
  `${documentId}#${version}#${userId}`;

/**
 * The quality system's controlled documents (a library: files with versions) and who has
 * confirmed reading which version. Metadata is written on the file's library item.
 */
export class QualityDocumentsRepository {
  private readonly site: SiteLists;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  /**
   * Uploads a new document (or a new version of the same file name when `overwrite`) and writes
   * its metadata. Files up to 250 MB go in one request; larger ones need chunked upload.
   */
  async upload(
    fileName: string,
    content: ArrayBuffer | string,
    metadata: DocumentMetadata,
    options: { overwrite?: boolean } = {},
  ): Promise<StoredDocument> {
    const url = await this.site.url(qualityDocumentsList);
    const file = await sharePointCall(() =>
      this.sp.web
        .getFolderByServerRelativePath(url)
        .files.addUsingPath(fileName, content, { Overwrite: options.overwrite ?? false }),
    );
    const item = await sharePointCall(() =>
      this.sp.web.getFileByServerRelativePath(file.ServerRelativeUrl).getItem<{ Id: number }>('Id'),
    );
    await sharePointCall(() => item.update(toValues(metadata)));
    return this.get(item.Id);
  }

  async get(id: number): Promise<StoredDocument> {
    const list = await this.site.list(qualityDocumentsList);
    const item = await sharePointCall((): Promise<DocumentItem> =>
      list.items.getById(id).select(...SELECT)(),
    );
    return toDocument(item);
  }

  async findByCode(code: string): Promise<StoredDocument | null> {
    const list = await this.site.list(qualityDocumentsList);
    const items = await sharePointCall((): Promise<DocumentItem[]> =>
      list.items
        .select(...SELECT)
        .filter(`DocumentCode eq ${odataString(code)}`)
        .top(1)(),
    );
    return items[0] ? toDocument(items[0]) : null;
  }

  /** Changes metadata unless the document changed since `etag` (ConcurrencyConflictError). */
  async updateMetadata(id: number, metadata: Partial<DocumentMetadata>, etag: string): Promise<string> {
    const list = await this.site.list(qualityDocumentsList);
    const result = await sharePointCall((): Promise<{ etag: string | null }> =>
      list.items.getById(id).update(toValues(metadata), etag),
    );
    return result.etag ?? '';
  }

  /** Documents whose review date is on or before `date` (ISO), soonest first (ReviewDate is indexed). */
  async dueForReview(date: string): Promise<StoredDocument[]> {
    const list = await this.site.list(qualityDocumentsList);
    const items = await allOf<DocumentItem>(
      list.items
        .select(...SELECT)
        .filter(`ReviewDate le datetime${odataString(date)}`)
        .orderBy('ReviewDate', true),
    );
    return items
      .map(toDocument)
      .filter((document) => document.status !== 'withdrawn' && document.status !== 'draft');
  }

  /**
   * Asks people to confirm they read this version: one row each (a row that exists already,
   * e.g. from a reminder, stays as it is), 100 per $batch. Returns how many were new.
   */
  async requestAcknowledgements(
    document: StoredDocument,
    readerUserIds: readonly number[],
    at: Date,
  ): Promise<number> {
    const url = await this.site.url(documentAcknowledgementsList);
    const requested = choiceLabel(ackStatusField, 'requested');
    const readers = [...new Set(readerUserIds)];
    const settled = await settleInOneBatch(this.sp, (batched) =>
      readers.map((userId) =>
        sharePointCall(() =>
          batched.web.getList(url).items.add({
            Title: document.title,
            DocumentId: document.id,
            ReaderId: userId,
            DocumentVersion: document.version,
            AcknowledgementKey: acknowledgementKey(document.id, document.version, userId),
            AcknowledgementStatus: requested,
            RequestedOn: at.toISOString(),
          }),
        ),
      ),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    return settled.filter((result) => result.status === 'fulfilled').length;
  }

  /** The reader confirms (idempotent for the same row; a stale ETag is ConcurrencyConflictError). */
  async acknowledge(requestId: number, etag: string, at: Date): Promise<void> {
    const list = await this.site.list(documentAcknowledgementsList);
    await sharePointCall(() =>
      list.items.getById(requestId).update(
        {
          AcknowledgementStatus: choiceLabel(ackStatusField, 'acknowledged'),
          AcknowledgedOn: at.toISOString(),
        },
        etag,
      ),
    );
  }

  /** Counts per status for one document version (the quality manager's "who has read it"). */
  async acknowledgementCounts(
    documentId: number,
    version: string,
  ): Promise<Record<AcknowledgementStatus, number>> {
    const list = await this.site.list(documentAcknowledgementsList);
    const items = await allOf<{ AcknowledgementStatus: string; DocumentVersion: string }>(
      list.items
        .select('AcknowledgementStatus', 'DocumentVersion')
        .filter(`DocumentId eq ${Math.trunc(documentId)}`),
    );
    const counts: Record<AcknowledgementStatus, number> = { requested: 0, acknowledged: 0 };
    for (const item of items.filter((row) => row.DocumentVersion === version)) {
      const status = choiceCode(ackStatusField, item.AcknowledgementStatus) as AcknowledgementStatus | null;
      if (status) counts[status] += 1;
    }
    return counts;
  }
}

function toValues(metadata: Partial<DocumentMetadata>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (metadata.title !== undefined) values.Title = metadata.title;
  if (metadata.code !== undefined) values.DocumentCode = metadata.code;
  if (metadata.kind !== undefined) values.DocumentKind = choiceLabel(kindField, metadata.kind);
  if (metadata.status !== undefined) values.DocumentStatus = choiceLabel(statusField, metadata.status);
  if (metadata.version !== undefined) values.DocumentVersion = metadata.version;
  if (metadata.ownerUserId !== undefined) values.DocumentOwnerId = metadata.ownerUserId;
  if (metadata.approverUserId !== undefined) values.ApproverId = metadata.approverUserId;
  if (metadata.reviewDate !== undefined) values.ReviewDate = metadata.reviewDate;
  if (metadata.requiresAcknowledgement !== undefined)
    values.RequiresAcknowledgement = metadata.requiresAcknowledgement;
  return values;
}

function toDocument(item: DocumentItem): StoredDocument {
  return {
    id: item.Id,
    etag: etagOf(item),
    fileName: item.FileLeafRef,
    serverRelativeUrl: item.FileRef,
    code: item.DocumentCode,
    title: item.Title ?? item.FileLeafRef,
    kind: (choiceCode(kindField, item.DocumentKind) as DocumentKind | null) ?? 'record',
    status: (choiceCode(statusField, item.DocumentStatus) as DocumentStatus | null) ?? 'draft',
    version: item.DocumentVersion ?? '',
    ownerUserId: item.DocumentOwnerId,
    approverUserId: item.ApproverId,
    reviewDate: item.ReviewDate,
    requiresAcknowledgement: item.RequiresAcknowledgement ?? false,
  };
}
