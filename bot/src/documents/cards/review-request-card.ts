import { DOCUMENT_LIMITS, translate, type Locale } from '@kvalita/core';
import {
  adaptiveCard,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from '../../platform/chat/adaptive-card.types';
import { plainBlock, plainText } from '../../platform/chat/plain-text';
import { COMMENT_INPUT, DOCUMENT_COMMENT_VERB, DOCUMENT_REVIEW_REFRESH_VERB } from './document-card-verbs';
import {
  documentFacts,
  documentHeading,
  notice,
  openActions,
  type DocumentCardContent,
} from './document-card-parts';

export interface ReviewRequestCardOptions {
  /** Who submitted the draft (the owner's name), as typed. */
  readonly submittedBy: string | null;
  readonly reasonForChange: string | null;
  /** The draft is still in review (the comment box is shown); false once decided or replaced. */
  readonly open: boolean;
  /** What happened to the last comment sent from this card. */
  readonly outcome?:
    | { readonly kind: 'saved'; readonly text: string }
    | { readonly kind: 'empty'; readonly typed: string }
    | { readonly kind: 'closed' }
    | { readonly kind: 'notAllowed' };
  readonly link: string | null;
}

/** Every review request card of a draft refreshes with the document and draft only. */
export function reviewRefresh(
  documentId: number,
  versionLabel: string,
): NonNullable<AdaptiveCard['refresh']> {
  return {
    action: {
      type: 'Action.Execute',
      verb: DOCUMENT_REVIEW_REFRESH_VERB,
      data: { documentId, versionLabel },
    },
  };
}

function outcomeBlocks(
  locale: Locale,
  content: DocumentCardContent,
  outcome: ReviewRequestCardOptions['outcome'],
): CardElement[] {
  switch (outcome?.kind) {
    case undefined:
      return [];
    case 'saved':
      // The comment is what someone typed: shown literally, under the thanks.
      return [
        notice(translate(locale, 'bot.document.comment.saved'), 'Good'),
        plainBlock(outcome.text, { italic: true }),
      ];
    case 'empty':
      return [
        notice(
          translate(locale, 'bot.document.comment.empty', { max: DOCUMENT_LIMITS.comment }),
          'Attention',
        ),
      ];
    case 'closed':
      return [
        notice(
          translate(locale, 'bot.document.comment.closed', { version: content.versionLabel }),
          'Attention',
        ),
      ];
    case 'notAllowed':
      return [notice(translate(locale, 'bot.document.comment.notAllowed'), 'Attention')];
  }
}

/**
 * To each reviewer when the owner submits a draft: the document and draft, the reason for the
 * change, and while the draft is in review a comment box ("Vaše připomínka", Input.Text within
 * DOCUMENT_LIMITS.comment) sent with Action.Execute, which the service stores as the reviewer's
 * comment on exactly this draft. `refresh` shows every device the draft's current standing.
 */
export function reviewRequestCard(
  locale: Locale,
  content: DocumentCardContent,
  options: ReviewRequestCardOptions,
): AdaptiveCard {
  const typed =
    options.outcome?.kind === 'empty'
      ? plainText(options.outcome.typed).slice(0, DOCUMENT_LIMITS.comment)
      : '';
  const form: CardElement[] = options.open
    ? [
        {
          type: 'Input.Text',
          id: COMMENT_INPUT,
          label: translate(locale, 'bot.document.comment.label'),
          isMultiline: true,
          maxLength: DOCUMENT_LIMITS.comment,
          isRequired: true,
          errorMessage: translate(locale, 'bot.document.comment.empty', { max: DOCUMENT_LIMITS.comment }),
          placeholder: translate(locale, 'bot.document.comment.placeholder', {
            max: DOCUMENT_LIMITS.comment,
          }),
          ...(typed !== '' ? { value: typed } : {}),
        },
      ]
    : [];
  const actions: CardAction[] = [
    ...(options.open
      ? [
          {
            type: 'Action.Execute' as const,
            title: translate(locale, 'bot.document.comment.send'),
            verb: DOCUMENT_COMMENT_VERB,
            data: { verb: DOCUMENT_COMMENT_VERB, documentId: content.id, versionLabel: content.versionLabel },
          },
        ]
      : []),
    ...openActions(locale, { tab: options.link }),
  ];
  return adaptiveCard(
    locale,
    [
      ...documentHeading(locale, translate(locale, 'bot.document.reviewRequest.title'), content),
      notice(
        translate(locale, 'bot.document.reviewRequest.intro', {
          owner: options.submittedBy ?? translate(locale, 'bot.document.someone'),
          version: content.versionLabel,
        }),
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
      ...(options.open || options.outcome
        ? []
        : [notice(translate(locale, 'bot.document.comment.closed', { version: content.versionLabel }))]),
      ...outcomeBlocks(locale, content, options.outcome),
      ...form,
    ],
    actions,
    reviewRefresh(content.id, content.versionLabel),
  );
}
