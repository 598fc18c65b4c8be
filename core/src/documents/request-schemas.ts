import { z } from 'zod';
import { isSubcriterionCode } from '../caf/model';
import { ROLES } from '../platform/contract';
import { etagSchema } from '../platform/etag-schema';
import { emailText, lengthMessage, lineText, multilineText, requiredLine } from '../platform/text-schemas';
import { isCalendarDate } from '../measures/office-date';
import {
  ACKNOWLEDGEMENT_SCOPES,
  DOCUMENT_FILE_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_LIMITS,
  DOCUMENT_SORTS,
  DOCUMENT_STATUSES,
  ISSUING_BODIES,
  type AcknowledgeDocumentRequest,
  type ApproveDocumentRequest,
  type CommentDocumentRequest,
  type CreateDocumentRequest,
  type DocumentDraft,
  type DocumentFileType,
  type DocumentFilter,
  type EditDocumentRequest,
  type ReturnDocumentRequest,
  type ReviewDocumentRequest,
  type SubmitDocumentRequest,
  type WithdrawDocumentRequest,
} from './contract';

/*
 * The documents API's request bodies and query strings (docs/api-documents.md), with every rule
 * the service relies on that needs nothing but the request itself (who may do what, and in which
 * state, is permissions.ts's and lifecycle.ts's). Texts are cleaned as platform/text-schemas.ts
 * says; markup stays literal text. Messages in English for developers.
 */

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;
const emptyIsNull = (value: string | null) => (value === '' ? null : value);

export const documentDateSchema = z
  .string({ error: 'must be a date like 2027-03-31' })
  .refine(isCalendarDate, 'must be a date of the calendar like 2027-03-31');

const email = emailText(DOCUMENT_LIMITS.email);

/** "SM-01", "ES-2026/1" as typed, without surrounding spaces. */
export const documentCodeSchema = z
  .string({ error: 'must be a document code' })
  .trim()
  .max(DOCUMENT_LIMITS.code, lengthMessage(DOCUMENT_LIMITS.code))
  .regex(new RegExp(DOCUMENT_LIMITS.codePattern), 'must be a code like SM-01 (letters, digits, - / .)');

/** A version's label: "1.0", "2.3". */
export const VERSION_LABEL_PATTERN = /^(0|[1-9]\d{0,3})\.(0|[1-9]\d{0,4})$/;
export const versionLabelSchema = z
  .string({ error: 'must be a version like 2.0' })
  .regex(VERSION_LABEL_PATTERN, 'must be a version like 2.0');

/** A department's code as the directory spells it: no quotes, no spaces (nothing to inject). */
export const departmentCodeSchema = z
  .string({ error: 'must be a department code' })
  .max(DOCUMENT_LIMITS.departmentCode, lengthMessage(DOCUMENT_LIMITS.departmentCode))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a department code like OSV');

const subcriterionCode = z
  .string({ error: 'must be a CAF subcriterion code like 3.3' })
  .max(8)
  .refine(isSubcriterionCode, 'must be a CAF 2020 subcriterion code like 3.3');

const audienceSchema = z.strictObject({
  scope: z.enum(ACKNOWLEDGEMENT_SCOPES),
  departmentCodes: z
    .array(departmentCodeSchema)
    .max(DOCUMENT_LIMITS.departments, `at most ${DOCUMENT_LIMITS.departments} departments`)
    .refine(unique, 'departments are listed twice'),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).refine(unique, 'roles are listed twice'),
});

const WHOLE_OFFICE = { scope: 'office', departmentCodes: [], roles: [] } as const;

const draftObject = z.strictObject({
  code: documentCodeSchema,
  title: requiredLine(DOCUMENT_LIMITS.title),
  kind: z.enum(DOCUMENT_KINDS),
  description: multilineText(DOCUMENT_LIMITS.description),
  ownerEmail: email.nullable(),
  approverEmail: email,
  issuingBody: z.enum(ISSUING_BODIES),
  issuingResolution: lineText(DOCUMENT_LIMITS.resolution).nullable().transform(emptyIsNull),
  reviewerEmails: z
    .array(email)
    .max(DOCUMENT_LIMITS.reviewers, `at most ${DOCUMENT_LIMITS.reviewers} reviewers`)
    .refine(unique, 'reviewers are listed twice'),
  departmentCodes: z
    .array(departmentCodeSchema)
    .max(DOCUMENT_LIMITS.departments, `at most ${DOCUMENT_LIMITS.departments} departments`)
    .refine(unique, 'departments are listed twice'),
  reviewIntervalMonths: z
    .number({ error: 'must be a number of months' })
    .int('whole months')
    .min(DOCUMENT_LIMITS.reviewIntervalMonths.min)
    .max(DOCUMENT_LIMITS.reviewIntervalMonths.max),
  requiresAcknowledgement: z.boolean(),
  acknowledgementAudience: audienceSchema,
  relatedSubcriteria: z
    .array(subcriterionCode)
    .max(DOCUMENT_LIMITS.subcriteria, `at most ${DOCUMENT_LIMITS.subcriteria} subcriteria`)
    .refine(unique, 'subcriteria are listed twice'),
});

