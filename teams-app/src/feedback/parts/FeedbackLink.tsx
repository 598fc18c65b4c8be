import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { feedbackPlace } from './feedback-place';
import type { FeedbackLinkProps } from './FeedbackLink.types';

/** A link to a feedback page: a real address that a plain click follows inside the tab. */
export function FeedbackLink({ to, children }: FeedbackLinkProps) {
  return <PlaceLink to={feedbackPlace(to)}>{children}</PlaceLink>;
}
