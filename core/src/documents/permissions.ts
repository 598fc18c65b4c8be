import { DOCUMENT_ACTIONS, type DocumentAction, type DocumentActor, type DocumentParties } from './contract';
import { lifecycleAllowsDocument } from './lifecycle';

/*
 * The controlled documents' one role matrix (docs/api-documents.md), enforced by the service and
 * shown by the tab, the web parts and the cards only through a reply's `allowed`:
 *
 * | who                         | may                                                                |
 * |-----------------------------|--------------------------------------------------------------------|
 * | quality manager             | create; as the document controller: edit, upload, submit, revise   |
 * | (document controller)       | and confirm a review of any document; comment; see every draft;   |
 * |                             | the overview and every rate                                        |
 * | director                    | create; see every draft; withdraw an issued document; overview     |
 * | head of department          | create (they own their departments' documents)                     |
 * | owner (garant)              | edit, upload, submit, revise, confirm a review, comment; see its   |
 * |                             | drafts and its rates                                               |
 * | approver                    | approve or return the draft in review, comment, withdraw an issued |
 * |                             | document; see its drafts and its rates                             |
 * | reviewers                   | comment on the draft in review; see its drafts                     |
 * | everyone in the audience    | acknowledge the effective version                                  |
 * | everyone                    | read the register of issued documents (never a draft)              |
 *
 * Approval is the named approver's alone, and the approver is never the owner (four eyes: ISO 9001
 * 7.5.2 asks for "review and approval for suitability and adequacy", and eQMS products such as
 * Qualio and MasterControl refuse self-approval so that an author cannot issue what nobody else
 * read; nor does the quality manager approve on the approver's behalf, so the record always shows
 * who issued the document). Withdrawing an issued document ends its force, so it is the issuer's
 * (the approver) or top management's (the director).
 */

/** Why the role matrix refuses; each has its sentence `documents.refused.<reason>`. */
export const DOCUMENT_REFUSALS = [
  /** A draft that the person may not see (readers see issued versions only). */
  'hidden',
  'createRole',
  'ownerRole',
  'approverRole',
  'commentRole',
  'withdrawRole',
  'notInAudience',
  'overviewRole',
  'ratesRole',
  /** Only the quality manager hands a document to another owner. */
  'ownerByQualityManager',
  /** The approver may not be the document's owner. */
  'selfApproval',
] as const;
export type DocumentRefusal = (typeof DOCUMENT_REFUSALS)[number];

const has = (actor: DocumentActor, role: DocumentActor['roles'][number]) => actor.roles.includes(role);
const same = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

export const isDocumentOwner = (actor: DocumentActor, parties: DocumentParties) =>
  same(parties.ownerEmail, actor.email);
export const isDocumentApprover = (actor: DocumentActor, parties: DocumentParties) =>
  same(parties.approverEmail, actor.email);
export const isDocumentReviewer = (actor: DocumentActor, parties: DocumentParties) =>
  parties.reviewerEmails.some((email) => same(email, actor.email));

/** Whether the person may see the document's drafts (its revision, draft versions, comments, full history). */
export function maySeeDrafts(actor: DocumentActor, parties: DocumentParties): boolean {
  return (
    has(actor, 'qualityManager') ||
    has(actor, 'director') ||
    isDocumentOwner(actor, parties) ||
    isDocumentApprover(actor, parties) ||
    isDocumentReviewer(actor, parties)
  );
}

/** Never approved (draft, in review): only those who see drafts see it at all. */
export function isUnissued(parties: DocumentParties): boolean {
  return parties.status === 'draft' || parties.status === 'inReview';
}

/** Why the person may not see the document at all (null: they may). */
export function documentReadRefusal(actor: DocumentActor, parties: DocumentParties): DocumentRefusal | null {
  return isUnissued(parties) && !maySeeDrafts(actor, parties) ? 'hidden' : null;
}

export function documentCreateRefusal(actor: DocumentActor): DocumentRefusal | null {
  return has(actor, 'qualityManager') || has(actor, 'director') || has(actor, 'headOfDepartment')
    ? null
    : 'createRole';
}

/** Who may see the acknowledgement rates of one document. */
export function documentRatesRefusal(actor: DocumentActor, parties: DocumentParties): DocumentRefusal | null {
  return has(actor, 'qualityManager') ||
    has(actor, 'director') ||
    isDocumentOwner(actor, parties) ||
    isDocumentApprover(actor, parties)
    ? null
    : 'ratesRole';
}

/** The quality manager's overview (and its .xlsx). */
export function documentOverviewRefusal(actor: DocumentActor): DocumentRefusal | null {
  return has(actor, 'qualityManager') || has(actor, 'director') ? null : 'overviewRole';
}

/** What the matrix needs besides the parties: whether the person is in the effective version's audience. */
export interface DocumentActorStanding {
  readonly inAudience: boolean;
}

/** Why the role matrix refuses the action on this document (the lifecycle aside); null: allowed. */
export function documentActionRefusal(
  actor: DocumentActor,
  parties: DocumentParties,
  standing: DocumentActorStanding,
  action: DocumentAction,
): DocumentRefusal | null {
  if (action === 'acknowledge') return standing.inAudience ? null : 'notInAudience';
  const hidden = documentReadRefusal(actor, parties);
  if (hidden) return hidden;
  const owner = isDocumentOwner(actor, parties);
  const approver = isDocumentApprover(actor, parties);
  const controller = has(actor, 'qualityManager');
  switch (action) {
    case 'edit':
    case 'upload':
    case 'submit':
    case 'revise':
    case 'confirmReview':
      return owner || controller ? null : 'ownerRole';
    case 'comment':
      return owner || approver || controller || isDocumentReviewer(actor, parties) ? null : 'commentRole';
    case 'approve':
    case 'return':
      if (!approver) return 'approverRole';
      return owner ? 'selfApproval' : null;
    case 'withdraw':
      return approver || has(actor, 'director') ? null : 'withdrawRole';
  }
}

/**
 * What the person may do to the document now: what the role matrix allows them and the lifecycle
 * allows in its state, in DOCUMENT_ACTIONS order (the reply's `allowed`). `acknowledged`: the
 * person already confirmed the effective version (nothing left to confirm).
 */
export function allowedDocumentActions(
  actor: DocumentActor,
  parties: DocumentParties,
  standing: DocumentActorStanding & {
    readonly acknowledged: boolean;
    readonly requiresAcknowledgement: boolean;
  },
): DocumentAction[] {
  return DOCUMENT_ACTIONS.filter((action) => {
    if (!lifecycleAllowsDocument(parties, action)) return false;
    if (action === 'acknowledge' && (standing.acknowledged || !standing.requiresAcknowledgement))
      return false;
    return documentActionRefusal(actor, parties, standing, action) === null;
  });
}
