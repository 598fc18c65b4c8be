import { addDays } from '@kvalita/core';

/** Reminders go this many days before a deadline (nominations, approvals, answers). */
export const FEEDBACK_REMINDER_DAYS: readonly number[] = [3, 1];

/**
 * The occasion ("<deadline>#<days before>") of the latest reminder whose day has come, or null
 * when none is due: before the first reminder day and after the deadline. A day the service was
 * down is caught up the next day, never twice: on the last day before the deadline only the
 * one-day reminder is due, whether or not the three-day one went out.
 */
export function reminderOccasion(
  deadline: string,
  today: string,
  days: readonly number[] = FEEDBACK_REMINDER_DAYS,
): string | null {
  if (today > deadline) return null;
  const due = [...days].sort((a, b) => a - b).find((before) => addDays(deadline, -before) <= today);
  return due === undefined ? null : `${deadline}#${due}`;
}
