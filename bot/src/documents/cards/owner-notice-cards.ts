import { formatDate, translate, type Locale } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';
import {
  documentFacts,
  documentHeading,
  notice,
  openActions,
  type DocumentCardContent,
} from './document-card-parts';

/**
 * To the approver when a draft is submitted: the document, the draft and who submitted it, and a
 * button that opens it in the tab, where it is read and approved or returned (the decision needs
 * the document itself, the effective date and for a council's document the resolution).
 */
export function approvalRequestCard(
  locale: Locale,
  content: DocumentCardContent,
  options: {
    readonly submittedBy: string | null;
    readonly reasonForChange: string | null;
    /** False once the draft was approved, returned or replaced (a refreshed or late card). */
    readonly open: boolean;
    readonly link: string | null;
  },
): AdaptiveCard {
  return adaptiveCard(
    locale,
    [
      ...documentHeading(locale, translate(locale, 'bot.document.approvalRequest.title'), content),
      notice(
        options.open
          ? translate(locale, 'bot.document.approvalRequest.intro', {
              owner: options.submittedBy ?? translate(locale, 'bot.document.someone'),
              version: content.versionLabel,
            })
          : translate(locale, 'bot.document.approvalRequest.decided', { version: content.versionLabel }),
      ),
      documentFacts(locale, content),
      ...(options.reasonForChange
        ? [
            {
              type: 'TextBlock' as const,
              text: translate(locale, 'bot.document.reason'),
              wrap: true,
              weight: 'Bolder' as const,
            },
            plainBlock(options.reasonForChange),
          ]
        : []),
    ],
    openActions(locale, {
      tab: options.link,
      tabTitle: translate(locale, 'bot.document.approvalRequest.open'),
    }),
  );
}

/** To the owner: the approver returned the draft, with the comment (as typed). */
export function returnedCard(
  locale: Locale,
  content: DocumentCardContent,
  options: { readonly comment: string; readonly link: string | null },
): AdaptiveCard {
  return adaptiveCard(
    locale,
    [
      ...documentHeading(locale, translate(locale, 'bot.document.returned.title'), content),
      notice(translate(locale, 'bot.document.returned.intro', { version: content.versionLabel })),
      plainBlock(options.comment, { italic: true }),
      documentFacts(locale, content),
    ],
    openActions(locale, { tab: options.link }),
  );
}

/** To the owner: the draft was approved as a new version, effective from its date. */
export function approvedCard(
  locale: Locale,
  content: DocumentCardContent,
  options: { readonly link: string | null },
): AdaptiveCard {
  return adaptiveCard(
    locale,
    [
      ...documentHeading(locale, translate(locale, 'bot.document.approved.title'), content),
      notice(
        translate(locale, 'bot.document.approved.intro', {
          version: content.versionLabel,
          date: content.effectiveFrom ? formatDate(locale, content.effectiveFrom) : '',
        }),
        'Good',
      ),
      documentFacts(locale, content, { effectiveFrom: true, reviewDate: true }),
    ],
    openActions(locale, { file: content.webUrl, tab: options.link }),
  );
}
