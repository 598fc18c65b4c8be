import type { MeasureStatus } from '@kvalita/core';
import type { NewReminder } from '@kvalita/sharepoint';
import type { StoredMeasureSummary } from '../measures-store';
import { addDays } from './office-day';

/**
 * Measures that get reminders: approved and under way (never proposed, closed or cancelled). The
 * sender checks again before each card goes out, so a measure closed meanwhile gets none.
 */
export const REMINDED_STATUSES: readonly MeasureStatus[] = ['approved', 'inProgress', 'effectivenessCheck'];

/**
 * How long after the day it was meant for a reminder is still planned and sent (the service was
 * down over a weekend); older ones are not sent late. The Monday digest covers what is left.
 */
export const CATCH_UP_DAYS = 7;

export type PlannedMeasure = Pick<StoredMeasureSummary, 'id' | 'status' | 'deadline' | 'owner'>;

export interface ReminderPlanInput {
  /** Today in the office (YYYY-MM-DD). */
  readonly today: string;
  readonly monday: boolean;
  /** Days before the deadline the owner is reminded (settings, MEASURE_LIMITS.reminderDays). */
  readonly reminderDays: number;
  /** Open measures whose deadline falls in `deadlineWindow` (and, on Mondays, all overdue ones). */
  readonly measures: readonly PlannedMeasure[];
  /** E-mails of the quality managers (the directory's qualityManager role). */
  readonly qualityManagers: readonly string[];
}

/** The deadlines the day's planning needs to read (indexed range on the register). */
export function deadlineWindow(today: string, reminderDays: number): { from: string; to: string } {
  return { from: addDays(today, -1 - CATCH_UP_DAYS), to: addDays(today, reminderDays) };
}

/**
 * Which reminders are due today (pure; the repository keeps each one row, so planning the same
 * day twice, or after a restart, adds nothing):
 * - "deadline in N days" to the owner, from N days before the deadline until the deadline (a
 *   measure created with a nearer deadline gets it at once);
 * - "overdue" to the owner from the day after the deadline (up to CATCH_UP_DAYS late);
 * - on Mondays, one digest per quality manager when any measure is overdue.
 * A moved deadline is a new reminder (the deadline is in its key).
 */
export function remindersDue(input: ReminderPlanInput): NewReminder[] {
  const planned: NewReminder[] = [];
  let anyOverdue = false;
  for (const measure of input.measures) {
    if (!REMINDED_STATUSES.includes(measure.status)) continue;
    if (measure.deadline < input.today) anyOverdue = true;
    const owner = measure.owner?.email;
    if (!owner) continue;
    const base = { measureId: measure.id, recipientEmail: owner, dueDate: measure.deadline };
    if (input.today >= addDays(measure.deadline, -input.reminderDays) && input.today <= measure.deadline)
      planned.push({ kind: 'dueSoon', ...base });
    const overdueFrom = addDays(measure.deadline, 1);
    if (input.today >= overdueFrom && input.today <= addDays(overdueFrom, CATCH_UP_DAYS))
      planned.push({ kind: 'overdue', ...base });
  }
  if (input.monday && anyOverdue)
    for (const email of new Set(input.qualityManagers.map((address) => address.toLowerCase())))
      planned.push({ kind: 'digest', measureId: 0, recipientEmail: email, dueDate: input.today });
  return planned;
}
