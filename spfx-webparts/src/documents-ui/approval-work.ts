import {
  DOCUMENT_LIMITS,
  type DocumentAction,
  type DocumentDetailReply,
  type DocumentSummary,
} from '@kvalita/core';

import { addDays } from './office-date';

/** The approval web part's lists; one document can be in one of them only. */
export interface ApprovalWork {
  /** Drafts in review the signed-in person may approve, return or comment on. */
  readonly awaitingMe: readonly DocumentDetailReply[];
  /** The person's own drafts: being written, returned, or in review waiting on others. */
  readonly myDrafts: readonly DocumentDetailReply[];
  /** Effective documents whose periodic review is due or overdue (the allowed list says who concludes it). */
  readonly reviewsDue: readonly DocumentDetailReply[];
}

const DECISIONS: readonly DocumentAction[] = ['approve', 'return', 'comment'];
const OWNER_WORK: readonly DocumentAction[] = ['edit', 'upload', 'submit'];

const mayAny = (reply: DocumentDetailReply, actions: readonly DocumentAction[]): boolean =>
  actions.some((action) => reply.allowed.indexOf(action) >= 0);

/** Whether a row of the register can need the person's work: a draft, or a review due soon. */
export function mayNeedWork(summary: DocumentSummary, today: string): boolean {
  if (summary.revisionStatus !== null || summary.status === 'draft' || summary.status === 'inReview') return true;
  return isReviewDue(summary, today);
}

/** Effective, with its review date within reviewDueSoonDays (or past). */
export function isReviewDue(document: Pick<DocumentSummary, 'status' | 'nextReviewDate'>, today: string): boolean {
  const { status, nextReviewDate } = document;
  if (status !== 'effective' || nextReviewDate === null) return false;
  return nextReviewDate <= addDays(today, DOCUMENT_LIMITS.reviewDueSoonDays);
}

/**
 * Sorts the documents' details into the web part's lists by what the service allows the person. The
 * owner may comment on their own draft in review too, so their drafts stay under "my drafts".
 */
export function sortApprovalWork(
  details: readonly DocumentDetailReply[],
  myEmail: string,
  today: string,
): ApprovalWork {
  const awaitingMe: DocumentDetailReply[] = [];
  const myDrafts: DocumentDetailReply[] = [];
  const reviewsDue: DocumentDetailReply[] = [];
  for (const reply of details) {
    const { document } = reply;
    const draft = document.revision;
    const mine = document.owner !== null && document.owner.email.toLowerCase() === myEmail.toLowerCase();
    if (draft !== null && draft.status === 'inReview' && mayAny(reply, DECISIONS) && !mine) awaitingMe.push(reply);
    else if (draft !== null && (mine || mayAny(reply, OWNER_WORK))) myDrafts.push(reply);
    // A draft the person approves or reviews but is not in review yet (or was returned): the owner's turn.
    else if (draft !== null) continue;
    // Also without the right to conclude it: the quality manager sees every review due.
    else if (isReviewDue(document, today)) reviewsDue.push(reply);
  }
  const byReview = (a: DocumentDetailReply, b: DocumentDetailReply): number =>
    (a.document.nextReviewDate ?? '').localeCompare(b.document.nextReviewDate ?? '');
  const bySubmission = (a: DocumentDetailReply, b: DocumentDetailReply): number =>
    (a.document.revision?.submittedAt ?? '').localeCompare(b.document.revision?.submittedAt ?? '');
  return {
    awaitingMe: awaitingMe.sort(bySubmission),
    myDrafts: myDrafts.sort((a, b) => a.document.code.localeCompare(b.document.code)),
    reviewsDue: reviewsDue.sort(byReview),
  };
}
