import {
  DOCUMENT_FILE_TYPES,
  normalizeEmail,
  type DocumentDraft,
  type DocumentFileType,
  type DocumentStateChange,
} from '@kvalita/core';
import { toSharePointDate } from '../platform/dates';
import type { StoredDepartment } from '../platform/directory/departments';
import { UnknownDepartmentError } from '../platform/directory/unknown-department';
import type { ItemChangesOf } from '../platform/schema/items';
import { userOf, type SiteUser } from '../measures/measure-people';
import { writeCodes } from './code-set';
import {
  acknowledgementScopes,
  documentKinds,
  documentStatuses,
  issuingBodies,
  revisionStatuses,
} from './document-rows';
import type { documentsLibrary } from './lists/documents';

export type DocumentValues = ItemChangesOf<typeof documentsLibrary>;

/** The people a draft names (ensured before anything is written). */
export const draftEmails = (draft: DocumentDraft): string[] => [
  ...(draft.ownerEmail ? [draft.ownerEmail] : []),
  draft.approverEmail,
  ...draft.reviewerEmails,
];

function knownCodes(codes: readonly string[], departments: readonly StoredDepartment[]): string[] {
  for (const code of codes)
    if (!departments.some((department) => department.code === code)) throw new UnknownDepartmentError(code);
  return [...codes];
}

const dateValue = (isoDate: string | null): string | null =>
  isoDate === null ? null : toSharePointDate(isoDate);

/** The draft's metadata as the library's columns. The owner defaults to `fallbackOwnerEmail` (the creator). */
export function draftValues(
  draft: DocumentDraft,
  users: ReadonlyMap<string, SiteUser>,
  departments: readonly StoredDepartment[],
  fallbackOwnerEmail: string,
): DocumentValues {
  const audience = draft.requiresAcknowledgement
    ? draft.acknowledgementAudience
    : { scope: 'office' as const, departmentCodes: [], roles: [] };
  return {
    Title: draft.title,
    DocumentCode: draft.code,
    DocumentKind: documentKinds.label(draft.kind),
    DocumentDescription: draft.description,
    DocumentOwnerId: userOf(users, draft.ownerEmail ?? fallbackOwnerEmail).Id,
    DocumentApproverId: userOf(users, draft.approverEmail).Id,
    DocumentReviewersId: [...new Set(draft.reviewerEmails.map((email) => userOf(users, email).Id))],
    IssuingBody: issuingBodies.label(draft.issuingBody),
    IssuingResolution: draft.issuingResolution,
    DepartmentScope: writeCodes(knownCodes(draft.departmentCodes, departments)),
    ReviewIntervalMonths: draft.reviewIntervalMonths,
    RequiresAcknowledgement: draft.requiresAcknowledgement,
    AcknowledgementScope: acknowledgementScopes.label(audience.scope),
    AudienceDepartments:
      audience.scope === 'departments' ? writeCodes(knownCodes(audience.departmentCodes, departments)) : null,
    AudienceRoles: audience.scope === 'roles' ? writeCodes(audience.roles) : null,
    RelatedSubcriteria: writeCodes(draft.relatedSubcriteria),
  };
}

/** The stored state a change sets; absent properties stay as they are. */
export function stateValues(state: DocumentStateChange): DocumentValues {
  const values: DocumentValues = {};
  if (state.status !== undefined) values.DocumentStatus = documentStatuses.label(state.status);
  if (state.revisionStatus !== undefined)
    values.RevisionStatus =
      state.revisionStatus === null ? null : revisionStatuses.label(state.revisionStatus);
  if (state.reasonForChange !== undefined) values.ReasonForChange = state.reasonForChange;
  if (state.submittedAt !== undefined) values.SubmittedAt = state.submittedAt;
  if (state.returnComment !== undefined) values.ReturnComment = state.returnComment;
  if (state.effectiveFrom !== undefined) values.EffectiveFrom = dateValue(state.effectiveFrom);
  if (state.nextReviewDate !== undefined) values.NextReviewDate = dateValue(state.nextReviewDate);
  if (state.withdrawnReason !== undefined) values.WithdrawnReason = state.withdrawnReason;
  return values;
}

export { dateValue };

/**
 * The library file of a document: its code made a safe file name (SharePoint refuses
 * " * : < > ? / \ | # % and a leading or trailing dot), with the type's extension.
 */
export function documentFileName(code: string, type: DocumentFileType): string {
  const safe = code
    .normalize('NFC')
    .replace(/["*:<>?/\\|#%~&{}]/g, '_')
    .replace(/^\.+|\.+$/g, '')
    .trim();
  if (safe === '' || !(type in DOCUMENT_FILE_TYPES))
    throw new RangeError(`No file name for the code "${code}"`);
  return `${safe}.${type}`;
}

export const sameEmail = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && normalizeEmail(a) === normalizeEmail(b);
