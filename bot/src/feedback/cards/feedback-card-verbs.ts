/*
 * The verbs of 360 feedback's cards (Action.Execute; also `data.verb` for an older client's
 * Action.Submit). Every card carries its cycle and subject; the nomination and approval cards also
 * the list's etag, so a stale card changes nothing.
 */

/** The rating card's "Odeslat hodnocení". */
export const FEEDBACK_RATE_VERB = 'kvalita.feedback.rate';
/** The rating card's "Odmítnout hodnocení" (with the reason typed on the card). */
export const FEEDBACK_DECLINE_VERB = 'kvalita.feedback.decline';
/** The rating card's refresh: the form, or done, declined, closed — on every device. */
export const FEEDBACK_RATE_REFRESH_VERB = 'kvalita.feedback.rateRefresh';
/** The subject's nomination card: save the ticked people and send them for approval. */
export const FEEDBACK_NOMINATE_VERB = 'kvalita.feedback.nominate';
export const FEEDBACK_NOMINATE_REFRESH_VERB = 'kvalita.feedback.nominateRefresh';
/** The manager's approval card: keep the ticked people and approve. */
export const FEEDBACK_APPROVE_VERB = 'kvalita.feedback.approve';
export const FEEDBACK_APPROVE_REFRESH_VERB = 'kvalita.feedback.approveRefresh';

export const FEEDBACK_CARD_VERBS: readonly string[] = [
  FEEDBACK_RATE_VERB,
  FEEDBACK_DECLINE_VERB,
  FEEDBACK_RATE_REFRESH_VERB,
  FEEDBACK_NOMINATE_VERB,
  FEEDBACK_NOMINATE_REFRESH_VERB,
  FEEDBACK_APPROVE_VERB,
  FEEDBACK_APPROVE_REFRESH_VERB,
];

/** The refresh that shows a card's current state again (after an action, or SharePoint throttling). */
export function feedbackRefreshVerb(verb: string): string {
  if (verb === FEEDBACK_NOMINATE_VERB || verb === FEEDBACK_NOMINATE_REFRESH_VERB)
    return FEEDBACK_NOMINATE_REFRESH_VERB;
  if (verb === FEEDBACK_APPROVE_VERB || verb === FEEDBACK_APPROVE_REFRESH_VERB)
    return FEEDBACK_APPROVE_REFRESH_VERB;
  return FEEDBACK_RATE_REFRESH_VERB;
}

/** A card's refresh data: its cycle and subject only (never an input, never an etag). */
export function feedbackRetry(
  verb: string,
  data: Readonly<Record<string, unknown>>,
): { readonly verb: string; readonly data: Readonly<Record<string, unknown>> } {
  return {
    verb: feedbackRefreshVerb(verb),
    data: { cycleId: data['cycleId'], subjectId: data['subjectId'] },
  };
}
