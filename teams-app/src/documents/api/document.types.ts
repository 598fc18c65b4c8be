import type {
  AcknowledgeDocumentRequest,
  ApproveDocumentRequest,
  CommentDocumentRequest,
  CreateDocumentRequest,
  DocumentAcknowledgementsReply,
  DocumentDetailReply,
  DocumentEvidenceReply,
  DocumentFilter,
  DocumentOverviewReply,
  DocumentRegisterReply,
  EditDocumentRequest,
  MyAcknowledgementsReply,
  ReturnDocumentRequest,
  ReviewDocumentRequest,
  SubmitDocumentRequest,
  WithdrawDocumentRequest,
} from '@kvalita/core';

/** A new draft's file on its way: the file, the etag it replaces, and how far it has gone. */
export interface DocumentUpload {
  /** The file's name as the person chose it (the library keeps the document's own name). */
  readonly name: string;
  /** The bytes, typed with the contract's Content-Type for the file's type. */
  readonly body: Blob;
  readonly etag: string;
  readonly onProgress?: (sent: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** The /api/documents endpoints (core/src/documents/contract.ts), in the contract's shapes. */
export interface DocumentApi {
  listDocuments(filter: DocumentFilter, signal?: AbortSignal): Promise<DocumentRegisterReply>;
  getDocument(id: number, signal?: AbortSignal): Promise<DocumentDetailReply>;
  createDocument(request: CreateDocumentRequest): Promise<DocumentDetailReply>;
  editDocument(id: number, request: EditDocumentRequest): Promise<DocumentDetailReply>;
  /** PUT /api/documents/:id/file: the file's bytes as the body, with progress. */
  uploadDocumentFile(id: number, upload: DocumentUpload): Promise<DocumentDetailReply>;
  submitDocument(id: number, request: SubmitDocumentRequest): Promise<DocumentDetailReply>;
  commentDocument(id: number, request: CommentDocumentRequest): Promise<DocumentDetailReply>;
  approveDocument(id: number, request: ApproveDocumentRequest): Promise<DocumentDetailReply>;
  returnDocument(id: number, request: ReturnDocumentRequest): Promise<DocumentDetailReply>;
  reviewDocument(id: number, request: ReviewDocumentRequest): Promise<DocumentDetailReply>;
  withdrawDocument(id: number, request: WithdrawDocumentRequest): Promise<DocumentDetailReply>;
  acknowledgeDocument(id: number, request: AcknowledgeDocumentRequest): Promise<DocumentDetailReply>;
  getMyAcknowledgements(signal?: AbortSignal): Promise<MyAcknowledgementsReply>;
  getDocumentAcknowledgements(id: number, signal?: AbortSignal): Promise<DocumentAcknowledgementsReply>;
  getDocumentOverview(signal?: AbortSignal): Promise<DocumentOverviewReply>;
  /** The overview as an .xlsx file. */
  exportDocumentOverview(): Promise<Blob>;
  /** A version's file from its contentUrl (the API's address; the sign-in header applies). */
  downloadDocumentFile(contentUrl: string): Promise<Blob>;
  /** Effective documents by the CAF subcriterion they are evidence for. */
  getDocumentEvidence(signal?: AbortSignal): Promise<DocumentEvidenceReply>;
}
