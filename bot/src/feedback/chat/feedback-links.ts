/**
 * Deep links from 360 feedback's cards into the tab; each null when the Teams app id is not set
 * (a card then has no "Otevřít v Kvalitě").
 */
export interface FeedbackLinks {
  /** The person's own feedback tasks in a cycle (forms to fill, lists to nominate or approve). */
  forms(cycleId: number): string | null;
  /** A subject's nomination list (the subject adds anyone else there; the manager approves there). */
  nominations(cycleId: number, subjectId: number): string | null;
  /** A subject's report (the subject's own, or their manager's reading of it). */
  report(cycleId: number, subjectId: number): string | null;
}

/** No tab to link to. */
export const noFeedbackLinks: FeedbackLinks = {
  forms: () => null,
  nominations: () => null,
  report: () => null,
};
