import { silentFeedbackNotifier, type FeedbackNotifier } from './feedback-ports';

/**
 * A notifier that tells whichever notifier `current` gives at the time of the call: the service is
 * built before the chat that plans its cards (the chat reads lists through the service), so the
 * composition root hands the service this and points it at the chat once the chat exists.
 */
export function forwardingNotifier(current: () => FeedbackNotifier | null): FeedbackNotifier {
  const target = () => current() ?? silentFeedbackNotifier;
  return {
    nominationsOpened: (cycle) => target().nominationsOpened(cycle),
    nominationsSubmitted: (cycle, subject) => target().nominationsSubmitted(cycle, subject),
    ratingStarted: (cycle) => target().ratingStarted(cycle),
    closed: (cycle) => target().closed(cycle),
    released: (cycle) => target().released(cycle),
  };
}
