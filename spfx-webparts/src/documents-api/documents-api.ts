import type {
  AcknowledgeDocumentRequest,
  ApproveDocumentRequest,
  CommentDocumentRequest,
  DocumentChangeReply,
  DocumentDetailReply,
  DocumentFilter,
  DocumentOverviewReply,
  DocumentRegisterReply,
  MyAcknowledgementsReply,
  ReturnDocumentRequest,
  ReviewDocumentRequest,
} from '@kvalita/core';

import { createServiceCall, type SendJson } from '../measures-api/measures-api';
import { documentReplyReaders, type DocumentReplyReaders } from './document-replies';

/**
 * The documents web parts' only way to the controlled documents: the app service's API
 * (core/src/documents/contract.ts, under /api/documents). The library is read-only for people in
 * SharePoint as far as the workflow goes; the service applies the role matrix and the lifecycle to
 * every read and change. In SharePoint it is called with the user's Entra token (AadHttpClient),
 * on the local page with the local demo sign-in.
 */
export interface DocumentsApi {
  listDocuments(filter: DocumentFilter): Promise<DocumentRegisterReply>;
  getDocument(id: number): Promise<DocumentDetailReply>;
  myAcknowledgements(): Promise<MyAcknowledgementsReply>;
  /** The quality manager's and the director's overview; refused (403) for everyone else. */
  overview(): Promise<DocumentOverviewReply>;
  acknowledge(id: number, request: AcknowledgeDocumentRequest): Promise<DocumentChangeReply>;
  approve(id: number, request: ApproveDocumentRequest): Promise<DocumentChangeReply>;
  returnDraft(id: number, request: ReturnDocumentRequest): Promise<DocumentChangeReply>;
  review(id: number, request: ReviewDocumentRequest): Promise<DocumentChangeReply>;
  comment(id: number, request: CommentDocumentRequest): Promise<DocumentChangeReply>;
  /** A version's file (its contentUrl, an API address) with the signed-in person's rights. */
  downloadFile(contentUrl: string): Promise<Blob>;
}

/** Gets a file from the service: GET of an API path, the body as a Blob (non-2xx throws). */
export type DownloadFile = (path: string) => Promise<Blob>;

/** The register's filter as the query string GET /api/documents reads (lists comma-separated). */
export function documentFilterQuery(filter: DocumentFilter): string {
  const params: string[] = [];
  const fields = filter as Readonly<Record<string, unknown>>;
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    params.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
  }
  return params.length === 0 ? '' : `?${params.join('&')}`;
}

/**
 * A version's contentUrl as a path under the service: the service may answer it absolute (its own
 * origin) or relative; either way the request goes to the service the web part is connected to.
 */
export function serviceRelativePath(contentUrl: string): string {
  const url = new URL(contentUrl, 'http://service.invalid');
  return `${url.pathname}${url.search}`;
}

/** The API on any transport: paths under /api, JSON both ways, every reply checked before use. */
export function createDocumentsApi(
  send: SendJson,
  download: DownloadFile,
  readers: DocumentReplyReaders = documentReplyReaders,
): DocumentsApi {
  const call = createServiceCall(send);
  const documentPath = (id: number): string => `documents/${encodeURIComponent(String(id))}`;
  return {
    listDocuments: async (filter) => readers.register(await call('GET', `documents${documentFilterQuery(filter)}`)),
    getDocument: async (id) => readers.detail(await call('GET', documentPath(id))),
    myAcknowledgements: async () => readers.myAcknowledgements(await call('GET', 'documents/acknowledgements/mine')),
    overview: async () => readers.overview(await call('GET', 'documents/overview')),
    acknowledge: async (id, request) => readers.detail(await call('POST', `${documentPath(id)}/acknowledge`, request)),
    approve: async (id, request) => readers.detail(await call('POST', `${documentPath(id)}/approve`, request)),
    returnDraft: async (id, request) => readers.detail(await call('POST', `${documentPath(id)}/return`, request)),
    review: async (id, request) => readers.detail(await call('POST', `${documentPath(id)}/review`, request)),
    comment: async (id, request) => readers.detail(await call('POST', `${documentPath(id)}/comments`, request)),
    downloadFile: (contentUrl) => download(serviceRelativePath(contentUrl)),
  };
}
