import { translate, type Locale } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard, type CardElement } from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';
import { notice, openActions } from './document-card-parts';

/** One document version in a head's escalation: its rate in their department and who is missing. */
export interface EscalationItem {
  readonly documentId: number;
  readonly code: string;
  readonly title: string;
  readonly versionLabel: string;
  /** People of the head's department (with its sections) in the version's audience. */
  readonly audience: number;
  readonly acknowledged: number;
  /** Names of those still waiting past the escalation days (a head may see their staff's standing). */
  readonly waiting: readonly string[];
}

/** Names listed per document before "and N more" (a card stays readable on a phone). */
export const ESCALATION_NAMES = 12;
/** Documents listed on one card. */
export const ESCALATION_DOCUMENTS = 10;

/**
 * To a head of department, at most once a day: the effective documents whose confirmations their
 * people still owe after M days, each with "confirmed X of Y" and the names of those who have
 * not (the head answers for their staff's knowing the rules). Names and titles are shown as typed.
 */
export function escalationCard(
  locale: Locale,
  items: readonly EscalationItem[],
  options: { readonly escalationDays: number; readonly link: string | null },
): AdaptiveCard {
  const waiting = items.filter((item) => item.waiting.length > 0);
  const heading: CardElement = {
    type: 'TextBlock',
    text: translate(locale, 'bot.document.escalation.title'),
    wrap: true,
    weight: 'Bolder',
    size: 'Medium',
  };
  if (waiting.length === 0)
    return adaptiveCard(locale, [heading, notice(translate(locale, 'bot.document.escalation.none'), 'Good')]);
  const blocks = waiting.slice(0, ESCALATION_DOCUMENTS).flatMap((item): CardElement[] => {
    const names = item.waiting.slice(0, ESCALATION_NAMES).join(', ');
    const more = item.waiting.length - ESCALATION_NAMES;
    return [
      plainBlock(
        translate(locale, 'bot.document.escalation.line', {
          code: item.code,
          title: item.title,
          version: item.versionLabel,
          acknowledged: item.acknowledged,
          audience: item.audience,
        }),
        { weight: 'Bolder' },
        'Medium',
      ),
      plainBlock(
        translate(locale, 'bot.document.escalation.waiting', {
          names:
            more > 0
              ? `${names} ${translate(locale, 'bot.document.escalation.more', { count: more })}`
              : names,
        }),
      ),
    ];
  });
  const rest = waiting.length - ESCALATION_DOCUMENTS;
  return adaptiveCard(
    locale,
    [
      heading,
      notice(translate(locale, 'bot.document.escalation.intro', { days: options.escalationDays })),
      ...blocks,
      ...(rest > 0 ? [notice(translate(locale, 'bot.document.escalation.more', { count: rest }))] : []),
    ],
    openActions(locale, { tab: options.link, tabTitle: translate(locale, 'bot.document.escalation.open') }),
  );
}
