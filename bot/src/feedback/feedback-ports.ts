import type {
  DeclineRatingRequest,
  FeedbackActor,
  NominationDecisionRequest,
  RatingForm,
  RatingReply,
  SetNominationsRequest,
  StoredFeedbackCycle,
  StoredSubject,
  SubjectNominationsReply,
  SubmitRatingRequest,
} from '@kvalita/core';

/*
 * Where 360 feedback's service meets the chat. The service tells a FeedbackNotifier what happened
 * (the chat plans its cards from it and sends them through the shared fan-out); the chat's card
 * actions call back through FeedbackChatActions, which FeedbackService implements, so an answer,
 * a decline or a nomination from a card follows the same rules as one from the tab.
 */

export interface FeedbackNotifier {
  /** Nominations opened: each subject gets a card to nominate raters. */
  nominationsOpened(cycle: StoredFeedbackCycle): Promise<void>;
  /** A subject submitted their list: the manager gets a card to approve or change it. */
  nominationsSubmitted(cycle: StoredFeedbackCycle, subject: StoredSubject): Promise<void>;
  /** Rating started: one card per approved nomination (rater × subject), resumable, no duplicates. */
  ratingStarted(cycle: StoredFeedbackCycle): Promise<void>;
  /** The cycle closed: nothing more is sent for it; open cards refuse politely on refresh. */
  closed(cycle: StoredFeedbackCycle): Promise<void>;
  /** Reports released: each subject and their manager are told where to read them. */
  released(cycle: StoredFeedbackCycle): Promise<void>;
}

export interface FeedbackChatActions {
  /** The rating card's form as the card shows it (refresh: done, declined, closed, or the form). */
  form(actor: FeedbackActor, cycleId: number, subjectId: number): Promise<RatingForm>;
  submitRating(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: SubmitRatingRequest,
  ): Promise<RatingReply>;
  decline(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: DeclineRatingRequest,
  ): Promise<RatingReply>;
  nominations(actor: FeedbackActor, cycleId: number, subjectId: number): Promise<SubjectNominationsReply>;
  setNominations(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: SetNominationsRequest,
  ): Promise<SubjectNominationsReply>;
  submitNominations(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply>;
  approveNominations(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply>;
}

/** Notifies nobody (tests of the service alone, and a service without chat). */
export const silentFeedbackNotifier: FeedbackNotifier = {
  nominationsOpened: async () => undefined,
  nominationsSubmitted: async () => undefined,
  ratingStarted: async () => undefined,
  closed: async () => undefined,
  released: async () => undefined,
};
