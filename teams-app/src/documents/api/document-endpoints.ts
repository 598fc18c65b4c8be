import type { DocumentFilter } from '@kvalita/core';
import type { Send } from '../../platform/api/client';
import { lazyReplies, fileOf } from '../../platform/api/read-reply';
import { documentQuery } from './document-query';
import type { DocumentApi } from './document.types';

const document = (id: number) => `documents/${encodeURIComponent(String(id))}`;
const withQuery = (path: string, query: string) => (query === '' ? path : `${path}?${query}`);

/** The /api/documents endpoints (register, detail, workflow, file, acknowledgements, overview, evidence). */
export function documentEndpoints(send: Send): DocumentApi {
  // The checks come with the first documents request: the documents pages are their own chunk.
  const json = lazyReplies(() => import('./document-replies')).read;
  const detail = json((s) => s.documentDetailReplySchema);
  const change = (path: string, body: unknown) => send(path, { method: 'POST', body, read: detail });
  return {
    listDocuments: (filter: DocumentFilter, signal) =>
      send(withQuery('documents', documentQuery(filter)), {
        signal,
        read: json((s) => s.documentRegisterReplySchema),
      }),
    getDocument: (id, signal) => send(document(id), { signal, read: detail }),
    createDocument: (request) => send('documents', { method: 'POST', body: request, read: detail }),
    editDocument: (id, request) => send(document(id), { method: 'PUT', body: request, read: detail }),
    uploadDocumentFile: (id, { name, body, etag, onProgress, signal }) =>
      send(`${document(id)}/file?name=${encodeURIComponent(name)}&etag=${encodeURIComponent(etag)}`, {
        method: 'PUT',
        signal,
        upload: onProgress === undefined ? { file: body } : { file: body, onProgress },
        read: detail,
      }),
    submitDocument: (id, request) => change(`${document(id)}/submit`, request),
    commentDocument: (id, request) => change(`${document(id)}/comments`, request),
    approveDocument: (id, request) => change(`${document(id)}/approve`, request),
    returnDocument: (id, request) => change(`${document(id)}/return`, request),
    reviewDocument: (id, request) => change(`${document(id)}/review`, request),
    withdrawDocument: (id, request) => change(`${document(id)}/withdraw`, request),
    acknowledgeDocument: (id, request) => change(`${document(id)}/acknowledge`, request),
    getMyAcknowledgements: (signal) =>
      send('documents/acknowledgements/mine', { signal, read: json((s) => s.myAcknowledgementsReplySchema) }),
    getDocumentAcknowledgements: (id, signal) =>
      send(`${document(id)}/acknowledgements`, {
        signal,
        read: json((s) => s.documentAcknowledgementsReplySchema),
      }),
    getDocumentOverview: (signal) =>
      send('documents/overview', { signal, read: json((s) => s.documentOverviewReplySchema) }),
    exportDocumentOverview: () => send('documents/overview.xlsx', { read: fileOf }),
    downloadDocumentFile: (contentUrl) => send(contentUrl, { read: fileOf }),
    getDocumentEvidence: (signal) =>
      send('documents/evidence', { signal, read: json((s) => s.documentEvidenceReplySchema) }),
  };
}