type DraftInput = z.output<typeof draftObject>;

function draftRules(draft: DraftInput, context: z.RefinementCtx): void {
  // Four eyes (ISO 9001 7.5.2 "review and approval for suitability"): nobody approves their own
  // document. A draft without an owner is the creator's; the service checks that case.
  if (draft.ownerEmail !== null && draft.ownerEmail === draft.approverEmail)
    context.addIssue({
      code: 'custom',
      path: ['approverEmail'],
      message: 'the owner may not approve their own document',
    });
  if (draft.reviewerEmails.includes(draft.approverEmail))
    context.addIssue({
      code: 'custom',
      path: ['reviewerEmails'],
      message: 'the approver is not also a reviewer',
    });
  if (draft.ownerEmail !== null && draft.reviewerEmails.includes(draft.ownerEmail))
    context.addIssue({
      code: 'custom',
      path: ['reviewerEmails'],
      message: 'the owner does not review their own document',
    });
  if (!draft.requiresAcknowledgement) return;
  const audience = draft.acknowledgementAudience;
  if (audience.scope === 'departments' && audience.departmentCodes.length === 0)
    context.addIssue({
      code: 'custom',
      path: ['acknowledgementAudience', 'departmentCodes'],
      message: 'name the departments that must confirm',
    });
  if (audience.scope === 'roles' && audience.roles.length === 0)
    context.addIssue({
      code: 'custom',
      path: ['acknowledgementAudience', 'roles'],
      message: 'name the roles that must confirm',
    });
}

/** The audience only where the scope reads it; none at all when nobody has to confirm. */
function normalizeDraft(draft: DraftInput): DocumentDraft {
  if (!draft.requiresAcknowledgement) return { ...draft, acknowledgementAudience: WHOLE_OFFICE };
  const { scope, departmentCodes, roles } = draft.acknowledgementAudience;
  return {
    ...draft,
    acknowledgementAudience: {
      scope,
      departmentCodes: scope === 'departments' ? departmentCodes : [],
      roles: scope === 'roles' ? roles : [],
    },
  };
}

/** A document's metadata as the create and edit forms send it. */
export const documentDraftSchema: z.ZodType<DocumentDraft> = draftObject
  .superRefine(draftRules)
  .transform(normalizeDraft);

export const documentFileTypeSchema: z.ZodType<DocumentFileType> = z.enum(
  Object.keys(DOCUMENT_FILE_TYPES) as [DocumentFileType, ...DocumentFileType[]],
  { error: 'must be docx, pdf or xlsx' },
);

/** POST /api/documents */
export const createDocumentBodySchema: z.ZodType<CreateDocumentRequest> = z.strictObject({
  draft: documentDraftSchema,
  fileType: documentFileTypeSchema,
});

/** PUT /api/documents/:id */
export const editDocumentBodySchema: z.ZodType<EditDocumentRequest> = z.strictObject({
  etag: etagSchema,
  draft: documentDraftSchema,
});

/** POST /api/documents/:id/submit (whether a reason is required depends on the version: the service). */
export const submitDocumentBodySchema: z.ZodType<SubmitDocumentRequest> = z.strictObject({
  etag: etagSchema,
  reasonForChange: multilineText(DOCUMENT_LIMITS.reason),
});

/** POST /api/documents/:id/comments */
export const commentDocumentBodySchema: z.ZodType<CommentDocumentRequest> = z.strictObject({
  versionLabel: versionLabelSchema,
  text: multilineText(DOCUMENT_LIMITS.comment).min(1, 'required: the comment'),
});

/** POST /api/documents/:id/approve (whether effectiveFrom is not in the past: the service, by the office's date). */
export const approveDocumentBodySchema: z.ZodType<ApproveDocumentRequest> = z.strictObject({
  etag: etagSchema,
  versionLabel: versionLabelSchema,
  comment: multilineText(DOCUMENT_LIMITS.comment),
  effectiveFrom: documentDateSchema.nullable(),
  issuingResolution: lineText(DOCUMENT_LIMITS.resolution).nullable().transform(emptyIsNull),
});

