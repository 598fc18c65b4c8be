/** "Potvrzuji, že jsem se seznámil/a" (Action.Execute; also `data.verb` for an older client's Action.Submit). */
export const DOCUMENT_ACKNOWLEDGE_VERB = 'kvalita.document.acknowledge';
/** The read-and-confirm card's refresh: the person's current standing with the version, on every device. */
export const DOCUMENT_ACK_REFRESH_VERB = 'kvalita.document.ackRefresh';
/** A reviewer's comment from the review request card. */
export const DOCUMENT_COMMENT_VERB = 'kvalita.document.comment';
/** The review request card's refresh: the form while the draft is in review, the outcome after. */
export const DOCUMENT_REVIEW_REFRESH_VERB = 'kvalita.document.reviewRefresh';

export const DOCUMENT_CARD_VERBS: readonly string[] = [
  DOCUMENT_ACKNOWLEDGE_VERB,
  DOCUMENT_ACK_REFRESH_VERB,
  DOCUMENT_COMMENT_VERB,
  DOCUMENT_REVIEW_REFRESH_VERB,
];

/** Input id of the comment box on the review request card. */
export const COMMENT_INPUT = 'comment';

/** The refresh that brings a document card back after a failed action (a throttled SharePoint). */
export function documentRetry(
  verb: string,
  data: Readonly<Record<string, unknown>>,
): { readonly verb: string; readonly data: Readonly<Record<string, unknown>> } {
  const review = verb === DOCUMENT_COMMENT_VERB || verb === DOCUMENT_REVIEW_REFRESH_VERB;
  return {
    verb: review ? DOCUMENT_REVIEW_REFRESH_VERB : DOCUMENT_ACK_REFRESH_VERB,
    data: { documentId: data['documentId'], versionLabel: data['versionLabel'] },
  };
}
