import { resolveLocale, type DocumentSettings } from '@kvalita/core';
import type { StoredDocumentNotification } from '@kvalita/sharepoint';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../../platform/chat/adaptive-card.types';
import type { DeliveryActivity } from '../../platform/delivery/run-wave';
import { acknowledgementCard } from '../cards/acknowledgement-card';
import { draftContent, effectiveContent } from '../cards/document-card-parts';
import { escalationCard } from '../cards/escalation-card';
import { approvalRequestCard, approvedCard, returnedCard } from '../cards/owner-notice-cards';
import { reviewReminderCard } from '../cards/review-reminder-card';
import { reviewRequestCard } from '../cards/review-request-card';
import type { NotificationRun } from './notification-rows';

/** Deep links into the tab; null when no Teams app id is set. */
export interface DocumentLinks {
  /** A document's page (its versions, review, approval, acknowledgement). */
  document(documentId: number): string | null;
  /** The register of documents (the head's escalation opens it). */
  register(): string | null;
}

/**
 * The card of a notification row, in the recipient's Teams language (their stored chat's locale,
 * Czech by default), built from what this run read (notification-rows.ts): the document as it is
 * now, so a card never shows a state older than its sending.
 */
export function notificationActivity(
  run: () => NotificationRun,
  links: DocumentLinks,
  settings: () => DocumentSettings,
  today: () => string,
): DeliveryActivity<StoredDocumentNotification> {
  return async (row, conversation) => {
    const locale = resolveLocale(conversation.locale);
    const current = run();
    const attach = (card: AdaptiveCard) => MessageFactory.attachment(CardFactory.adaptiveCard(card));
    if (row.kind === 'acknowledgementEscalation')
      return attach(
        escalationCard(locale, current.escalations.get(row.id) ?? [], {
          escalationDays: settings().acknowledgementEscalationDays,
          link: links.register(),
        }),
      );
    const document = current.documents.get(row.documentId);
    if (!document) throw new Error(`Document ${row.documentId} was not read for its notification`);
    const link = links.document(document.id);
    const effective = effectiveContent(document);
    const draft = draftContent(document, row.versionLabel);
    const submittedBy = document.owner?.displayName ?? null;
    const reasonForChange =
      document.revision?.label === row.versionLabel ? document.revision.reasonForChange : null;
    switch (row.kind) {
      case 'acknowledgementRequest':
      case 'acknowledgementReminder':
        if (!effective) throw new Error(`Document ${document.id} has no effective version to confirm`);
        return attach(
          acknowledgementCard(locale, effective, {
            standing: { kind: 'pending' },
            reminder: row.kind === 'acknowledgementReminder',
            link,
          }),
        );
      case 'reviewRequest':
        return attach(reviewRequestCard(locale, draft, { submittedBy, reasonForChange, open: true, link }));
      case 'approvalRequest':
        return attach(approvalRequestCard(locale, draft, { submittedBy, reasonForChange, open: true, link }));
      case 'returned':
        return attach(returnedCard(locale, draft, { comment: document.revision?.returnComment ?? '', link }));
      case 'approved': {
        const approved =
          effective?.versionLabel === row.versionLabel
            ? effective
            : { ...draft, effectiveFrom: document.effectiveFrom };
        return attach(approvedCard(locale, approved, { link }));
      }
      case 'reviewSoon':
      case 'reviewOverdue':
        if (!effective) throw new Error(`Document ${document.id} has no effective version to review`);
        return attach(reviewReminderCard(locale, effective, { today: today(), link }));
    }
  };
}
