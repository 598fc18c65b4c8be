import { formatDate, translate, type Locale, type MeasureSummary } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard, type CardElement } from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';

/** Measures listed on the card; the rest are counted ("and N more") and shown in the tab. */
export const DIGEST_MAX_LINES = 15;

export type DigestLine = Pick<MeasureSummary, 'id' | 'title' | 'deadline' | 'owner' | 'progress'>;

/**
 * The quality manager's Monday digest: the overdue measures, most overdue first, at most
 * DIGEST_MAX_LINES with "and N more", and a link to the register filtered by overdue.
 */
export function overdueDigestCard(
  locale: Locale,
  overdue: readonly DigestLine[],
  link: string | null,
): AdaptiveCard {
  const sorted = [...overdue].sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id - b.id);
  const shown = sorted.slice(0, DIGEST_MAX_LINES);
  const more = sorted.length - shown.length;
  const lines: CardElement[] = shown.map((measure) =>
    // Titles and names are what people typed: shown literally.
    plainBlock(
      translate(locale, 'bot.digest.line', {
        title: measure.title,
        date: formatDate(locale, measure.deadline),
        owner: measure.owner?.displayName ?? translate(locale, 'bot.digest.noOwner'),
        progress: measure.progress,
      }),
      {},
      'Small',
    ),
  );
  return adaptiveCard(
    locale,
    [
      {
        type: 'TextBlock',
        text: translate(locale, 'bot.digest.title'),
        wrap: true,
        weight: 'Bolder',
        size: 'Medium',
      },
      {
        type: 'TextBlock',
        text:
          sorted.length === 0
            ? translate(locale, 'bot.digest.none')
            : translate(locale, 'bot.digest.intro', { count: sorted.length }),
        wrap: true,
      },
      ...lines,
      ...(more > 0
        ? [
            {
              type: 'TextBlock' as const,
              text: translate(locale, 'bot.digest.more', { count: more }),
              wrap: true,
              isSubtle: true,
            },
          ]
        : []),
    ],
    link ? [{ type: 'Action.OpenUrl', title: translate(locale, 'bot.digest.open'), url: link }] : [],
  );
}
