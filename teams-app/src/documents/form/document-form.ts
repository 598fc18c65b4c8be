import {
  DOCUMENT_LIMITS,
  type AcknowledgementScope,
  type DocumentDraft,
  type DocumentFileType,
  type DocumentKind,
  type IssuingBody,
  type MessageKey,
  type PersonRef,
  type QualityDocument,
  type Role,
} from '@kvalita/core';

/** The form's fields as typed (text stays text until it is sent). */
export interface DocumentFormValues {
  readonly code: string;
  readonly title: string;
  readonly kind: DocumentKind;
  readonly description: string;
  /** null = the person creating it. */
  readonly owner: PersonRef | null;
  readonly approver: PersonRef | null;
  readonly issuingBody: IssuingBody;
  readonly issuingResolution: string;
  readonly reviewers: readonly PersonRef[];
  readonly departmentCodes: readonly string[];
  readonly reviewIntervalMonths: string;
  readonly requiresAcknowledgement: boolean;
  readonly audienceScope: AcknowledgementScope;
  readonly audienceDepartments: readonly string[];
  readonly audienceRoles: readonly Role[];
  readonly relatedSubcriteria: readonly string[];
  /** Chosen at creation only. */
  readonly fileType: DocumentFileType;
}

export type DocumentFormField = keyof DocumentFormValues;

/** A field's message: a catalogue key and its values. */
export interface DocumentFieldError {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

export type DocumentFormErrors = Partial<Record<DocumentFormField, DocumentFieldError>>;

export const EMPTY_DOCUMENT_FORM: DocumentFormValues = {
  code: '',
  title: '',
  kind: 'directive',
  description: '',
  owner: null,
  approver: null,
  issuingBody: 'secretary',
  issuingResolution: '',
  reviewers: [],
  departmentCodes: [],
  reviewIntervalMonths: String(DOCUMENT_LIMITS.reviewIntervalMonths.default),
  requiresAcknowledgement: false,
  audienceScope: 'office',
  audienceDepartments: [],
  audienceRoles: [],
  relatedSubcriteria: [],
  fileType: 'docx',
};

/** The stored document's metadata as the form edits it. */
export function formOfDocument(document: QualityDocument): DocumentFormValues {
  return {
    code: document.code,
    title: document.title,
    kind: document.kind,
    description: document.description,
    owner: document.owner,
    approver: document.approver,
    issuingBody: document.issuingBody,
    issuingResolution: document.issuingResolution ?? '',
    reviewers: document.reviewers,
    departmentCodes: document.departmentCodes,
    reviewIntervalMonths: String(document.reviewIntervalMonths),
    requiresAcknowledgement: document.requiresAcknowledgement,
    audienceScope: document.acknowledgementAudience.scope,
    audienceDepartments: document.acknowledgementAudience.departmentCodes,
    audienceRoles: document.acknowledgementAudience.roles,
    relatedSubcriteria: document.relatedSubcriteria,
    fileType: document.fileType,
  };
}

const CODE = new RegExp(DOCUMENT_LIMITS.codePattern);

/**
 * The rules a person can break while typing, each under its field; the service checks them again
 * (and the rest: who may be approver, a code already taken) and answers in its own sentence.
 */
export function validateDocumentForm(values: DocumentFormValues): DocumentFormErrors {
  const errors: { -readonly [K in DocumentFormField]?: DocumentFieldError } = {};
  const required = { key: 'tab.documents.form.required' } as const;
  const tooLong = (max: number) => ({ key: 'tab.documents.form.tooLong', values: { max } }) as const;
  const code = values.code.trim();
  if (code === '') errors.code = required;
  else if (code.length > DOCUMENT_LIMITS.code) errors.code = tooLong(DOCUMENT_LIMITS.code);
  else if (!CODE.test(code)) errors.code = { key: 'tab.documents.form.codePattern' };
  const title = values.title.trim();
  if (title === '') errors.title = required;
  else if (title.length > DOCUMENT_LIMITS.title) errors.title = tooLong(DOCUMENT_LIMITS.title);
  if (values.description.length > DOCUMENT_LIMITS.description)
    errors.description = tooLong(DOCUMENT_LIMITS.description);
  if (values.approver === null) errors.approver = required;
  if (values.issuingResolution.trim().length > DOCUMENT_LIMITS.resolution)
    errors.issuingResolution = tooLong(DOCUMENT_LIMITS.resolution);
  if (values.reviewers.length > DOCUMENT_LIMITS.reviewers)
    errors.reviewers = { key: 'tab.documents.form.tooMany', values: { max: DOCUMENT_LIMITS.reviewers } };
  if (values.departmentCodes.length > DOCUMENT_LIMITS.departments)
    errors.departmentCodes = {
      key: 'tab.documents.form.tooMany',
      values: { max: DOCUMENT_LIMITS.departments },
    };
  const { min, max } = DOCUMENT_LIMITS.reviewIntervalMonths;
  const months = Number(values.reviewIntervalMonths.trim());
  if (!/^\d+$/.test(values.reviewIntervalMonths.trim()) || months < min || months > max)
    errors.reviewIntervalMonths = { key: 'tab.documents.form.interval', values: { min, max } };
  if (
    values.requiresAcknowledgement &&
    values.audienceScope === 'departments' &&
    values.audienceDepartments.length === 0
  )
    errors.audienceDepartments = { key: 'tab.documents.form.audienceDepartmentsMissing' };
  if (values.requiresAcknowledgement && values.audienceScope === 'roles' && values.audienceRoles.length === 0)
    errors.audienceRoles = { key: 'tab.documents.form.audienceRolesMissing' };
  return errors;
}

/** What the form sends (call after validateDocumentForm found nothing). */
export function draftOfForm(values: DocumentFormValues): DocumentDraft {
  const resolution = values.issuingResolution.trim();
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    kind: values.kind,
    description: values.description.trim(),
    ownerEmail: values.owner?.email ?? null,
    approverEmail: values.approver?.email ?? '',
    issuingBody: values.issuingBody,
    issuingResolution: resolution === '' ? null : resolution,
    reviewerEmails: values.reviewers.map((person) => person.email),
    departmentCodes: values.departmentCodes,
    reviewIntervalMonths: Number(values.reviewIntervalMonths.trim()),
    requiresAcknowledgement: values.requiresAcknowledgement,
    acknowledgementAudience: values.requiresAcknowledgement
      ? {
          scope: values.audienceScope,
          departmentCodes: values.audienceScope === 'departments' ? values.audienceDepartments : [],
          roles: values.audienceScope === 'roles' ? values.audienceRoles : [],
        }
      : { scope: 'office', departmentCodes: [], roles: [] },
    relatedSubcriteria: values.relatedSubcriteria,
  };
}
