import { resolveLocale } from '@kvalita/core';
import type { StoredReminder } from '@kvalita/sharepoint';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { DeliveryActivity } from '../../platform/delivery/run-wave';
import { measureReminderCard } from '../cards/measure-reminder-card';
import { overdueDigestCard } from '../cards/overdue-digest-card';
import type { ReminderRun } from './reminder-rows';

/** Deep links into the tab (tab-place paths through tabDeepLink); null when no Teams app id is set. */
export interface MeasureLinks {
  measure(measureId: number): string | null;
  /** The register filtered by overdue. */
  overdueRegister(): string | null;
}

/**
 * The message of a reminder row, in the recipient's Teams language (their stored chat's locale,
 * Czech by default): the measure's card with its reminder banner and the progress form for its
 * owner, or the quality manager's digest. Built from what this run read (reminder-rows.ts).
 */
export function reminderActivity(
  run: () => ReminderRun,
  links: MeasureLinks,
): DeliveryActivity<StoredReminder> {
  return async (row, conversation) => {
    const locale = resolveLocale(conversation.locale);
    const current = run();
    if (row.kind === 'digest') {
      const card = overdueDigestCard(locale, current.overdue ?? [], links.overdueRegister());
      return MessageFactory.attachment(CardFactory.adaptiveCard(card));
    }
    const measure = current.measures.get(row.measureId);
    if (!measure) throw new Error(`Measure ${row.measureId} was not read for its reminder`);
    const card = measureReminderCard(locale, measure, {
      reminder: row.kind,
      // The owner may report progress (the role matrix); the service checks again on submit.
      mayReport: true,
      link: links.measure(measure.id),
    });
    return MessageFactory.attachment(CardFactory.adaptiveCard(card));
  };
}
