import * as z from 'zod/mini';
import { ROLES } from '../platform/contract';
import { orNull, type AllTrue, type Reads } from '../platform/reply-schema';
import {
  ACKNOWLEDGEMENT_SCOPES,
  DOCUMENT_ACTIONS,
  DOCUMENT_EVENT_KINDS,
  DOCUMENT_FILE_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  ISSUING_BODIES,
  VERSION_STATUSES,
  type AcknowledgementRate,
  type DepartmentAcknowledgementRate,
  type DocumentAcknowledgementRate,
  type DocumentAcknowledgementsReply,
  type DocumentChangeReply,
  type DocumentComment,
  type DocumentDetailReply,
  type DocumentEvent,
  type DocumentEvidence,
  type DocumentEvidenceReply,
  type DocumentFile,
  type DocumentFileType,
  type DocumentOverviewReply,
  type DocumentRegisterReply,
  type DocumentRevision,
  type DocumentSummary,
  type DocumentVersion,
  type MyAcknowledgement,
  type MyAcknowledgementsReply,
  type PendingAcknowledgement,
  type QualityDocument,
} from './contract';

/*
 * The documents replies of contract.ts, checked at run time: the tab and the web parts read every
 * answer with them and the API tests check the service's answers against them. Shapes and codes
 * only (the rules are request-schemas.ts's); a field the contract says may be null may also be
 * left out.
 */

const personSchema = z.object({ email: z.string(), displayName: z.string() });
const revisionStatusSchema = z.enum(['draft', 'inReview']);
const fileTypeSchema = z.enum(Object.keys(DOCUMENT_FILE_TYPES) as [DocumentFileType, ...DocumentFileType[]]);

export const documentFileSchema = z.object({
  name: z.string(),
  type: fileTypeSchema,
  bytes: z.number(),
});

export const documentVersionSchema = z.object({
  label: z.string(),
  status: z.enum(VERSION_STATUSES),
  file: documentFileSchema,
  createdAt: z.string(),
  createdBy: orNull(personSchema),
  approvedAt: orNull(z.string()),
  approvedBy: orNull(personSchema),
  effectiveFrom: orNull(z.string()),
  effectiveUntil: orNull(z.string()),
  reasonForChange: orNull(z.string()),
  contentUrl: z.string(),
});

export const documentRevisionSchema = z.object({
  label: z.string(),
  status: revisionStatusSchema,
  reasonForChange: orNull(z.string()),
  submittedAt: orNull(z.string()),
  returnComment: orNull(z.string()),
  file: orNull(documentFileSchema),
});

export const qualityDocumentSchema = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  description: z.string(),
  issuingBody: z.enum(ISSUING_BODIES),
  issuingResolution: orNull(z.string()),
  departmentCodes: z.array(z.string()),
  reviewIntervalMonths: z.number(),
  requiresAcknowledgement: z.boolean(),
  acknowledgementAudience: z.object({
    scope: z.enum(ACKNOWLEDGEMENT_SCOPES),
    departmentCodes: z.array(z.string()),
    roles: z.array(z.enum(ROLES)),
  }),
  relatedSubcriteria: z.array(z.string()),
  status: z.enum(DOCUMENT_STATUSES),
  owner: orNull(personSchema),
  approver: orNull(personSchema),
  reviewers: z.array(personSchema),
  departmentNames: z.array(z.string()),
  fileType: fileTypeSchema,
  effectiveVersion: orNull(documentVersionSchema),
  revision: orNull(documentRevisionSchema),
  effectiveFrom: orNull(z.string()),
  nextReviewDate: orNull(z.string()),
  withdrawnReason: orNull(z.string()),
  webUrl: orNull(z.string()),
  createdAt: z.string(),
  modifiedAt: z.string(),
  etag: z.string(),
});

export const documentSummarySchema = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  status: z.enum(DOCUMENT_STATUSES),
  versionLabel: orNull(z.string()),
  effectiveFrom: orNull(z.string()),
  nextReviewDate: orNull(z.string()),
  reviewOverdue: z.boolean(),
  owner: orNull(personSchema),
  departmentCodes: z.array(z.string()),
  relatedSubcriteria: z.array(z.string()),
  requiresAcknowledgement: z.boolean(),
  revisionStatus: orNull(revisionStatusSchema),
  webUrl: orNull(z.string()),
  modifiedAt: z.string(),
});

export const documentEventSchema = z.object({
  id: z.number(),
  kind: z.enum(DOCUMENT_EVENT_KINDS),
  at: z.string(),
  by: orNull(personSchema),
  versionLabel: z.string(),
  note: z.string(),
});

