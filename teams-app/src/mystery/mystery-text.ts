import {
  INTL_TAGS,
  formatDate,
  formatDateTime,
  weekEnd,
  weekStart,
  isIsoWeek,
  type Locale,
} from '@kvalita/core';

/** A score in per cent with one decimal (78,4 %); a dash for none. */
export function percentText(locale: Locale, value: number | null): string {
  if (value === null) return '—';
  return `${new Intl.NumberFormat(INTL_TAGS[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`;
}

/** A change of score in points with its sign (+3,2, −1,0); a dash without both. */
export function deltaText(locale: Locale, now: number | null, before: number | null): string {
  if (now === null || before === null) return '—';
  const delta = Math.round((now - before) * 10) / 10;
  const magnitude = new Intl.NumberFormat(INTL_TAGS[locale], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Math.abs(delta));
  return delta > 0 ? `+${magnitude}` : delta < 0 ? `−${magnitude}` : magnitude;
}

/** A number with one decimal at most (a median of minutes). */
export function numberText(locale: Locale, value: number | null): string {
  return value === null
    ? '—'
    : new Intl.NumberFormat(INTL_TAGS[locale], { maximumFractionDigits: 1 }).format(value);
}

/** An ISO week with its days: "14/2026 (30. 3. – 5. 4. 2026)". */
export function weekText(locale: Locale, week: string): string {
  if (!isIsoWeek(week)) return week;
  const [year, number] = week.split('-W');
  return `${Number(number)}/${year} (${formatDate(locale, weekStart(week))} – ${formatDate(locale, weekEnd(week))})`;
}

export { dateText } from '../platform/i18n/date-text';
export const dateTimeText = (locale: Locale, iso: string | null) =>
  iso === null ? '—' : formatDateTime(locale, iso);
