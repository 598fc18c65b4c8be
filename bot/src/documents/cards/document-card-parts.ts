import { formatDate, translate, type Locale, type QualityDocument } from '@kvalita/core';
import type { CardAction, CardElement, TextBlock } from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';

/** What every document card shows of a document (read fresh when the card is built). */
export interface DocumentCardContent {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  /** The version the card is about ("2.0", a draft "1.3"). */
  readonly versionLabel: string;
  readonly effectiveFrom: string | null;
  readonly nextReviewDate: string | null;
  /** SharePoint's address of the effective file; null when there is none (a draft, no file). */
  readonly webUrl: string | null;
}

/** The effective version's content of a stored document (null before its first approval). */
export function effectiveContent(document: QualityDocument): DocumentCardContent | null {
  const version = document.effectiveVersion;
  if (!version) return null;
  return {
    id: document.id,
    code: document.code,
    title: document.title,
    versionLabel: version.label,
    effectiveFrom: version.effectiveFrom ?? document.effectiveFrom,
    nextReviewDate: document.nextReviewDate,
    webUrl: document.webUrl,
  };
}

/** The draft's content (the revision in progress) of a stored document. */
export function draftContent(document: QualityDocument, versionLabel: string): DocumentCardContent {
  return {
    id: document.id,
    code: document.code,
    title: document.title,
    versionLabel,
    effectiveFrom: null,
    nextReviewDate: document.nextReviewDate,
    // The draft is opened in the tab (readers never see it in SharePoint's file address).
    webUrl: null,
  };
}

/** "SM-01 Metodika řízení kvality" as typed (a TextRun, never markdown), then the card's heading. */
export function documentHeading(
  locale: Locale,
  heading: string,
  content: DocumentCardContent,
): CardElement[] {
  return [
    { type: 'TextBlock', text: heading, wrap: true, weight: 'Bolder', size: 'Medium' },
    plainBlock(`${content.code} ${content.title}`, { weight: 'Bolder' }),
  ];
}

export function documentFacts(
  locale: Locale,
  content: DocumentCardContent,
  show: { readonly effectiveFrom?: boolean; readonly reviewDate?: boolean } = {},
): CardElement {
  return {
    type: 'FactSet',
    facts: [
      { title: translate(locale, 'bot.document.code'), value: content.code },
      { title: translate(locale, 'bot.document.version'), value: content.versionLabel },
      ...(show.effectiveFrom && content.effectiveFrom
        ? [
            {
              title: translate(locale, 'bot.document.effectiveFrom'),
              value: formatDate(locale, content.effectiveFrom),
            },
          ]
        : []),
      ...(show.reviewDate && content.nextReviewDate
        ? [
            {
              title: translate(locale, 'bot.document.reviewDate'),
              value: formatDate(locale, content.nextReviewDate),
            },
          ]
        : []),
    ],
  };
}

export function notice(text: string, tone: 'Good' | 'Attention' | 'Default' = 'Default'): TextBlock {
  return {
    type: 'TextBlock',
    text,
    wrap: true,
    ...(tone !== 'Default' ? { weight: 'Bolder' as const, color: tone } : {}),
  };
}

/** "Otevřít soubor" (SharePoint's file) and "Otevřít v Kvalitě" (the tab), those that exist. */
export function openActions(
  locale: Locale,
  links: { readonly file?: string | null; readonly tab: string | null; readonly tabTitle?: string },
): CardAction[] {
  return [
    ...(links.file
      ? [
          {
            type: 'Action.OpenUrl' as const,
            title: translate(locale, 'bot.document.openFile'),
            url: links.file,
          },
        ]
      : []),
    ...(links.tab
      ? [
          {
            type: 'Action.OpenUrl' as const,
            title: links.tabTitle ?? translate(locale, 'bot.document.openTab'),
            url: links.tab,
          },
        ]
      : []),
  ];
}