export const documentCommentSchema = z.object({
  id: z.number(),
  versionLabel: z.string(),
  by: orNull(personSchema),
  at: z.string(),
  text: z.string(),
});

export const documentRegisterReplySchema = z.object({
  items: z.array(documentSummarySchema),
  total: z.number(),
  nextPage: orNull(z.string()),
  mayCreate: z.boolean(),
  pendingAcknowledgements: z.number(),
});

export const myAcknowledgementSchema = z.object({
  required: z.boolean(),
  versionLabel: orNull(z.string()),
  acknowledgedAt: orNull(z.string()),
});

export const documentDetailReplySchema = z.object({
  document: qualityDocumentSchema,
  versions: z.array(documentVersionSchema),
  events: z.array(documentEventSchema),
  comments: z.array(documentCommentSchema),
  acknowledgement: myAcknowledgementSchema,
  allowed: z.array(z.enum(DOCUMENT_ACTIONS)),
});

/** Every change answers with the document as it now is (the detail's shape). */
export const documentChangeReplySchema = documentDetailReplySchema;

export const pendingAcknowledgementSchema = z.object({
  documentId: z.number(),
  code: z.string(),
  title: z.string(),
  versionLabel: z.string(),
  effectiveFrom: z.string(),
  webUrl: orNull(z.string()),
  contentUrl: z.string(),
  daysWaiting: z.number(),
});

export const myAcknowledgementsReplySchema = z.object({
  pending: z.array(pendingAcknowledgementSchema),
});

export const acknowledgementRateSchema = z.object({ audience: z.number(), acknowledged: z.number() });

export const departmentAcknowledgementRateSchema = z.object({
  audience: z.number(),
  acknowledged: z.number(),
  departmentCode: z.string(),
  departmentName: z.string(),
});

export const documentAcknowledgementRateSchema = z.object({
  audience: z.number(),
  acknowledged: z.number(),
  documentId: z.number(),
  code: z.string(),
  title: z.string(),
  versionLabel: z.string(),
});

export const documentAcknowledgementsReplySchema = z.object({
  versionLabel: orNull(z.string()),
  total: acknowledgementRateSchema,
  byDepartment: z.array(departmentAcknowledgementRateSchema),
});

export const documentOverviewReplySchema = z.object({
  awaitingApproval: z.array(documentSummarySchema),
  reviewsDue: z.array(documentSummarySchema),
  acknowledgementsByDocument: z.array(documentAcknowledgementRateSchema),
  acknowledgementsByDepartment: z.array(departmentAcknowledgementRateSchema),
});

export const documentEvidenceSchema = z.object({
  documentId: z.number(),
  code: z.string(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  versionLabel: z.string(),
  effectiveFrom: z.string(),
  webUrl: orNull(z.string()),
});

export const documentEvidenceReplySchema = z.object({
  bySubcriterion: z.record(z.string(), z.array(documentEvidenceSchema)),
});

type _DocumentReplies = AllTrue<
  [
    Reads<typeof documentFileSchema, DocumentFile>,
    Reads<typeof documentVersionSchema, DocumentVersion>,
    Reads<typeof documentRevisionSchema, DocumentRevision>,
    Reads<typeof qualityDocumentSchema, QualityDocument>,
    Reads<typeof documentSummarySchema, DocumentSummary>,
    Reads<typeof documentEventSchema, DocumentEvent>,
    Reads<typeof documentCommentSchema, DocumentComment>,
    Reads<typeof documentRegisterReplySchema, DocumentRegisterReply>,
    Reads<typeof myAcknowledgementSchema, MyAcknowledgement>,
    Reads<typeof documentDetailReplySchema, DocumentDetailReply>,
    Reads<typeof documentChangeReplySchema, DocumentChangeReply>,
    Reads<typeof pendingAcknowledgementSchema, PendingAcknowledgement>,
    Reads<typeof myAcknowledgementsReplySchema, MyAcknowledgementsReply>,
    Reads<typeof acknowledgementRateSchema, AcknowledgementRate>,
    Reads<typeof departmentAcknowledgementRateSchema, DepartmentAcknowledgementRate>,
    Reads<typeof documentAcknowledgementRateSchema, DocumentAcknowledgementRate>,
    Reads<typeof documentAcknowledgementsReplySchema, DocumentAcknowledgementsReply>,
    Reads<typeof documentOverviewReplySchema, DocumentOverviewReply>,
    Reads<typeof documentEvidenceSchema, DocumentEvidence>,
    Reads<typeof documentEvidenceReplySchema, DocumentEvidenceReply>,
  ]
>;
