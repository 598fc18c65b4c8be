import {
  DomainError,
  translate,
  type DocumentActor,
  type DocumentDetailReply,
  type Locale,
} from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from '../../platform/chat/adaptive-card.types';
import type { DocumentChatActions } from '../document-ports';
import { acknowledgementCard, type AcknowledgementStanding } from '../cards/acknowledgement-card';
import { draftContent, effectiveContent, type DocumentCardContent } from '../cards/document-card-parts';
import {
  DOCUMENT_ACKNOWLEDGE_VERB,
  DOCUMENT_ACK_REFRESH_VERB,
  DOCUMENT_CARD_VERBS,
  DOCUMENT_COMMENT_VERB,
  DOCUMENT_REVIEW_REFRESH_VERB,
} from '../cards/document-card-verbs';
import { reviewRequestCard, type ReviewRequestCardOptions } from '../cards/review-request-card';
import { parseCardData, parseComment, type DocumentCardData } from './card-submits';

/**
 * What the cards need of the documents' service: its chat actions (DocumentChatActions) and the
 * document as this person sees it (the API's detail, with their acknowledgement), both applying
 * the role matrix and the lifecycle and throwing core's domain errors (notFound, forbidden,
 * conflict for a superseded version or a draft no longer in review, badRequest).
 */
export interface DocumentCardService extends DocumentChatActions {
  detail(actor: DocumentActor, id: number): Promise<DocumentDetailReply>;
}

export interface DocumentCardActionsDeps {
  readonly documents: DocumentCardService;
  /** The person as the role matrix needs them; null when the directory does not know them. */
  readonly actorOf: (email: string) => Promise<DocumentActor | null>;
  /**
   * When this person confirmed this version, or null: one indexed read of their confirmations
   * (AcknowledgementsStore.forPerson), so a second click is answered "already confirmed" without
   * asking the service to store anything.
   */
  readonly confirmedAt: (email: string, documentId: number, versionLabel: string) => Promise<string | null>;
  /** A deep link to the document in the tab; null without a Teams app id. */
  readonly link: (documentId: number) => string | null;
}

export interface DocumentCardActions {
  handles(verb: string | undefined): boolean;
  /** The card that replaces the one acted on. `actorEmail` null: Teams did not say who it is. */
  invoke(
    verb: string,
    data: Readonly<Record<string, unknown>>,
    actorEmail: string | null,
    locale: Locale,
  ): Promise<AdaptiveCard>;
}

function plainNotice(
  locale: Locale,
  key: 'bot.document.notFound' | 'bot.document.invalid' | 'bot.document.unknownPerson',
): AdaptiveCard {
  return adaptiveCard(locale, [{ type: 'TextBlock', text: translate(locale, key), wrap: true }]);
}

function isCode(error: unknown, ...codes: DomainError['code'][]): boolean {
  return error instanceof DomainError && codes.includes(error.code);
}

/** The content a card of `asked` shows when the document has no effective version (withdrawn). */
function askedContent(reply: DocumentDetailReply, asked: DocumentCardData): DocumentCardContent {
  const { document } = reply;
  return {
    id: document.id,
    code: document.code,
    title: document.title,
    versionLabel: asked.versionLabel,
    effectiveFrom: null,
    nextReviewDate: null,
    webUrl: null,
  };
}

/**
 * The read-and-confirm card's actions and the review request card's comment: a confirmation goes
 * to the service's `acknowledge` (one record per person and version; a second click stores nothing
 * and the card still shows "confirmed"), a comment to `comment`; refreshes read the document as
 * the person sees it. Bad or replayed input, a superseded version, a draft no longer in review and
 * someone the rules refuse each get a polite card, never an error.
 */
