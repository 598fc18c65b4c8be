import { INTL_TAGS, type BilingualText, type Locale } from '@kvalita/core';

/** A survey text in the UI language; English readers see the Czech text where English is empty. */
export function textIn(locale: Locale, text: BilingualText): string {
  return locale === 'en' && text.en.trim() !== '' ? text.en : text.cs;
}

/** Option texts in the UI language (English options are all or nothing, as the service keeps them). */
export function optionsIn(
  locale: Locale,
  options: { readonly cs: readonly string[]; readonly en: readonly string[] },
): readonly string[] {
  return locale === 'en' && options.en.length === options.cs.length ? options.en : options.cs;
}

/**
 * A number with exactly `digits` decimal places in the locale's format (averages read 3,90 and 3,88
 * side by side, not 3,9 and 3,88); "—" when missing.
 */
export function formatNumber(locale: Locale, value: number | null, digits = 1): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(INTL_TAGS[locale], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A 0–1 rate as a whole percentage; "—" when missing. */
export function formatPercent(locale: Locale, rate: number | null): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(INTL_TAGS[locale], { style: 'percent', maximumFractionDigits: 0 }).format(
    rate,
  );
}

/** An eNPS score with its sign spelled out (+20, −5). */
export function formatSigned(locale: Locale, value: number | null): string {
  if (value === null) return '—';
  const magnitude = formatNumber(locale, Math.abs(value), 0);
  if (value > 0) return `+${magnitude}`;
  if (value < 0) return `\u2212${magnitude}`;
  return magnitude;
}
