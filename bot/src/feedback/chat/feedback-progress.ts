import type { PersonRef, StoredFeedbackCycle } from '@kvalita/core';

/** A rater's forms in one cycle, as the service counts them from the keyed answers. */
export interface RaterStanding {
  readonly email: string;
  /** Forms answered (declined ones are not counted in either figure). */
  readonly done: number;
  readonly total: number;
  /** Subjects whose forms are still open, for the reminder's "still open: …". */
  readonly open: readonly PersonRef[];
}

/**
 * Who has forms left in a cycle. "Done" is never stored by name: the service derives it from the
 * answers' respondent keys, which only it can compute (FeedbackService implements this), so the
 * chat asks it instead of reading answers.
 */
export type FeedbackProgress = (cycle: StoredFeedbackCycle) => Promise<readonly RaterStanding[]>;
