import {
  ACKNOWLEDGEMENT_SCOPES,
  DOCUMENT_FILE_TYPES,
  ROLES,
  type AcknowledgementAudience,
  type DocumentComment,
  type DocumentEvent,
  type DocumentFileType,
  type PersonRef,
  type Role,
  type StoredDocumentSummary,
} from '@kvalita/core';
import { fromSharePointDate } from '../platform/dates';
import type { StoredDepartment } from '../platform/directory/departments';
import type { PersonRead } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import { readCodes } from './code-set';
import { documentCommentsList } from './lists/document-comments';
import { documentEventsList } from './lists/document-events';
import { documentsLibrary } from './lists/documents';

/*
 * How documents, their history and comments are read. Values someone typed by hand in SharePoint
 * (a label that is no choice) read as the safest value, never as a crash.
 */

export const documentKinds = choiceColumn(documentsLibrary, 'DocumentKind');
export const documentStatuses = choiceColumn(documentsLibrary, 'DocumentStatus');
export const revisionStatuses = choiceColumn(documentsLibrary, 'RevisionStatus');
export const issuingBodies = choiceColumn(documentsLibrary, 'IssuingBody');
export const acknowledgementScopes = choiceColumn(documentsLibrary, 'AcknowledgementScope');
export const eventKinds = choiceColumn(documentEventsList, 'EventKind');

/** The file's state on its item: the version label, check-out and content approval (SP.ModerationStatusType). */
const FILE_COLUMNS = [
  'FileLeafRef',
  'FileRef',
  'OData__UIVersionString',
  'CheckoutUserId',
  'OData__ModerationStatus',
];

export interface FileColumns {
  readonly FileLeafRef: string | null;
  readonly FileRef: string | null;
  readonly OData__UIVersionString: string | null;
  readonly CheckoutUserId: number | null;
  /** 0 approved, 1 denied, 2 pending, 3 draft. */
  readonly OData__ModerationStatus: number | null;
}

export const MODERATION = { approved: 0, denied: 1, pending: 2, draft: 3 } as const;

/** A register row: no long texts. */
const SUMMARY = selectOf(
  documentsLibrary,
  'Id',
  'Title',
  'Modified',
  'DocumentCode',
  'DocumentKind',
  'DocumentStatus',
  'RevisionStatus',
  'DocumentOwner',
  'DocumentApprover',
  'DocumentReviewers',
  'DepartmentScope',
  'NextReviewDate',
  'EffectiveFrom',
  'EffectiveVersion',
  'RequiresAcknowledgement',
  'AcknowledgementScope',
  'AudienceDepartments',
  'AudienceRoles',
  'RelatedSubcriteria',
  'SubmittedAt',
);

/** Everything a document's detail shows. */
const DETAIL = selectOf(
  documentsLibrary,
  'Id',
  'Title',
  'Created',
  'Modified',
  'DocumentCode',
  'DocumentKind',
  'DocumentStatus',
  'RevisionStatus',
  'DocumentDescription',
  'DocumentOwner',
  'DocumentApprover',
  'DocumentReviewers',
  'IssuingBody',
  'IssuingResolution',
  'DepartmentScope',
  'ReviewIntervalMonths',
  'NextReviewDate',
  'EffectiveFrom',
  'EffectiveVersion',
  'RequiresAcknowledgement',
  'AcknowledgementScope',
  'AudienceDepartments',
  'AudienceRoles',
  'RelatedSubcriteria',
  'ReasonForChange',
  'SubmittedAt',
  'ReturnComment',
  'WithdrawnReason',
  'ApprovedDraft',
);

export type DocumentSummaryRow = RowOf<typeof SUMMARY> & FileColumns;
export type DocumentDetailRow = RowOf<typeof DETAIL> & FileColumns;

interface Selectable<Q> {
  select(...names: string[]): Q;
  expand(...names: string[]): Q;
}

const withFile =
  (selection: { readonly select: readonly string[]; readonly expand: readonly string[] }) =>
  <Q extends Selectable<Q>>(query: Q): Q =>
    query.select(...selection.select, ...FILE_COLUMNS).expand(...selection.expand);

export const selectSummary = withFile(SUMMARY);
export const selectDetail = withFile(DETAIL);

