import { formatDate, type Locale } from '@kvalita/core';

/** An ISO date as the language writes it, a dash for none. */
export function dateText(locale: Locale, iso: string | null): string {
  return iso === null || iso === '' ? '—' : formatDate(locale, iso);
}
