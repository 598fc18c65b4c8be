import type { DocumentRevision, StoredDocument } from '@kvalita/core';
import { fromSharePointDate } from '../platform/dates';
import { etagOf } from '../platform/paging';
import type { StoredDepartment } from '../platform/directory/departments';
import { readCodes } from './code-set';
import {
  audienceOf,
  departmentNames,
  documentKinds,
  documentStatuses,
  eventKinds,
  fileTypeOf,
  issuingBodies,
  peopleOf,
  personOf,
  revisionStatuses,
  type DocumentDetailRow,
  type EventRow,
} from './document-rows';
import {
  buildVersions,
  type CurrentFileRow,
  type FileVersionRow,
  type VersionEvent,
} from './document-versions';
import { isMajorLabel, parseLabel } from './version-labels';

export function toVersionEvent(row: EventRow): VersionEvent {
  return {
    id: row.Id,
    kind: eventKinds.code(row.EventKind) ?? 'edited',
    at: row.EventAt ?? '',
    by: personOf(row.EventBy),
    versionLabel: row.VersionLabel ?? '',
    note: row.Note ?? '',
    effectiveFrom: fromSharePointDate(row.EffectiveFrom),
    reason: row.Reason ?? null,
  };
}

export interface WholeDocument {
  readonly row: DocumentDetailRow;
  readonly file: CurrentFileRow;
  readonly history: readonly FileVersionRow[];
  readonly events: readonly VersionEvent[];
  readonly departments: readonly StoredDepartment[];
  readonly origin: string;
}

/**
 * The label the draft in progress has: the current file's when it is a minor version (0.1 is the
 * first draft, empty until the first upload fills it), else the next minor of the approved version.
 */
function revisionLabel(current: string): string {
  if (!isMajorLabel(current)) return current;
  const version = parseLabel(current) ?? { major: 0, minor: 0 };
  return `${version.major}.${version.minor + 1}`;
}

/** A document as the service reads it, from its item, its file's versions and its history. */
export function toStoredDocument(whole: WholeDocument): StoredDocument {
  const { row, file } = whole;
  const type = fileTypeOf(row.FileLeafRef) ?? 'docx';
  const status = documentStatuses.code(row.DocumentStatus) ?? 'draft';
  const revisionStatus = revisionStatuses.code(row.RevisionStatus);
  const versions = buildVersions({
    documentId: row.Id,
    type,
    status,
    revisionStatus,
    effectiveVersion: row.EffectiveVersion ?? null,
    reasonForChange: row.ReasonForChange ?? null,
    moderationStatus: row.OData__ModerationStatus,
    current: file,
    history: whole.history,
    events: whole.events,
  });
  const bytes = Number(file.Length) || 0;
  const currentIsDraft = !isMajorLabel(file.UIVersionLabel) && bytes > 0;
  const revision: DocumentRevision | null =
    revisionStatus === null
      ? null
      : {
          label: revisionLabel(file.UIVersionLabel),
          status: revisionStatus,
          reasonForChange: row.ReasonForChange ?? null,
          submittedAt: row.SubmittedAt ?? null,
          returnComment: row.ReturnComment ?? null,
          file: currentIsDraft ? { name: file.Name, type, bytes } : null,
        };
  const effectiveVersion =
    versions.find((version) => version.status === 'effective') ??
    (status === 'approved' ? (versions.find((version) => version.status === 'approved') ?? null) : null);
  const owner = personOf(row.DocumentOwner);
  const approver = personOf(row.DocumentApprover);
  const reviewers = peopleOf(row.DocumentReviewers);
  const departmentCodes = readCodes(row.DepartmentScope);
  return {
    id: row.Id,
    code: row.DocumentCode ?? '',
    title: row.Title ?? '',
    kind: documentKinds.code(row.DocumentKind) ?? 'other',
    description: row.DocumentDescription ?? '',
    issuingBody: issuingBodies.code(row.IssuingBody) ?? 'director',
    issuingResolution: row.IssuingResolution ?? null,
    departmentCodes,
    reviewIntervalMonths: row.ReviewIntervalMonths ?? 12,
    requiresAcknowledgement: row.RequiresAcknowledgement === true,
    acknowledgementAudience: audienceOf(row),
    relatedSubcriteria: readCodes(row.RelatedSubcriteria),
    status,
    owner,
    approver,
    reviewers,
    departmentNames: departmentNames(departmentCodes, whole.departments),
    fileType: type,
    effectiveVersion: status === 'withdrawn' ? null : effectiveVersion,
    revision,
    effectiveFrom: fromSharePointDate(row.EffectiveFrom),
    nextReviewDate: fromSharePointDate(row.NextReviewDate),
    withdrawnReason: row.WithdrawnReason ?? null,
    webUrl: row.EffectiveVersion && row.FileRef ? `${whole.origin}${encodeURI(row.FileRef)}` : null,
    createdAt: row.Created,
    modifiedAt: row.Modified,
    etag: etagOf(row),
    ownerEmail: owner?.email ?? null,
    approverEmail: approver?.email ?? null,
    reviewerEmails: reviewers.map((person) => person.email),
  };
}