export const EVENT = selectOf(
  documentEventsList,
  'Id',
  'EventKind',
  'VersionLabel',
  'EventBy',
  'EventAt',
  'Note',
  'EffectiveFrom',
  'Reason',
);
export type EventRow = RowOf<typeof EVENT>;
export const COMMENT = selectOf(
  documentCommentsList,
  'Id',
  'VersionLabel',
  'CommentBy',
  'CommentAt',
  'CommentText',
);
export type CommentRow = RowOf<typeof COMMENT>;

export function personOf(read: PersonRead | null | undefined): PersonRef | null {
  if (!read?.EMail) return null;
  return { email: read.EMail.toLowerCase(), displayName: read.Title ?? read.EMail };
}

export const peopleOf = (reads: readonly PersonRead[] | null | undefined): PersonRef[] =>
  (reads ?? []).flatMap((read) => {
    const person = personOf(read);
    return person ? [person] : [];
  });

/** The file type of a library file's name (its extension); null for a file someone put there by hand. */
export function fileTypeOf(name: string | null | undefined): DocumentFileType | null {
  const extension = (name ?? '').split('.').pop()?.toLowerCase() ?? '';
  return extension in DOCUMENT_FILE_TYPES ? (extension as DocumentFileType) : null;
}

export function audienceOf(row: {
  readonly RequiresAcknowledgement: boolean | null;
  readonly AcknowledgementScope: string | null;
  readonly AudienceDepartments: string | null;
  readonly AudienceRoles: string | null;
}): AcknowledgementAudience {
  const scope = acknowledgementScopes.code(row.AcknowledgementScope) ?? 'office';
  const known = new Set<string>(ACKNOWLEDGEMENT_SCOPES);
  return {
    scope: known.has(scope) ? scope : 'office',
    departmentCodes: scope === 'departments' ? readCodes(row.AudienceDepartments) : [],
    roles:
      scope === 'roles'
        ? readCodes(row.AudienceRoles).filter((role): role is Role =>
            (ROLES as readonly string[]).includes(role),
          )
        : [],
  };
}

/** The draft in progress: the file's current label when it is a minor version and a revision runs. */
export function revisionLabelOf(
  row: FileColumns & { readonly RevisionStatus: string | null },
): string | null {
  return revisionStatuses.code(row.RevisionStatus) === null ? null : (row.OData__UIVersionString ?? null);
}

export function toSummary(row: DocumentSummaryRow, webOrigin: string): StoredDocumentSummary {
  const owner = personOf(row.DocumentOwner);
  const approver = personOf(row.DocumentApprover);
  return {
    id: row.Id,
    code: row.DocumentCode ?? '',
    title: row.Title ?? '',
    kind: documentKinds.code(row.DocumentKind) ?? 'other',
    status: documentStatuses.code(row.DocumentStatus) ?? 'draft',
    versionLabel: row.EffectiveVersion ?? null,
    effectiveFrom: fromSharePointDate(row.EffectiveFrom),
    nextReviewDate: fromSharePointDate(row.NextReviewDate),
    owner,
    departmentCodes: readCodes(row.DepartmentScope),
    relatedSubcriteria: readCodes(row.RelatedSubcriteria),
    requiresAcknowledgement: row.RequiresAcknowledgement === true,
    revisionStatus: revisionStatuses.code(row.RevisionStatus),
    webUrl: row.EffectiveVersion && row.FileRef ? `${webOrigin}${encodeURI(row.FileRef)}` : null,
    modifiedAt: row.Modified,
    ownerEmail: owner?.email ?? null,
    approverEmail: approver?.email ?? null,
    reviewerEmails: peopleOf(row.DocumentReviewers).map((person) => person.email),
    acknowledgementAudience: audienceOf(row),
    submittedAt: row.SubmittedAt ?? null,
  };
}

export function departmentNames(
  codes: readonly string[],
  departments: readonly StoredDepartment[],
): string[] {
  return codes.map((code) => departments.find((department) => department.code === code)?.name ?? code);
}

export function toEvent(row: EventRow): DocumentEvent {
  return {
    id: row.Id,
    kind: eventKinds.code(row.EventKind) ?? 'edited',
    at: row.EventAt ?? '',
    by: personOf(row.EventBy),
    versionLabel: row.VersionLabel ?? '',
    note: row.Note ?? '',
  };
}

export function toComment(row: CommentRow): DocumentComment {
  return {
    id: row.Id,
    versionLabel: row.VersionLabel ?? '',
    by: personOf(row.CommentBy),
    at: row.CommentAt ?? '',
    text: row.CommentText ?? '',
  };
}
