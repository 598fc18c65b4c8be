import { formatDate, translate, type Locale, type PersonRef } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard, type CardElement } from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';
import { charter, cycleLines, heading, notice, tabAction } from './feedback-card-parts';
import { progressLine, type RatingProgress } from './rating-card';

/** What the rater reminder shows: the rater's progress in one cycle and whose forms are still open. */
export interface RatingReminderContent {
  readonly cycleName: string;
  readonly ratingDeadline: string;
  readonly progress: RatingProgress;
  /** Subjects whose forms this rater has not answered nor declined (names only, as on the cards). */
  readonly open: readonly PersonRef[];
  readonly link: string | null;
}

/**
 * One reminder per rater before the rating deadline (not one per form): "3 of 5 done", whose forms
 * are left and where their cards are. Sent only to raters with something left, as the service
 * counts it from the keyed answers; the cards themselves are above in the chat and still work.
 */
export function ratingReminderCard(locale: Locale, content: RatingReminderContent): AdaptiveCard {
  return adaptiveCard(
    locale,
    [
      heading(translate(locale, 'bot.feedback.remind.rate.title')),
      ...cycleLines(locale, content.cycleName, content.ratingDeadline),
      notice(
        translate(locale, 'bot.feedback.remind.rate', {
          cycle: content.cycleName,
          done: content.progress.done,
          total: content.progress.total,
          date: formatDate(locale, content.ratingDeadline),
        }),
        'Attention',
      ),
      ...(content.open.length > 0
        ? [
            plainBlock(
              translate(locale, 'bot.feedback.remind.open', {
                names: content.open.map((person) => person.displayName).join(', '),
              }),
            ),
          ]
        : []),
      progressLine(locale, content.progress),
      charter(locale),
    ],
    tabAction(locale, content.link),
  );
}

export type ReleasedNotice =
  | { readonly kind: 'subject' }
  /** A manager: how many of their direct reports have a report in this cycle. */
  | { readonly kind: 'manager'; readonly reports: number };

/** "The reports are released": the subject's own, or the manager's direct reports', in the tab. */
export function releasedCard(
  locale: Locale,
  cycleName: string,
  audience: ReleasedNotice,
  link: string | null,
): AdaptiveCard {
  const line: CardElement =
    audience.kind === 'subject'
      ? notice(translate(locale, 'bot.feedback.released.subject', { cycle: cycleName }))
      : notice(
          translate(locale, 'bot.feedback.released.manager', { cycle: cycleName, count: audience.reports }),
        );
  return adaptiveCard(
    locale,
    [
      heading(translate(locale, 'bot.feedback.released.title')),
      ...cycleLines(locale, cycleName, null),
      line,
      charter(locale),
    ],
    tabAction(locale, link, translate(locale, 'bot.feedback.released.open')),
  );
}
