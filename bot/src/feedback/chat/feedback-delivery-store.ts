import type {
  DueFeedbackOptions,
  FeedbackDeliveryKind,
  FeedbackPlanOutcome,
  NewFeedbackDelivery,
  StoredFeedbackDelivery,
} from '@kvalita/sharepoint';

/*
 * The cards 360 feedback sends, one row each, planned once, claimed before its send. The kinds and
 * row shapes are the deliveries list's (sharepoint/src/feedback/lists/feedback-deliveries.ts):
 * nominationRequest / nominationReminder to each subject while nominations are open;
 * approvalRequest / approvalReminder to the subject's manager once the list is sent; ratingRequest
 * per approved nomination (rater × subject) when rating starts; ratingReminder per rater with forms
 * left (never per subject); released to each subject and manager once reports are released.
 */
export type {
  DueFeedbackOptions,
  FeedbackDeliveryKind,
  FeedbackPlanOutcome,
  NewFeedbackDelivery,
  StoredFeedbackDelivery,
};

/** Kinds whose rows say who had not acted yet: removed once the cycle closes. */
export const FEEDBACK_REMINDER_KINDS: readonly FeedbackDeliveryKind[] = [
  'nominationReminder',
  'approvalReminder',
  'ratingReminder',
];

/** "Once per cycle and subject" kinds have no other occasion. */
export const ONCE = '-';

/**
 * The KvalitaFeedbackDeliveries list (service-only: a row says who rates whom, a reminder who had
 * not acted yet) as the notifier plans it and the platform fan-out sends it: rows planned once
 * under a unique key, claimed with their ETag before a send (a lease), marked sent, failed (due
 * again after a pause) or skipped; `drop` retires a row whose occasion passed before it went out.
 */
export interface FeedbackDeliveryStore {
  plan(rows: readonly NewFeedbackDelivery[]): Promise<FeedbackPlanOutcome>;
  due(options?: DueFeedbackOptions): AsyncGenerator<StoredFeedbackDelivery[]>;
  claim(row: StoredFeedbackDelivery, at: Date): Promise<StoredFeedbackDelivery | null>;
  renew(row: StoredFeedbackDelivery, at: Date): Promise<StoredFeedbackDelivery | null>;
  markSent(row: StoredFeedbackDelivery, at: Date): Promise<void>;
  markFailed(row: StoredFeedbackDelivery, error: string, at: Date): Promise<void>;
  markSkipped(row: StoredFeedbackDelivery, reason: string, at: Date): Promise<void>;
  /** false when the row changed meanwhile (another runner sent or dropped it). */
  drop(row: StoredFeedbackDelivery, reason: string, at: Date): Promise<boolean>;
  /** Deletes a cycle's rows of these kinds (reminders, once the cycle closed). */
  remove(cycleId: number, kinds: readonly FeedbackDeliveryKind[]): Promise<number>;
  /** Deletes every row sent or to be sent to this person (erasure: FeedbackService's `deliveries`). */
  removeOfPerson(email: string): Promise<number>;
}
