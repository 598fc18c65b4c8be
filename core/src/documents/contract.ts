import type { Role } from '../platform/contract';
import type { PersonRef } from '../measures/contract';

/*
 * The controlled documents' API (docs/api-documents.md, under /api/documents): codes, limits, what
 * the tab, the SPFx web parts and the chat send and what the service answers. Written once, here:
 * the service types its replies against these shapes, the tab's client and the web parts use them,
 * storage (sharepoint/) keeps documents in these shapes, and the schemas that check them at run
 * time (request-schemas.ts, reply-schemas.ts; entry point `@kvalita/core/schemas`) read exactly
 * them. Codes and types only.
 *
 * The model is ISO 9001 clause 7.5 (documented information) as eQMS products run it, on a
 * SharePoint library with major and minor versions and content approval: a document is one file
 * in the KvalitaDocuments library; SharePoint's minor versions (1.1, 1.2) are its drafts, a major
 * version (1.0, 2.0) is an approved issue. Earlier major versions are kept as records and can be
 * opened; readers see only the approved version (SharePoint's draft visibility: approvers only).
 */

export const DOCUMENT_KINDS = [
  'methodology',
  'directive',
  'standard',
  'strategy',
  'codeOfEthics',
  'processDescription',
  'form',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Who legally issues the document. The approver (a person) approves in Kvalita; for the council's
 * or the mayor's documents the approver records the resolution that issued it.
 */
export const ISSUING_BODIES = ['secretary', 'director', 'mayor', 'council', 'assembly'] as const;
export type IssuingBody = (typeof ISSUING_BODIES)[number];

/**
 * The document as a whole:
 * draft (never approved, being written) → inReview (submitted; reviewers comment, the approver
 * decides) → approved (approved, takes effect on a later date) → effective → withdrawn.
 * A returned draft goes back to `draft` with the approver's comment. While a version is effective,
 * a revision (the next draft) runs beside it: see DocumentRevision; the document stays `effective`.
 */
export const DOCUMENT_STATUSES = ['draft', 'inReview', 'approved', 'effective', 'withdrawn'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** A version's standing in the history: every approved version stays, as a record. */
export const VERSION_STATUSES = [
  'draft',
  'inReview',
  'approved',
  'effective',
  'superseded',
  'withdrawn',
] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** Who must read and confirm an effective version. */
export const ACKNOWLEDGEMENT_SCOPES = ['office', 'departments', 'roles'] as const;
export type AcknowledgementScope = (typeof ACKNOWLEDGEMENT_SCOPES)[number];

export interface AcknowledgementAudience {
  readonly scope: AcknowledgementScope;
  /** scope 'departments': these departments and their sections. */
  readonly departmentCodes: readonly string[];
  /** scope 'roles': people holding any of these roles. */
  readonly roles: readonly Role[];
}

/** The file types a controlled document may have. */
export const DOCUMENT_FILE_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type DocumentFileType = keyof typeof DOCUMENT_FILE_TYPES;

/**
 * What can be done to a document. The role matrix (permissions.ts) says who may do which, the
 * lifecycle (lifecycle.ts) in which state; the service enforces both, the tab, the web parts and the
 * cards only offer what the reply's `allowed` lists.
 */
export const DOCUMENT_ACTIONS = [
  /** Change the metadata of the working draft. */
  'edit',
  /** Upload a new file as the next draft (minor version). */
  'upload',
  /** Send the draft to its reviewers and approver. */
  'submit',
  /** A named reviewer (or the approver) comments on the draft in review. */
  'comment',
  'approve',
  /** Back to the owner with the approver's comment. */
  'return',
  /** Periodic review ended without change: new review date, same version. */
  'confirmReview',
  /** Start the next draft of an effective document (a review's "revise", or any change). */
  'revise',
  'withdraw',
  /** Read-and-acknowledge the effective version. */
  'acknowledge',
] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

/** What the history records; it is only ever appended to. */
export const DOCUMENT_EVENT_KINDS = [
  'created',
  'edited',
  'uploaded',
  'submitted',
  'commented',
  'returned',
  'approved',
  'tookEffect',
  'reviewConfirmed',
  'revisionStarted',
  'withdrawn',
] as const;
export type DocumentEventKind = (typeof DOCUMENT_EVENT_KINDS)[number];

export const DOCUMENT_LIMITS = {
  /** "SM-01", "ES-2026/1": letters, digits, '-', '/', '.', starting with a letter. */
  code: 32,
  codePattern: '^[A-Za-z][A-Za-z0-9./-]{0,31}$',
  title: 255,
  description: 2000,
  reason: 1000,
  comment: 2000,
  resolution: 120,
  fileName: 200,
  /**
   * SharePoint Online's limit for one file (250 GB). The service streams uploads to SharePoint in
   * chunks (uploadChunkBytes), so no size in between is held in memory.
   */
  fileBytes: 250 * 1024 ** 3,
  uploadChunkBytes: 10 * 1024 * 1024,
  reviewers: 20,
  departments: 50,
  subcriteria: 28,
  email: 254,
  departmentCode: 32,
  search: 100,
  reviewIntervalMonths: { default: 12, min: 1, max: 60 },
  /** Days before the review date the owner is reminded in chat (and again when overdue). */
  reviewReminderDays: [30, 10] as const,
  /** Acknowledgement reminder after N days, escalation to the head of department after M days. */
  acknowledgementReminderDays: { default: 7, min: 1, max: 60 },
  acknowledgementEscalationDays: { default: 14, min: 2, max: 120 },
  pageSize: { default: 50, max: 200 },
  /** "Review due" on the overview: reviews in the next N days. */
  reviewDueSoonDays: 30,
} as const;

/** What the create and edit forms send (the metadata of the working draft). Dates are ISO dates. */
export interface DocumentDraft {
  readonly code: string;
  readonly title: string;
  readonly kind: DocumentKind;
  readonly description: string;
  /** Who answers for the document (garant); null = the creator. */
  readonly ownerEmail: string | null;
  /** The person who approves it in Kvalita (director, secretary; for a council's document its clerk). */
  readonly approverEmail: string;
  readonly issuingBody: IssuingBody;
  /** The council's or mayor's resolution that issued it ("usnesení RM č. 123/2026"); null otherwise. */
  readonly issuingResolution: string | null;
  /** Reviewers asked to comment on drafts. */
  readonly reviewerEmails: readonly string[];
  /** Departments the document applies to; empty = the whole office. */
  readonly departmentCodes: readonly string[];
  readonly reviewIntervalMonths: number;
  readonly requiresAcknowledgement: boolean;
  /** Ignored (stored as the whole office) when requiresAcknowledgement is false. */
  readonly acknowledgementAudience: AcknowledgementAudience;
  /** CAF 2020 subcriteria the document is evidence for ("1.1", "5.2"). */
  readonly relatedSubcriteria: readonly string[];
}

/** The file of a version. */
export interface DocumentFile {
  readonly name: string;
  readonly type: DocumentFileType;
  readonly bytes: number;
}

/** One version of a document (a SharePoint major or minor version). */
export interface DocumentVersion {
  /** "2.0", "2.1". */
  readonly label: string;
  readonly status: VersionStatus;
  readonly file: DocumentFile;
  /** When this version was written (uploaded or approved). */
  readonly createdAt: string;
  readonly createdBy: PersonRef | null;
  /** Approved major versions only: */
  readonly approvedAt: string | null;
  readonly approvedBy: PersonRef | null;
  readonly effectiveFrom: string | null;
  /** Until the next version took effect (or the document was withdrawn). */
  readonly effectiveUntil: string | null;
  readonly reasonForChange: string | null;
  /** The API address that downloads this version's file (the signed-in person's rights apply). */
  readonly contentUrl: string;
}

/** The draft being written beside an effective version (a revision), or the first draft. */
export interface DocumentRevision {
  readonly label: string;
  readonly status: 'draft' | 'inReview';
  readonly reasonForChange: string | null;
  readonly submittedAt: string | null;
  /** The approver's comment when the draft was last returned. */
  readonly returnComment: string | null;
  readonly file: DocumentFile | null;
}

/** A stored document, as its detail page shows it. */
export interface QualityDocument extends Omit<
  DocumentDraft,
  'ownerEmail' | 'approverEmail' | 'reviewerEmails'
> {
  readonly id: number;
  readonly status: DocumentStatus;
  readonly owner: PersonRef | null;
  readonly approver: PersonRef | null;
  readonly reviewers: readonly PersonRef[];
  readonly departmentNames: readonly string[];
  /** Chosen at creation (CreateDocumentRequest.fileType): every upload must be of this type. */
  readonly fileType: DocumentFileType;
  /** The version in force (null before the first approval and after withdrawal). */
  readonly effectiveVersion: DocumentVersion | null;
  /** The draft in progress, shown only to those who may see drafts (null for readers). */
  readonly revision: DocumentRevision | null;
  readonly effectiveFrom: string | null;
  /** ISO date of the next periodic review (null before the first approval). */
  readonly nextReviewDate: string | null;
  readonly withdrawnReason: string | null;
  /** SharePoint's address of the effective file (opens in the browser / Office). */
  readonly webUrl: string | null;
  readonly createdAt: string;
  readonly modifiedAt: string;
  /** ETag of the document's library item; every change sends it back (409 when stale). */
  readonly etag: string;
}

/** One row of the register (tab, web parts, chat). */
export interface DocumentSummary {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly kind: DocumentKind;
  readonly status: DocumentStatus;
  /** Label of the effective version (null before the first approval). */
  readonly versionLabel: string | null;
  readonly effectiveFrom: string | null;
  readonly nextReviewDate: string | null;
  /** Effective and past its review date (today, in the office's time zone). */
  readonly reviewOverdue: boolean;
  readonly owner: PersonRef | null;
  readonly departmentCodes: readonly string[];
  readonly relatedSubcriteria: readonly string[];
  readonly requiresAcknowledgement: boolean;
  /** A draft is in progress (shown only to those who may see drafts). */
  readonly revisionStatus: 'draft' | 'inReview' | null;
  readonly webUrl: string | null;
  readonly modifiedAt: string;
}

/** One entry of a document's history (never changed once written). */
export interface DocumentEvent {
  readonly id: number;
  readonly kind: DocumentEventKind;
  readonly at: string;
  readonly by: PersonRef | null;
  /** The version the event concerns ("1.3", "2.0"). */
  readonly versionLabel: string;
  /** Comment, reason for change, return comment, withdrawal reason. */
  readonly note: string;
}

/** A reviewer's comment on a draft. */
export interface DocumentComment {
  readonly id: number;
  readonly versionLabel: string;
  readonly by: PersonRef | null;
  readonly at: string;
  readonly text: string;
}

export const DOCUMENT_SORTS = ['code', 'title', 'effectiveFrom', 'nextReviewDate', 'modified'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

/** GET /api/documents?… : the register's filters (all optional, ANDed). */
export interface DocumentFilter {
  readonly kind?: DocumentKind;
  readonly status?: readonly DocumentStatus[];
  readonly departmentCode?: string;
  readonly subcriterionCode?: string;
  /** Words in the code or title (case- and diacritics-insensitive). */
  readonly search?: string;
  /** Documents the signed-in person owns, approves or reviews. */
  readonly mine?: boolean;
  /** Effective documents whose review date has passed. */
  readonly reviewOverdue?: boolean;
  readonly sort?: DocumentSort;
  readonly descending?: boolean;
  readonly pageSize?: number;
  readonly page?: string;
}

/** GET /api/documents */
export interface DocumentRegisterReply {
  readonly items: readonly DocumentSummary[];
  readonly total: number;
  readonly nextPage: string | null;
  readonly mayCreate: boolean;
  /** How many effective versions the signed-in person still has to confirm. */
  readonly pendingAcknowledgements: number;
}

/** The signed-in person's standing with the effective version's acknowledgement. */
export interface MyAcknowledgement {
  /** The person is in the audience of the effective version. */
  readonly required: boolean;
  readonly versionLabel: string | null;
  /** When they confirmed it (null = not yet). */
  readonly acknowledgedAt: string | null;
}

/** GET /api/documents/:id — the document, its versions (newest first), history, comments, rights. */
export interface DocumentDetailReply {
  readonly document: QualityDocument;
  /** Approved versions for everyone; drafts too for those who may see drafts. */
  readonly versions: readonly DocumentVersion[];
  /** Newest first. Readers get approvals and effective dates only. */
  readonly events: readonly DocumentEvent[];
  /** Reviewers' comments on drafts (empty for readers). */
  readonly comments: readonly DocumentComment[];
  readonly acknowledgement: MyAcknowledgement;
  readonly allowed: readonly DocumentAction[];
}

/** POST /api/documents (metadata first; the file follows with PUT …/file). */
export interface CreateDocumentRequest {
  readonly draft: DocumentDraft;
  /**
   * The file's type, chosen once: storage creates the library file with this extension and every
   * later upload must be of the same type (a .docx methodology stays a .docx).
   */
  readonly fileType: DocumentFileType;
}

/** PUT /api/documents/:id */
export interface EditDocumentRequest {
  readonly etag: string;
  readonly draft: DocumentDraft;
}

/*
 * PUT /api/documents/:id/file?name=<file name>&etag=<etag> with the file's bytes as the body
 * (Content-Type the file's type, Content-Length required). Streams to SharePoint in chunks; an upload
 * that breaks off leaves the previous version as it was. Answers with the DocumentDetailReply.
 */

/** POST /api/documents/:id/submit */
export interface SubmitDocumentRequest {
  readonly etag: string;
  /** What changed and why (required from the second version on). */
  readonly reasonForChange: string;
}

/** POST /api/documents/:id/comments (reviewers, approver, owner; also from the chat card). */
export interface CommentDocumentRequest {
  /** The draft the comment is about; a comment on an older draft is refused. */
  readonly versionLabel: string;
  readonly text: string;
}

/** POST /api/documents/:id/approve */
export interface ApproveDocumentRequest {
  readonly etag: string;
  /** The draft the approver read; approving after a newer upload is refused (stale). */
  readonly versionLabel: string;
  readonly comment: string;
  /** ISO date, today or later; null = today. */
  readonly effectiveFrom: string | null;
  /** For the council's or mayor's documents: the resolution (overrides the draft's). */
  readonly issuingResolution: string | null;
}

/** POST /api/documents/:id/return */
export interface ReturnDocumentRequest {
  readonly etag: string;
  readonly versionLabel: string;
  /** Required: what the owner must change. */
  readonly comment: string;
}

/** POST /api/documents/:id/review — the periodic review's outcome. */
export interface ReviewDocumentRequest {
  readonly etag: string;
  readonly outcome: 'confirmed' | 'revise';
  readonly note: string;
}

/** POST /api/documents/:id/withdraw */
export interface WithdrawDocumentRequest {
  readonly etag: string;
  readonly reason: string;
}

/** POST /api/documents/:id/acknowledge (also from the chat card). */
export interface AcknowledgeDocumentRequest {
  /** The version the person read; a superseded version is refused. */
  readonly versionLabel: string;
}

/** Every change answers with the document as it now is. */
export type DocumentChangeReply = DocumentDetailReply;

/** One effective version the signed-in person still has to confirm. */
export interface PendingAcknowledgement {
  readonly documentId: number;
  readonly code: string;
  readonly title: string;
  readonly versionLabel: string;
  readonly effectiveFrom: string;
  readonly webUrl: string | null;
  readonly contentUrl: string;
  /** Days since the version took effect (or since the person joined its audience). */
  readonly daysWaiting: number;
}

/** GET /api/documents/acknowledgements/mine */
export interface MyAcknowledgementsReply {
  readonly pending: readonly PendingAcknowledgement[];
}

export interface AcknowledgementRate {
  readonly audience: number;
  readonly acknowledged: number;
}

export interface DepartmentAcknowledgementRate extends AcknowledgementRate {
  readonly departmentCode: string;
  readonly departmentName: string;
}

export interface DocumentAcknowledgementRate extends AcknowledgementRate {
  readonly documentId: number;
  readonly code: string;
  readonly title: string;
  readonly versionLabel: string;
}

/** GET /api/documents/:id/acknowledgements (quality manager, director, owner, approver). */
export interface DocumentAcknowledgementsReply {
  readonly versionLabel: string | null;
  readonly total: AcknowledgementRate;
  readonly byDepartment: readonly DepartmentAcknowledgementRate[];
}

/** GET /api/documents/overview (quality manager, director): the quality manager's overview. */
export interface DocumentOverviewReply {
  /** Drafts in review, oldest submission first. */
  readonly awaitingApproval: readonly DocumentSummary[];
  /** Effective documents whose review is due within reviewDueSoonDays or overdue, soonest first. */
  readonly reviewsDue: readonly DocumentSummary[];
  readonly acknowledgementsByDocument: readonly DocumentAcknowledgementRate[];
  readonly acknowledgementsByDepartment: readonly DepartmentAcknowledgementRate[];
}

/** An effective document as CAF evidence (the scoring page and the self-assessment report). */
export interface DocumentEvidence {
  readonly documentId: number;
  readonly code: string;
  readonly title: string;
  readonly kind: DocumentKind;
  readonly versionLabel: string;
  readonly effectiveFrom: string;
  readonly webUrl: string | null;
}

/** GET /api/documents/evidence?subcriterion=… (everyone signed in): effective documents by subcriterion. */
export interface DocumentEvidenceReply {
  readonly bySubcriterion: Readonly<Record<string, readonly DocumentEvidence[]>>;
}

/** Who asks, as the role matrix needs it. */
export interface DocumentActor {
  readonly email: string;
  readonly roles: readonly Role[];
  /** Departments a head of department answers for (their own and its sections). */
  readonly departmentCodes: readonly string[];
}

/** The parts of a document the role matrix and the lifecycle look at. */
export interface DocumentParties {
  readonly status: DocumentStatus;
  readonly revisionStatus: 'draft' | 'inReview' | null;
  readonly ownerEmail: string | null;
  readonly approverEmail: string | null;
  readonly reviewerEmails: readonly string[];
  readonly departmentCodes: readonly string[];
}

/** Office settings of controlled documents (KVALITA_DOCUMENT_* settings). */
export interface DocumentSettings {
  readonly acknowledgementReminderDays: number;
  readonly acknowledgementEscalationDays: number;
}

export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  acknowledgementReminderDays: DOCUMENT_LIMITS.acknowledgementReminderDays.default,
  acknowledgementEscalationDays: DOCUMENT_LIMITS.acknowledgementEscalationDays.default,
};
