import { formatDate, normalizeEmail, resolveLocale, translate } from '@kvalita/core';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../../platform/chat/adaptive-card.types';
import type { DeliveryActivity } from '../../platform/delivery/run-wave';
import { approvalCard, nominationCard } from '../cards/nomination-card';
import { ratingReminderCard, releasedCard } from '../cards/notice-cards';
import { ratingCard } from '../cards/rating-card';
import type { FeedbackRun } from './feedback-delivery-rows';
import type { StoredFeedbackDelivery } from './feedback-delivery-store';
import type { FeedbackLinks } from './feedback-links';

/**
 * The card of a delivery row, in the recipient's Teams language (their stored chat's locale,
 * Czech by default), built from what this run read (feedback-delivery-rows.ts): the cycle and the
 * list as they are now. Every card refreshes for the recipient's Teams user id, so each of their
 * devices shows the current state.
 */
export function feedbackDeliveryActivity(
  run: () => FeedbackRun,
  links: FeedbackLinks,
): DeliveryActivity<StoredFeedbackDelivery> {
  return async (row, conversation) => {
    const locale = resolveLocale(conversation.locale);
    const current = run();
    const attach = (card: AdaptiveCard) => MessageFactory.attachment(CardFactory.adaptiveCard(card));
    const cycle = current.cycles.get(row.cycleId);
    if (!cycle) throw new Error(`Cycle ${row.cycleId} was not read for its delivery ${row.id}`);
    const userIds = [conversation.channelUserId];
    const recipient = normalizeEmail(row.recipientEmail ?? '');
    switch (row.kind) {
      case 'nominationRequest':
      case 'nominationReminder':
      case 'approvalRequest':
      case 'approvalReminder': {
        const list = current.lists.get(row.id);
        if (!list) throw new Error(`The list of delivery ${row.id} was not read`);
        const subjectCard = row.kind === 'nominationRequest' || row.kind === 'nominationReminder';
        const deadline = subjectCard ? cycle.nominationDeadline : cycle.approvalDeadline;
        const reminder =
          row.kind === 'nominationReminder'
            ? translate(locale, 'bot.feedback.remind.nominate', { date: formatDate(locale, deadline) })
            : row.kind === 'approvalReminder'
              ? translate(locale, 'bot.feedback.remind.approve', {
                  date: formatDate(locale, deadline),
                  subject: list.subject.person.displayName,
                })
              : undefined;
        const options = {
          cycle: { name: cycle.name, phase: cycle.phase, deadline, rules: cycle.rules },
          link: links.nominations(cycle.id, row.subjectId),
          userIds,
          ...(reminder ? { reminder } : {}),
        };
        return attach(
          subjectCard ? nominationCard(locale, list, options) : approvalCard(locale, list, options),
        );
      }
      case 'ratingRequest': {
        const model = current.models.get(cycle.modelId);
        const subject = current.subjects.get(cycle.id)?.get(row.subjectId);
        const nomination = current.nominations.get(cycle.id)?.get(`${row.subjectId}#${recipient}`);
        if (!model || !subject || !nomination) throw new Error(`Delivery ${row.id} was not read whole`);
        return attach(
          ratingCard(locale, {
            cycleId: cycle.id,
            subjectId: row.subjectId,
            userIds,
            cycleName: cycle.name,
            subject: subject.person,
            group: nomination.group,
            ratingDeadline: cycle.ratingDeadline,
            groupThreshold: cycle.thresholds.group,
            model,
            link: links.forms(cycle.id),
          }),
        );
      }
      case 'ratingReminder': {
        const standing = current.standings.get(cycle.id)?.get(recipient);
        if (!standing) throw new Error(`The standing of delivery ${row.id} was not read`);
        return attach(
          ratingReminderCard(locale, {
            cycleName: cycle.name,
            ratingDeadline: cycle.ratingDeadline,
            progress: { done: standing.done, total: standing.total },
            open: standing.open,
            link: links.forms(cycle.id),
          }),
        );
      }
      case 'released': {
        if (row.subjectId > 0)
          return attach(
            releasedCard(locale, cycle.name, { kind: 'subject' }, links.report(cycle.id, row.subjectId)),
          );
        const reports = [...(current.subjects.get(cycle.id)?.values() ?? [])].filter(
          (subject) => subject.managerEmail !== null && normalizeEmail(subject.managerEmail) === recipient,
        ).length;
        return attach(releasedCard(locale, cycle.name, { kind: 'manager', reports }, links.forms(cycle.id)));
      }
    }
  };
}