/** POST /api/documents/:id/return */
export const returnDocumentBodySchema: z.ZodType<ReturnDocumentRequest> = z.strictObject({
  etag: etagSchema,
  versionLabel: versionLabelSchema,
  comment: multilineText(DOCUMENT_LIMITS.comment).min(1, 'required: what the owner must change'),
});

/** POST /api/documents/:id/review */
export const reviewDocumentBodySchema: z.ZodType<ReviewDocumentRequest> = z.strictObject({
  etag: etagSchema,
  outcome: z.enum(['confirmed', 'revise']),
  note: multilineText(DOCUMENT_LIMITS.reason),
});

/** POST /api/documents/:id/withdraw */
export const withdrawDocumentBodySchema: z.ZodType<WithdrawDocumentRequest> = z.strictObject({
  etag: etagSchema,
  reason: multilineText(DOCUMENT_LIMITS.reason).min(1, 'required: why the document is withdrawn'),
});

/** POST /api/documents/:id/acknowledge */
export const acknowledgeDocumentBodySchema: z.ZodType<AcknowledgeDocumentRequest> = z.strictObject({
  versionLabel: versionLabelSchema,
});

/** One query-string value: a repeated parameter or a nested one is not one value. */
const one = z.string({ error: 'must be given once' });
const flag = one.transform((value, context) => {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  context.addIssue({ code: 'custom', message: 'must be true or false' });
  return z.NEVER;
});
const wholeNumber = (min: number, max: number) =>
  one
    .regex(/^\d{1,10}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** The opaque token a register reply gave as `nextPage`. */
export const DOCUMENT_PAGE_TOKEN_PATTERN = /^p[0-9a-z]{1,8}$/;

/**
 * GET /api/documents?…: the register's query string (a value, or a list for a repeated name) into
 * a DocumentFilter. `status` may be repeated or comma-separated. Unknown names are refused, so a
 * misspelt filter does not silently show everything.
 */
export const documentFilterQuerySchema: z.ZodType<DocumentFilter> = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS).optional(),
  status: z
    .union([one, z.array(one).max(DOCUMENT_STATUSES.length)])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')))
    .pipe(z.array(z.enum(DOCUMENT_STATUSES)).refine(unique, 'statuses are listed twice'))
    .optional(),
  departmentCode: departmentCodeSchema.optional(),
  subcriterionCode: subcriterionCode.optional(),
  search: one.pipe(lineText(DOCUMENT_LIMITS.search)).optional(),
  mine: flag.optional(),
  reviewOverdue: flag.optional(),
  sort: z.enum(DOCUMENT_SORTS).optional(),
  descending: flag.optional(),
  pageSize: wholeNumber(1, DOCUMENT_LIMITS.pageSize.max).optional(),
  page: one.regex(DOCUMENT_PAGE_TOKEN_PATTERN, 'must be the nextPage of the previous reply').optional(),
});

/** Characters SharePoint refuses in a file name (and path separators): refused, not silently changed. */
const FILE_NAME_FORBIDDEN = /["*:<>?/\\|#%]/;

/** PUT /api/documents/:id/file?name=…&etag=… */
export interface DocumentUploadQuery {
  readonly name: string;
  readonly etag: string;
}

export const documentUploadQuerySchema: z.ZodType<DocumentUploadQuery> = z.strictObject({
  name: one
    .pipe(lineText(DOCUMENT_LIMITS.fileName))
    .refine((name) => name.length > 0, 'required: the file name')
    .refine((name) => !FILE_NAME_FORBIDDEN.test(name), 'a file name may not contain " * : < > ? / \\ | # %')
    .refine(
      (name) => !name.startsWith('.') && !name.endsWith('.'),
      'a file name may not start or end with a dot',
    ),
  etag: one.pipe(etagSchema),
});

/** GET /api/documents/evidence?subcriterion=… (one code, repeated or comma-separated; none = all). */
export const documentEvidenceQuerySchema: z.ZodType<{ readonly subcriteria?: readonly string[] }> = z
  .strictObject({
    subcriterion: z
      .union([one, z.array(one).max(DOCUMENT_LIMITS.subcriteria)])
      .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')))
      .pipe(z.array(subcriterionCode))
      .optional(),
  })
  .transform(({ subcriterion }) => (subcriterion === undefined ? {} : { subcriteria: subcriterion }));

/** The numeric id of /api/documents/:id. */
export const documentIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'must be a document id')
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647, 'must be a document id'));