export function documentCardActions(deps: DocumentCardActionsDeps): DocumentCardActions {
  /** The read-and-confirm card of the current standing (the version asked about, or its successor). */
  const acknowledgementState = (
    locale: Locale,
    reply: DocumentDetailReply,
    asked: DocumentCardData,
  ): AdaptiveCard => {
    const { document, acknowledgement } = reply;
    const link = deps.link(document.id);
    const current = document.status === 'withdrawn' ? null : effectiveContent(document);
    if (!current)
      return acknowledgementCard(locale, askedContent(reply, asked), {
        standing: { kind: 'withdrawn' },
        link,
      });
    const standing: AcknowledgementStanding = acknowledgement.acknowledgedAt
      ? { kind: 'confirmed', at: acknowledgement.acknowledgedAt, fresh: true }
      : acknowledgement.required && acknowledgement.versionLabel === current.versionLabel
        ? { kind: 'pending' }
        : { kind: 'notRequired' };
    return acknowledgementCard(locale, current, {
      standing,
      link,
      ...(current.versionLabel !== asked.versionLabel ? { supersededLabel: asked.versionLabel } : {}),
    });
  };

  /** The document as the person sees it, or the polite card when they cannot. */
  const withDetail = async (
    locale: Locale,
    actor: DocumentActor,
    id: number,
    show: (reply: DocumentDetailReply) => AdaptiveCard,
  ): Promise<AdaptiveCard> => {
    try {
      return show(await deps.documents.detail(actor, id));
    } catch (error) {
      if (isCode(error, 'notFound', 'forbidden')) return plainNotice(locale, 'bot.document.notFound');
      throw error;
    }
  };

  const acknowledge = async (locale: Locale, actor: DocumentActor, asked: DocumentCardData) => {
    const earlier = await deps.confirmedAt(actor.email, asked.documentId, asked.versionLabel);
    try {
      // Confirmed before (another device, a second click, a replayed invoke): nothing is stored again.
      const reply = earlier
        ? await deps.documents.detail(actor, asked.documentId)
        : await deps.documents.acknowledge(actor, asked.documentId, { versionLabel: asked.versionLabel });
      const at = reply.acknowledgement.acknowledgedAt;
      const content = effectiveContent(reply.document);
      if (!at || !content || content.versionLabel !== asked.versionLabel)
        return acknowledgementState(locale, reply, asked);
      return acknowledgementCard(locale, content, {
        standing: { kind: 'confirmed', at, fresh: earlier === null },
        link: deps.link(asked.documentId),
      });
    } catch (error) {
      // A superseded or withdrawn version, someone outside the audience: nothing stored, the current standing shown.
      if (isCode(error, 'conflict', 'forbidden', 'badRequest'))
        return withDetail(locale, actor, asked.documentId, (reply) =>
          acknowledgementState(locale, reply, asked),
        );
      if (isCode(error, 'notFound')) return plainNotice(locale, 'bot.document.notFound');
      throw error;
    }
  };

  const reviewState = (
    locale: Locale,
    reply: DocumentDetailReply,
    asked: DocumentCardData,
    outcome?: ReviewRequestCardOptions['outcome'],
  ): AdaptiveCard => {
    const { document } = reply;
    const revision = document.revision;
    const open =
      revision?.status === 'inReview' &&
      revision.label === asked.versionLabel &&
      reply.allowed.includes('comment') &&
      outcome?.kind !== 'notAllowed';
    return reviewRequestCard(locale, draftContent(document, asked.versionLabel), {
      submittedBy: document.owner?.displayName ?? null,
      reasonForChange: revision?.label === asked.versionLabel ? revision.reasonForChange : null,
      open,
      ...(outcome ? { outcome } : {}),
      link: deps.link(document.id),
    });
  };

  const comment = async (
    locale: Locale,
    actor: DocumentActor,
    asked: DocumentCardData,
    data: Readonly<Record<string, unknown>>,
  ) => {
    const parsed = parseComment(data);
    if ('problem' in parsed)
      return withDetail(locale, actor, asked.documentId, (reply) =>
        reviewState(locale, reply, asked, { kind: 'empty', typed: parsed.typed }),
      );
    try {
      const reply = await deps.documents.comment(actor, asked.documentId, {
        versionLabel: asked.versionLabel,
        text: parsed.text,
      });
      return reviewState(locale, reply, asked, { kind: 'saved', text: parsed.text });
    } catch (error) {
      const outcome: ReviewRequestCardOptions['outcome'] | null = isCode(error, 'conflict')
        ? { kind: 'closed' }
        : isCode(error, 'forbidden')
          ? { kind: 'notAllowed' }
          : isCode(error, 'badRequest')
            ? { kind: 'empty', typed: parsed.text }
            : null;
      if (outcome)
        return withDetail(locale, actor, asked.documentId, (reply) =>
          reviewState(locale, reply, asked, outcome),
        );
      if (isCode(error, 'notFound')) return plainNotice(locale, 'bot.document.notFound');
      throw error;
    }
  };

  return {
    handles: (verb) => verb !== undefined && DOCUMENT_CARD_VERBS.includes(verb),
    invoke: async (verb, data, actorEmail, locale) => {
      const asked = parseCardData(data);
      if (!asked) return plainNotice(locale, 'bot.document.invalid');
      const actor = actorEmail === null ? null : await deps.actorOf(actorEmail);
      if (!actor) return plainNotice(locale, 'bot.document.unknownPerson');
      switch (verb) {
        case DOCUMENT_ACKNOWLEDGE_VERB:
          return acknowledge(locale, actor, asked);
        case DOCUMENT_ACK_REFRESH_VERB:
          return withDetail(locale, actor, asked.documentId, (reply) =>
            acknowledgementState(locale, reply, asked),
          );
        case DOCUMENT_COMMENT_VERB:
          return comment(locale, actor, asked, data);
        case DOCUMENT_REVIEW_REFRESH_VERB:
          return withDetail(locale, actor, asked.documentId, (reply) => reviewState(locale, reply, asked));
        default:
          return plainNotice(locale, 'bot.document.invalid');
      }
    },
  };
}
