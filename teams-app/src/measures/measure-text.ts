import type { Locale, MeasureStatus, PdcaPhase } from '@kvalita/core';

const LOCALES: Readonly<Record<Locale, string>> = { cs: 'cs-CZ', en: 'en-GB' };

/** An ISO date (YYYY-MM-DD) as the language writes it; the text itself when it is not a date. */
export function formatDate(locale: Locale, iso: string | null): string {
  if (iso === null) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(LOCALES[locale], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
}

/** A moment (ISO date and time) in the office's time zone. */
export function formatMoment(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(LOCALES[locale], {
    timeZone: 'Europe/Prague',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export const statusKey = (status: MeasureStatus) => `measures.status.${status}` as const;
export const phaseKey = (phase: PdcaPhase) => `tab.measures.phase.${phase}` as const;
