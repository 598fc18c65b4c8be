import type {
  DocumentDetailReply,
  DocumentRegisterReply,
  DocumentSummary,
  DocumentVersion,
  MyAcknowledgementsReply,
  QualityDocument,
} from '@kvalita/core';

import type { DocumentsApi } from '../../../documents-api/documents-api';
import { measuresApiError } from '../../../measures-api/measures-api';

export const jana = { email: 'jana.novakova@urad.example', displayName: 'Jana Nováková' };
export const petr = { email: 'petr.svoboda@urad.example', displayName: 'Petr Svoboda' };

export function documentSummary(overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: 1,
    code: 'SM-01',
    title: 'Metodika řízení kvality',
    kind: 'methodology',
    status: 'effective',
    versionLabel: '3.0',
    effectiveFrom: '2026-01-01',
    nextReviewDate: '2027-01-01',
    reviewOverdue: false,
    owner: jana,
    departmentCodes: [],
    relatedSubcriteria: ['1.1'],
    requiresAcknowledgement: false,
    revisionStatus: null,
    webUrl: 'https://urad.sharepoint.com/sites/kvalita/KvalitaDocuments/SM-01.docx',
    modifiedAt: '2026-01-01T08:00:00Z',
    ...overrides,
  };
}

export function registerReply(items: readonly DocumentSummary[], overrides: Partial<DocumentRegisterReply> = {}): DocumentRegisterReply {
  return { items, total: items.length, nextPage: null, mayCreate: false, pendingAcknowledgements: 0, ...overrides };
}

export function version(overrides: Partial<DocumentVersion> = {}): DocumentVersion {
  return {
    label: '3.0',
    status: 'effective',
    file: { name: 'SM-01.docx', type: 'docx', bytes: 20480 },
    createdAt: '2025-12-15T08:00:00Z',
    createdBy: jana,
    approvedAt: '2025-12-20T08:00:00Z',
    approvedBy: petr,
    effectiveFrom: '2026-01-01',
    effectiveUntil: null,
    reasonForChange: 'Nový model CAF 2020',
    contentUrl: '/api/documents/1/versions/3.0/content',
    ...overrides,
  };
}

export function qualityDocument(overrides: Partial<QualityDocument> = {}): QualityDocument {
  return {
    id: 1,
    code: 'SM-01',
    title: 'Metodika řízení kvality',
    kind: 'methodology',
    description: '',
    issuingBody: 'director',
    issuingResolution: null,
    departmentCodes: [],
    reviewIntervalMonths: 12,
    requiresAcknowledgement: false,
    acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
    relatedSubcriteria: ['1.1'],
    status: 'effective',
    owner: jana,
    approver: petr,
    reviewers: [],
    departmentNames: [],
    fileType: 'docx',
    effectiveVersion: version(),
    revision: null,
    effectiveFrom: '2026-01-01',
    nextReviewDate: '2027-01-01',
    withdrawnReason: null,
    webUrl: 'https://urad.sharepoint.com/sites/kvalita/KvalitaDocuments/SM-01.docx',
    createdAt: '2024-01-01T08:00:00Z',
    modifiedAt: '2026-01-01T08:00:00Z',
    etag: '"7"',
    ...overrides,
  };
}

export function detailReply(overrides: Partial<DocumentDetailReply> = {}): DocumentDetailReply {
  return {
    document: qualityDocument(),
    versions: [
      version(),
      version({ label: '2.0', status: 'superseded', effectiveFrom: '2024-01-01', effectiveUntil: '2025-12-31', reasonForChange: 'Nová organizační struktura', contentUrl: '/api/documents/1/versions/2.0/content' }),
    ],
    events: [],
    comments: [],
    acknowledgement: { required: false, versionLabel: '3.0', acknowledgedAt: null },
    allowed: [],
    ...overrides,
  };
}

export function pendingReply(): MyAcknowledgementsReply {
  return {
    pending: [
      {
        documentId: 3,
        code: 'EK-01',
        title: 'Etický kodex',
        versionLabel: '1.0',
        effectiveFrom: '2026-02-01',
        webUrl: 'https://urad.sharepoint.com/sites/kvalita/KvalitaDocuments/EK-01.pdf',
        contentUrl: '/api/documents/3/versions/1.0/content',
        daysWaiting: 12,
      },
    ],
  };
}

export type RecordedApi = DocumentsApi & { calls: { name: string; args: unknown[] }[] };

/** A DocumentsApi that records calls and answers from the given replies (the overview refused, as for most people). */
export function fakeDocumentsApi(overrides: Partial<DocumentsApi> = {}): RecordedApi {
  const calls: { name: string; args: unknown[] }[] = [];
  const api: DocumentsApi = {
    listDocuments: () => Promise.resolve(registerReply([documentSummary(), documentSummary({ id: 2, code: 'ST-01', title: 'Standard přístupu ke klientům', kind: 'standard', versionLabel: '1.0', webUrl: null })])),
    getDocument: () => Promise.resolve(detailReply()),
    myAcknowledgements: () => Promise.resolve({ pending: [] }),
    overview: () => Promise.reject(measuresApiError('forbidden', 'Přehled vidí jen manažer kvality.', 403)),
    acknowledge: () => Promise.resolve(detailReply()),
    approve: () => Promise.resolve(detailReply()),
    returnDraft: () => Promise.resolve(detailReply()),
    review: () => Promise.resolve(detailReply()),
    comment: () => Promise.resolve(detailReply()),
    downloadFile: () => Promise.resolve(new Blob(['x'], { type: 'application/pdf' })),
    ...overrides,
  };
  const methods = api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const wrapped: Record<string, unknown> = {};
  for (const name of Object.keys(methods)) {
    const method = methods[name] as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = (...args: unknown[]): Promise<unknown> => {
      calls.push({ name, args });
      return method(...args);
    };
  }
  return { ...(wrapped as unknown as DocumentsApi), calls };
}
