import { INTL_TAGS, type Locale } from '@kvalita/core';

export { dateText } from '../platform/i18n/date-text';

/** A mean on the 1–5 scale with one decimal (3,8); a dash when hidden or missing. */
export function scoreText(locale: Locale, mean: number | null): string {
  if (mean === null) return '—';
  return new Intl.NumberFormat(INTL_TAGS[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(mean);
}

/** A self–others gap with its sign spelled out (+1,5, −0,7, 0,0); a dash when not computed. */
export function gapText(locale: Locale, gap: number | null): string {
  if (gap === null) return '—';
  const magnitude = scoreText(locale, Math.abs(gap));
  if (Math.abs(gap) < 0.05) return scoreText(locale, 0);
  return gap > 0 ? `+${magnitude}` : `−${magnitude}`;
}

/** Today's date in the office's zone (Prague), as the deadlines are written (YYYY-MM-DD). */
export function officeToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague' }).format(now);
}
