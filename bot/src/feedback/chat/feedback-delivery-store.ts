import type { FanOutRow } from '../../platform/delivery/run-wave';

/** The cards 360 feedback sends: one row each, planned once, claimed before its send. */
export const FEEDBACK_DELIVERY_KINDS = [
  /** To each subject when nominations open: their nomination card. */
  'nominationRequest',
  'nominationReminder',
  /** To the subject's manager once the list is sent: the approval card. */
  'approvalRequest',
  'approvalReminder',
  /** One per approved nomination (rater × subject) when rating starts: the rating card. */
  'ratingRequest',
  /** One per rater with forms left before the deadline (never per subject): the progress card. */
  'ratingReminder',
  /** To each subject and each of their managers once reports are released. */
  'released',
] as const;
export type FeedbackDeliveryKind = (typeof FEEDBACK_DELIVERY_KINDS)[number];

/** Kinds whose rows say who had not acted yet: removed once the cycle closes. */
export const FEEDBACK_REMINDER_KINDS: readonly FeedbackDeliveryKind[] = [
  'nominationReminder',
  'approvalReminder',
  'ratingReminder',
];

/** "Once per cycle and subject" kinds have no other occasion. */
export const ONCE = '-';

/** A card to plan. `subjectId` 0: about no one subject (a rater's reminder, a manager's notice). */
export interface NewFeedbackDelivery {
  readonly kind: FeedbackDeliveryKind;
  readonly cycleId: number;
  readonly subjectId: number;
  /** What makes a repeated kind a new card (a reminder's deadline and day); ONCE otherwise. */
  readonly occasion: string;
  readonly recipientEmail: string;
}

export interface StoredFeedbackDelivery extends FanOutRow {
  readonly id: number;
  /** Unique: kind, cycle, subject, occasion and recipient (a second plan adds nothing). */
  readonly key: string;
  readonly kind: FeedbackDeliveryKind;
  readonly cycleId: number;
  readonly subjectId: number;
  readonly occasion: string;
  readonly recipientEmail: string | null;
  readonly state: 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'dropped';
  readonly attempts: number;
  readonly lastAttemptAt: string | null;
  readonly etag: string;
}

export interface FeedbackPlanOutcome {
  readonly planned: number;
  /** Already there from an earlier run (or another instance's). */
  readonly existing: number;
}

export interface DueFeedbackOptions {
  readonly pageSize?: number;
  readonly maxAttempts?: number;
  readonly now?: Date;
  readonly claimLeaseMs?: number;
  readonly retryFailedAfterMs?: number;
}

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
