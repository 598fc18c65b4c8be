/** The office's calendar (Europe/Prague): deadlines are dates there, reminders go out by its clock. */
export interface OfficeDay {
  /** YYYY-MM-DD */
  readonly date: string;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly hour: number;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Prague',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: 'numeric',
  hourCycle: 'h23',
});

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function officeDay(now: Date): OfficeDay {
  const parts = Object.fromEntries(FORMAT.formatToParts(now).map((part) => [part.type, part.value]));
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? '') + 1,
    hour: Number(parts['hour']),
  };
}

/** A calendar date `days` later (or earlier), as dates: no time zone or daylight saving involved. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
