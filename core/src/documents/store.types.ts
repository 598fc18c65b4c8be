import type {
  AcknowledgementAudience,
  DocumentComment,
  DocumentDraft,
  DocumentEvent,
  DocumentEventKind,
  DocumentFileType,
  DocumentStatus,
  DocumentSummary,
  DocumentVersion,
  QualityDocument,
} from './contract';

/*
 * The controlled documents' storage ports, in the contract's shapes. Declared in core because two
 * packages meet on them: the service (bot/src/documents) depends on them and sharepoint/src/documents
 * implements them on the KvalitaDocuments library and its lists (withDomainErrors turns SharePoint's
 * errors into domain errors: StaleVersionError on a stale ETag, DuplicateKeyError on a taken code);
 * the service's unit tests use in-memory ones. Storage reads with the service's (app-only) rights
 * and returns everything, drafts included; the service decides who sees what. Types only.
 */

/** A document as stored: the contract's detail with the e-mails the role matrix matches on. */
export interface StoredDocument extends QualityDocument {
  readonly ownerEmail: string | null;
  readonly approverEmail: string | null;
  readonly reviewerEmails: readonly string[];
  /** Always filled here (the contract's `revision` is hidden from readers by the service). */
  readonly revision: QualityDocument['revision'];
}

/** A register row as stored: `reviewOverdue` is the service's (it depends on today). */
export interface StoredDocumentSummary extends Omit<DocumentSummary, 'reviewOverdue'> {
  readonly ownerEmail: string | null;
  readonly approverEmail: string | null;
  readonly reviewerEmails: readonly string[];
  readonly acknowledgementAudience: AcknowledgementAudience;
  /** When the draft in review was submitted (the overview sorts by it). */
  readonly submittedAt: string | null;
}

/** What storage filters on (indexed columns; the rest the service filters in memory). */
export interface StoredDocumentQuery {
  readonly statuses?: readonly DocumentStatus[];
  readonly kind?: DocumentSummary['kind'];
  readonly subcriterionCode?: string;
  /** Next review on or before this ISO date (effective documents). */
  readonly reviewBy?: string;
  readonly requiresAcknowledgement?: boolean;
}

/** One entry to append to the history with a change. */
export interface NewDocumentEvent {
  readonly kind: DocumentEventKind;
  readonly byEmail: string;
  readonly versionLabel: string;
  readonly note: string;
}

/** The stored fields a change may set besides the draft's metadata. */
export interface DocumentStateChange {
  readonly status?: DocumentStatus;
  readonly revisionStatus?: 'draft' | 'inReview' | null;
  readonly reasonForChange?: string | null;
  readonly submittedAt?: string | null;
  readonly returnComment?: string | null;
  readonly effectiveFrom?: string | null;
  readonly nextReviewDate?: string | null;
  readonly withdrawnReason?: string | null;
}

/** A file on its way in: its bytes as they arrive (the service streams, never buffers). */
export interface DocumentUpload {
  readonly name: string;
  readonly type: DocumentFileType;
  /** The declared length (Content-Length); fewer or more bytes arriving fail the upload. */
  readonly bytes: number;
  readonly content: AsyncIterable<Uint8Array>;
}

/** The approval that makes the draft `versionLabel` the next major version. */
export interface VersionApproval {
  readonly versionLabel: string;
  readonly approverEmail: string;
  readonly comment: string;
  readonly effectiveFrom: string;
  readonly nextReviewDate: string;
  readonly issuingResolution: string | null;
  /** 'approved' when effectiveFrom is later than today, else 'effective'. */
  readonly status: 'approved' | 'effective';
}

/** A version's file, to download. */
export interface DocumentContent {
  readonly name: string;
  readonly type: DocumentFileType;
  readonly bytes: number;
  readonly content: AsyncIterable<Uint8Array>;
}

export interface DocumentsStore {
  /** Every document matching the query, however many (no list view threshold error at 5,000+). */
  summaries(query: StoredDocumentQuery): Promise<StoredDocumentSummary[]>;
  /** Null when there is no such document. */
  get(id: number): Promise<StoredDocument | null>;
  /** Every version, drafts included, newest first. */
  versions(id: number): Promise<DocumentVersion[]>;
  /** The history, newest first. */
  events(id: number): Promise<DocumentEvent[]>;
  /** Reviewers' comments, newest first. */
  comments(id: number): Promise<DocumentComment[]>;
  /**
   * Creates the document (status draft, no file yet: the library file of `fileType`'s extension,
   * which every later upload keeps) and its 'created' event; the new id.
   */
  create(
    draft: DocumentDraft,
    fileType: DocumentFileType,
    createdByEmail: string,
    event: NewDocumentEvent,
  ): Promise<number>;
  /**
   * Changes the document if it is still at `etag` (StaleVersionError otherwise, nothing written)
   * and appends the event. `draft` replaces the metadata when given.
   */
  change(
    id: number,
    etag: string,
    change: { readonly draft?: DocumentDraft; readonly state?: DocumentStateChange },
    event: NewDocumentEvent,
  ): Promise<void>;
  /**
   * Writes the file as the next draft (minor version) if the document is still at `etag`. An upload
   * that fails or breaks off half-way leaves no new version and the previous file as it was.
   */
  uploadDraft(id: number, etag: string, upload: DocumentUpload, event: NewDocumentEvent): Promise<void>;
  /**
   * Publishes and approves the draft as the next major version (SharePoint's versioning and content
   * approval), if the document is still at `etag` and its current draft is `versionLabel`. Never
   * leaves a half-published version: a run that stopped half-way is finished or undone by the next.
   */
  approve(id: number, etag: string, approval: VersionApproval, event: NewDocumentEvent): Promise<void>;
  addComment(id: number, versionLabel: string, byEmail: string, text: string): Promise<void>;
  /** The file of a version (null when there is no such version). */
  content(id: number, versionLabel: string): Promise<DocumentContent | null>;
}

/** One person's confirmation that they read one version (append-only). */
export interface StoredAcknowledgement {
  readonly documentId: number;
  readonly versionLabel: string;
  readonly email: string;
  readonly departmentCode: string | null;
  readonly at: string;
}

export interface AcknowledgementsStore {
  /** Every confirmation of these documents' versions (all, when no ids are given). */
  forDocuments(documentIds?: readonly number[]): Promise<StoredAcknowledgement[]>;
  /** Every confirmation a person gave. */
  forPerson(email: string): Promise<StoredAcknowledgement[]>;
  /** 'recorded', or 'already' when this person confirmed this version before (nothing new stored). */
  record(ack: StoredAcknowledgement): Promise<'recorded' | 'already'>;
}
