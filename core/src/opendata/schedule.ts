import type { UpdateFrequency } from './contract';

/*
 * When a dataset is re-published on schedule: one period after its last publication, in office
 * dates (YYYY-MM-DD). A month after 31 January is the last day of February, as people count it.
 */

const MONTHS: Readonly<Record<Exclude<UpdateFrequency, 'irregular' | 'weekly'>, number>> = {
  monthly: 1,
  quarterly: 3,
  annual: 12,
};

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const target = new Date(`${date}T00:00:00Z`);
  target.setUTCDate(target.getUTCDate() + days);
  return target.toISOString().slice(0, 10);
}

/** The office date the schedule publishes next; null when irregular (published by hand only). */
export function nextPublicationDate(frequency: UpdateFrequency, lastPublished: string): string | null {
  if (frequency === 'irregular') return null;
  if (frequency === 'weekly') return addDays(lastPublished, 7);
  return addMonths(lastPublished, MONTHS[frequency]);
}

/** Whether the schedule publishes a dataset today (office date). */
export function isPublicationDue(
  frequency: UpdateFrequency,
  lastPublished: string | null,
  today: string,
): boolean {
  if (lastPublished === null) return false;
  const next = nextPublicationDate(frequency, lastPublished);
  return next !== null && next <= today;
}
