import { formatDate, formatDateTime, translate, type Locale } from '@kvalita/core';
import {
  adaptiveCard,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from '../../platform/chat/adaptive-card.types';
import { DOCUMENT_ACKNOWLEDGE_VERB, DOCUMENT_ACK_REFRESH_VERB } from './document-card-verbs';
import {
  documentFacts,
  documentHeading,
  notice,
  openActions,
  type DocumentCardContent,
} from './document-card-parts';

/** The person's standing with the version the card shows. */
export type AcknowledgementStanding =
  /** In the audience, not confirmed yet: the button. */
  | { readonly kind: 'pending' }
  /** Confirmed (`fresh`: by this very click; otherwise earlier, and a second click stored nothing). */
  | { readonly kind: 'confirmed'; readonly at: string; readonly fresh: boolean }
  | { readonly kind: 'withdrawn' }
  | { readonly kind: 'notRequired' };

export interface AcknowledgementCardOptions {
  readonly standing: AcknowledgementStanding;
  /** Sent as the reminder after N days: a banner above the facts. */
  readonly reminder?: boolean;
  /**
   * The card was sent for an earlier version, which this one replaced: said politely above the
   * current version (which the person confirms instead).
   */
  readonly supersededLabel?: string;
  /** A deep link to the document in the tab; none without a Teams app id. */
  readonly link: string | null;
}

/** Every read-and-confirm card of a version refreshes with the document and version only. */
export function acknowledgementRefresh(
  documentId: number,
  versionLabel: string,
): NonNullable<AdaptiveCard['refresh']> {
  return {
    action: { type: 'Action.Execute', verb: DOCUMENT_ACK_REFRESH_VERB, data: { documentId, versionLabel } },
  };
}

function standingBlocks(
  locale: Locale,
  content: DocumentCardContent,
  standing: AcknowledgementStanding,
): CardElement[] {
  switch (standing.kind) {
    case 'pending':
      return [];
    case 'confirmed': {
      const params = { version: content.versionLabel, date: formatDateTime(locale, standing.at) };
      return standing.fresh
        ? [notice(translate(locale, 'bot.document.ack.confirmed', params), 'Good')]
        : [notice(translate(locale, 'bot.document.ack.already', params), 'Good')];
    }
    case 'withdrawn':
      return [notice(translate(locale, 'bot.document.ack.withdrawn'))];
    case 'notRequired':
      return [notice(translate(locale, 'bot.document.ack.notRequired'))];
  }
}

/**
 * "Read and confirm" (Adaptive Card 1.5, Universal Actions): the document's code, title, version
 * and effective date, links to the file (SharePoint's address) and to the document in the tab, and
 * the explicit "Potvrzuji, že jsem se seznámil/a" while the person has not confirmed (Teams has no
 * read receipts). Once confirmed, the card shows when; a card of a superseded version says so and
 * shows the current one. `refresh` brings the person's current standing to every device.
 */
export function acknowledgementCard(
  locale: Locale,
  content: DocumentCardContent,
  options: AcknowledgementCardOptions,
): AdaptiveCard {
  const pending = options.standing.kind === 'pending';
  const intro: CardElement[] =
    pending && content.effectiveFrom
      ? [
          notice(
            translate(locale, 'bot.document.ack.intro', { date: formatDate(locale, content.effectiveFrom) }),
          ),
        ]
      : [];
  const superseded: CardElement[] = options.supersededLabel
    ? [
        notice(
          translate(locale, 'bot.document.ack.superseded', {
            version: options.supersededLabel,
            current: content.versionLabel,
            date: content.effectiveFrom ? formatDate(locale, content.effectiveFrom) : '',
          }),
        ),
      ]
    : [];
  const actions: CardAction[] = [
    ...(pending
      ? [
          {
            type: 'Action.Execute' as const,
            title: translate(locale, 'bot.document.ack.confirm'),
            verb: DOCUMENT_ACKNOWLEDGE_VERB,
            data: {
              verb: DOCUMENT_ACKNOWLEDGE_VERB,
              documentId: content.id,
              versionLabel: content.versionLabel,
            },
          },
        ]
      : []),
    ...(options.standing.kind === 'withdrawn'
      ? []
      : openActions(locale, { file: content.webUrl, tab: options.link })),
  ];
  return adaptiveCard(
    locale,
    [
      ...documentHeading(locale, translate(locale, 'bot.document.ack.title'), content),
      ...(options.reminder && pending
        ? [notice(translate(locale, 'bot.document.ack.reminder'), 'Attention')]
        : []),
      ...superseded,
      documentFacts(locale, content, { effectiveFrom: true }),
      ...intro,
      ...standingBlocks(locale, content, options.standing),
    ],
    actions,
    acknowledgementRefresh(content.id, content.versionLabel),
  );
}
