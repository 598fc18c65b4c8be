/*
 * ISO 8601 weeks ("2026-W14"): the schedule plans evaluations by week, as a quality manager does,
 * leaving the day to the evaluator. Monday starts the week; week 1 holds the year's first Thursday.
 */

const DAY_MS = 86_400_000;
export const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Monday of week 1 of an ISO year, in UTC milliseconds. */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - weekday * DAY_MS;
}

/** Weeks in an ISO year (52 or 53). */
export function weeksInYear(year: number): number {
  return Math.round((firstMonday(year + 1) - firstMonday(year)) / (7 * DAY_MS));
}

/** Whether the text is a real ISO week ("2026-W53" only in a 53-week year). */
export function isIsoWeek(week: string): boolean {
  const match = ISO_WEEK_PATTERN.exec(week);
  if (!match) return false;
  const number = Number(match[2]);
  return number >= 1 && number <= weeksInYear(Number(match[1]));
}

/** The Monday of an ISO week, as an ISO date; throws on a malformed week (check with isIsoWeek). */
export function weekStart(week: string): string {
  const match = ISO_WEEK_PATTERN.exec(week);
  if (!match || !isIsoWeek(week)) throw new RangeError(`not an ISO week: ${week}`);
  return isoDate(firstMonday(Number(match[1])) + (Number(match[2]) - 1) * 7 * DAY_MS);
}

/** The Sunday of an ISO week. */
export const weekEnd = (week: string): string => isoDate(Date.parse(weekStart(week)) + 6 * DAY_MS);

/** The ISO week a date (YYYY-MM-DD or a date-time) falls in. */
export function isoWeekOf(date: string): string {
  const day = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = day + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const number = Math.floor((thursday - firstMonday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(number).padStart(2, '0')}`;
}

/** Days from one week's Monday to another's (negative when `b` is earlier). */
export const daysBetweenWeeks = (a: string, b: string): number =>
  Math.round((Date.parse(weekStart(b)) - Date.parse(weekStart(a))) / DAY_MS);

/** Every ISO week that shares a day with the period [startDate, endDate]. */
export function weeksOfPeriod(startDate: string, endDate: string): string[] {
  const weeks: string[] = [];
  if (endDate < startDate) return weeks;
  let monday = Date.parse(weekStart(isoWeekOf(startDate)));
  const end = Date.parse(`${endDate.slice(0, 10)}T00:00:00Z`);
  while (monday <= end) {
    weeks.push(isoWeekOf(isoDate(monday)));
    monday += 7 * DAY_MS;
  }
  return weeks;
}
