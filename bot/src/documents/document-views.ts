import {
  type DocumentEvent,
  type DocumentEventKind,
  type DocumentParties,
  type DocumentSummary,
  type DocumentVersion,
  type QualityDocument,
  type StoredDocument,
  type StoredDocumentSummary,
} from '@kvalita/core';
import { rowReviewOverdue } from './register-rows';

/*
 * What each person sees of a stored document: readers the issued versions and the history of
 * approvals and effective dates; those who may see drafts (permissions.ts maySeeDrafts)
 * everything. Storage returns everything; this is where drafts are taken out.
 */

export function partiesOf(document: StoredDocument | StoredDocumentSummary): DocumentParties {
  return {
    status: document.status,
    revisionStatus: 'revision' in document ? (document.revision?.status ?? null) : document.revisionStatus,
    ownerEmail: document.ownerEmail,
    approverEmail: document.approverEmail,
    reviewerEmails: document.reviewerEmails,
    departmentCodes: document.departmentCodes,
  };
}

export function summaryOf(row: StoredDocumentSummary, today: string, seesDrafts: boolean): DocumentSummary {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    kind: row.kind,
    status: row.status,
    versionLabel: row.versionLabel,
    effectiveFrom: row.effectiveFrom,
    nextReviewDate: row.nextReviewDate,
    reviewOverdue: rowReviewOverdue(row, today),
    owner: row.owner,
    departmentCodes: row.departmentCodes,
    relatedSubcriteria: row.relatedSubcriteria,
    requiresAcknowledgement: row.requiresAcknowledgement,
    revisionStatus: seesDrafts ? row.revisionStatus : null,
    webUrl: row.webUrl,
    modifiedAt: row.modifiedAt,
  };
}

/** The contract's document: the stored one without the e-mails, its revision only for who sees drafts. */
export function documentOf(stored: StoredDocument, seesDrafts: boolean): QualityDocument {
  const { ownerEmail: _owner, approverEmail: _approver, reviewerEmails: _reviewers, ...document } = stored;
  return { ...document, revision: seesDrafts ? stored.revision : null };
}

const DRAFT_VERSION_STATUSES: readonly DocumentVersion['status'][] = ['draft', 'inReview'];

/** Approved versions for everyone; drafts too for who sees drafts. */
export function versionsFor(versions: readonly DocumentVersion[], seesDrafts: boolean): DocumentVersion[] {
  return seesDrafts
    ? [...versions]
    : versions.filter((version) => !DRAFT_VERSION_STATUSES.includes(version.status));
}

/** What a reader's history shows: when a version was approved, took effect, or the document ended. */
const READER_EVENTS: readonly DocumentEventKind[] = ['approved', 'tookEffect', 'withdrawn'];

export function eventsFor(events: readonly DocumentEvent[], seesDrafts: boolean): DocumentEvent[] {
  if (seesDrafts) return [...events];
  // The approver's comment is part of the draft's discussion: a reader sees that it was approved, and when.
  return events
    .filter((event) => READER_EVENTS.includes(event.kind))
    .map((event) => (event.kind === 'withdrawn' ? event : { ...event, note: '' }));
}
