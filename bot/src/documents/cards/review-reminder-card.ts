import { formatDate, translate, type Locale } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from '../../platform/chat/adaptive-card.types';
import {
  documentFacts,
  documentHeading,
  notice,
  openActions,
  type DocumentCardContent,
} from './document-card-parts';

/** Whole days from `today` to `date` (both YYYY-MM-DD). */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/**
 * To the owner, 30 and 10 days before the periodic review and weekly while it is overdue: the
 * document, its review date and a button that opens the review in the tab (the outcome, "confirm
 * without change" or "revise", is chosen there, where the document can be read).
 */
export function reviewReminderCard(
  locale: Locale,
  content: DocumentCardContent,
  options: { readonly today: string; readonly link: string | null },
): AdaptiveCard {
  const reviewDate = content.nextReviewDate ?? options.today;
  const overdue = reviewDate < options.today;
  const text = overdue
    ? translate(locale, 'bot.document.review.overdue', { date: formatDate(locale, reviewDate) })
    : translate(locale, 'bot.document.review.soon', {
        days: daysUntil(options.today, reviewDate),
        date: formatDate(locale, reviewDate),
      });
  return adaptiveCard(
    locale,
    [
      ...documentHeading(locale, translate(locale, 'bot.document.review.title'), content),
      notice(text, overdue ? 'Attention' : 'Default'),
      documentFacts(locale, content, { effectiveFrom: true, reviewDate: true }),
    ],
    openActions(locale, {
      file: content.webUrl,
      tab: options.link,
      tabTitle: translate(locale, 'bot.document.review.open'),
    }),
  );
}
