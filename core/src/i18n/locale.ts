import { LOCALE_CODES, type Locale } from '../caf/model.types';

/*
 * Languages and message formatting without the catalogues, so code that needs only these (the
 * tab's start-up) does not pull both languages' texts in with them.
 */

export const DEFAULT_LOCALE: Locale = 'cs';
export const LOCALES: readonly Locale[] = LOCALE_CODES;

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills a catalogue message's {placeholders}; a missing parameter stays visible. For callers that
 * hold one catalogue (the tab loads only the language it shows).
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Maps a BCP 47 tag (Teams gives e.g. "cs-CZ", "en-US", "en-GB") to a shipped locale.
 * Czech is the default for anything we do not ship: the users are Czech offices.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return language === 'en' ? 'en' : DEFAULT_LOCALE;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'cs' || value === 'en';
}

/** Intl tags used for dates and numbers in each locale. */
export const INTL_TAGS: Readonly<Record<Locale, string>> = { cs: 'cs-CZ', en: 'en-GB' };

export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(INTL_TAGS[locale], {
    dateStyle: 'medium',
    timeZone: 'Europe/Prague',
  }).format(date);
}

/** A moment (ISO date and time) in the office's zone, e.g. "3. 12. 2026 9:15"; unreadable input as given. */
export function formatDateTime(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(INTL_TAGS[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Prague',
  }).format(date);
}
