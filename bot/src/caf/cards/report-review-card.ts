import { translate, type Locale } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard, type CardElement } from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';

/** A cycle as its cards name it, with the link that opens it in the tab (null when none is known). */
export interface CycleCardTarget {
  readonly cycleName: string;
  readonly link: string | null;
}

/** The director's card: a self-assessment report waits for their approval. */
export function reportAwaitsApprovalCard(locale: Locale, target: CycleCardTarget): AdaptiveCard {
  return reviewCard(locale, target, [
    {
      type: 'TextBlock',
      text: translate(locale, 'bot.caf.approval.title'),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    // The cycle's name is typed by people: shown as plain text, never as markdown.
    plainBlock(translate(locale, 'bot.caf.approval.text', { cycle: target.cycleName })),
  ]);
}

export interface ReportReview {
  readonly outcome: 'approved' | 'returned';
  readonly byName: string;
  /** The reason of a return, or the comment of an approval ('' for none). */
  readonly note: string;
}

/** The team leader's card: the director approved the report, or returned it with a reason. */
export function reportReviewedCard(
  locale: Locale,
  target: CycleCardTarget,
  review: ReportReview,
): AdaptiveCard {
  const noteLabel = review.outcome === 'returned' ? 'bot.caf.card.reason' : 'bot.caf.card.comment';
  return reviewCard(locale, target, [
    {
      type: 'TextBlock',
      text: translate(locale, `bot.caf.${review.outcome}.title`),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
      ...(review.outcome === 'returned' ? { color: 'Attention' as const } : { color: 'Good' as const }),
    },
    plainBlock(
      translate(locale, `bot.caf.${review.outcome}.text`, { cycle: target.cycleName, name: review.byName }),
    ),
    ...(review.note.trim() === ''
      ? []
      : [
          { type: 'TextBlock', text: translate(locale, noteLabel), weight: 'Bolder', wrap: true } as const,
          plainBlock(review.note, {}, 'None'),
        ]),
  ]);
}

function reviewCard(locale: Locale, target: CycleCardTarget, body: readonly CardElement[]): AdaptiveCard {
  if (target.link === null) {
    return adaptiveCard(locale, [
      ...body,
      plainBlock(translate(locale, 'bot.caf.card.where', { cycle: target.cycleName }), { isSubtle: true }),
    ]);
  }
  return adaptiveCard(locale, body, [
    { type: 'Action.OpenUrl', title: translate(locale, 'bot.caf.card.open'), url: target.link },
  ]);
}
