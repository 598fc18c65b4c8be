/**
 * Date-only columns. SharePoint stores a date-only value as midnight in the site's time zone and
 * returns it in UTC (a Czech site answers 2026-08-31T22:00:00Z for 1 September). Kvalita writes
 * noon UTC, which is the same calendar day in every European zone, and reads the value back as a
 * date in the site's zone, so a day never shifts.
 */
export const SITE_TIME_ZONE = 'Europe/Prague';

export function toSharePointDate(isoDate: string): string {
  return `${isoDate}T12:00:00Z`;
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: SITE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function fromSharePointDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dayFormat.format(date);
}
