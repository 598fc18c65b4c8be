/*
 * Dates of the register as the office's calendar has them (Europe/Prague): a deadline is a day, and
 * "today" is the office's day, not the server's (a measure due today is not overdue at 00:30 in
 * Prague while UTC is still on yesterday).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Made once: the register dates thousands of rows per request. A formatter holds no state.
const OFFICE_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Prague',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The office's date (YYYY-MM-DD) at the instant `now`. */
export function officeDate(now: Date): string {
  const parts = OFFICE_DAY.formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** True for YYYY-MM-DD that is a day of the calendar (2026-02-30 is not), years 1900–2999. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The ISO date `days` later (earlier when negative). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
