import type {
  DocumentAction,
  DocumentFileType,
  DocumentParties,
  IssuingBody,
  QualityDocument,
} from './contract';

/*
 * A controlled document's lifecycle (ISO 9001 7.5.2–7.5.3): which action each state allows and what
 * a step needs before it is taken. The role matrix (permissions.ts) says who.
 *
 *   draft ──submit──▶ inReview ──approve──▶ approved ──(its date)──▶ effective ──withdraw──▶ withdrawn
 *     ▲                  │       (effective today) ─────────────────▶    │
 *     └─────return───────┘                                               │ revise: a new draft beside it
 *                                                                        │ confirmReview: same version,
 *                                                                        ▼ a new review date
 *                                           effective + revision (draft → inReview → approved: 2.0 …)
 *
 * The working state is the draft being written: the document's own status before the first
 * approval, its revision's beside an effective version. Withdrawing is for an issued document
 * only: a draft never issued is kept (nothing is deleted; internal directives are records) and
 * simply not submitted.
 */

/** Where the document's draft work stands: 'draft', 'inReview', or null when none is in progress. */
export function documentWorkingState(parties: DocumentParties): 'draft' | 'inReview' | null {
  if (parties.status === 'draft' || parties.status === 'inReview') return parties.status;
  if (parties.status === 'effective') return parties.revisionStatus;
  return null;
}

const DRAFT_ACTIONS: readonly DocumentAction[] = ['edit', 'upload', 'submit'];
const REVIEW_ACTIONS: readonly DocumentAction[] = ['comment', 'approve', 'return'];

/** Whether the document's state allows the action at all (who may is permissions.ts's). */
export function lifecycleAllowsDocument(parties: DocumentParties, action: DocumentAction): boolean {
  const working = documentWorkingState(parties);
  if (working === 'draft' && DRAFT_ACTIONS.includes(action)) return true;
  if (working === 'inReview' && REVIEW_ACTIONS.includes(action)) return true;
  switch (parties.status) {
    case 'approved':
      // The next version waits for its date; the one in force is still read and confirmed.
      return action === 'withdraw' || action === 'acknowledge';
    case 'effective':
      if (action === 'acknowledge' || action === 'withdraw') return true;
      // A review ends in a confirmation or in a new draft; with a draft already under way it ended.
      return working === null && (action === 'confirmReview' || action === 'revise');
    default:
      return false;
  }
}

/** Why a step is refused by the lifecycle; each has its sentence `documents.rule.<kind>`. */
export const DOCUMENT_RULES = [
  'notInState',
  /** submit: the draft has no file yet. */
  'noFile',
  /** submit: from the second version on, say what changed and why. */
  'reasonRequired',
  /** approve, return, comment: the draft was changed since the person read it. */
  'staleVersion',
  /** approve: an effective date before today. */
  'effectivePast',
  /** approve: a council's, mayor's or assembly's document records the resolution that issued it. */
  'resolutionRequired',
  /** acknowledge: the version is no longer (or not yet) the effective one. */
  'supersededVersion',
  /** acknowledge: the document asks nobody to confirm it. */
  'noAcknowledgement',
  /** edit: the code identifies an issued document and its records; it does not change. */
  'codeFixed',
  /** upload: the file is not of the type chosen at creation. */
  'fileTypeMismatch',
] as const;
export type DocumentRule = (typeof DOCUMENT_RULES)[number];

export interface DocumentRuleRefusal {
  readonly kind: DocumentRule;
  readonly action: DocumentAction;
}

/** The refusal when the state does not allow the action (null: it does). */
export function documentStateRefusal(
  parties: DocumentParties,
  action: DocumentAction,
): DocumentRuleRefusal | null {
  return lifecycleAllowsDocument(parties, action) ? null : { kind: 'notInState', action };
}

type Facts = Pick<QualityDocument, 'revision' | 'effectiveVersion' | 'issuingBody' | 'code' | 'fileType'>;

/** submit: a file is there, and a reason is given when an earlier version was issued. */
export function documentSubmitRefusal(document: Facts, reasonForChange: string): DocumentRuleRefusal | null {
  if (document.revision?.file == null) return { kind: 'noFile', action: 'submit' };
  if (document.effectiveVersion !== null && reasonForChange.trim() === '')
    return { kind: 'reasonRequired', action: 'submit' };
  return null;
}

/** approve, return, comment: the person acts on the draft as it now is. */
export function documentStaleDraftRefusal(
  document: Pick<QualityDocument, 'revision'>,
  versionLabel: string,
  action: DocumentAction,
): DocumentRuleRefusal | null {
  return document.revision?.label === versionLabel ? null : { kind: 'staleVersion', action };
}

const ISSUED_BY_RESOLUTION: readonly IssuingBody[] = ['mayor', 'council', 'assembly'];

/** approve: not effective in the past, and a resolution where an elected body issued the document. */
export function documentApproveRefusal(
  document: Facts,
  request: {
    readonly versionLabel: string;
    readonly effectiveFrom: string;
    readonly issuingResolution: string | null;
  },
  today: string,
  draftResolution: string | null,
): DocumentRuleRefusal | null {
  const stale = documentStaleDraftRefusal(document, request.versionLabel, 'approve');
  if (stale) return stale;
  if (request.effectiveFrom < today) return { kind: 'effectivePast', action: 'approve' };
  if (
    ISSUED_BY_RESOLUTION.includes(document.issuingBody) &&
    (request.issuingResolution ?? draftResolution) === null
  )
    return { kind: 'resolutionRequired', action: 'approve' };
  return null;
}

/** edit: an issued document keeps its code. */
export function documentEditRefusal(document: Facts, newCode: string): DocumentRuleRefusal | null {
  const issued = document.effectiveVersion !== null;
  return issued && newCode !== document.code ? { kind: 'codeFixed', action: 'edit' } : null;
}

/** upload: the type chosen when the document was created. */
export function documentUploadRefusal(document: Facts, type: DocumentFileType): DocumentRuleRefusal | null {
  return type === document.fileType ? null : { kind: 'fileTypeMismatch', action: 'upload' };
}

/** acknowledge: the version read is the effective one, and the document asks for confirmations. */
export function documentAcknowledgeRefusal(
  document: Pick<QualityDocument, 'effectiveVersion' | 'requiresAcknowledgement'>,
  versionLabel: string,
): DocumentRuleRefusal | null {
  if (!document.requiresAcknowledgement) return { kind: 'noAcknowledgement', action: 'acknowledge' };
  if (document.effectiveVersion?.label !== versionLabel)
    return { kind: 'supersededVersion', action: 'acknowledge' };
  return null;
}
