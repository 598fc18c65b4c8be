import { LOCALE_CODES, type Locale } from '../caf/model.types';
import { cs, type MessageKey } from './cs';
import { en } from './en';

export const DEFAULT_LOCALE: Locale = 'cs';
export const LOCALES: readonly Locale[] = LOCALE_CODES;

const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { cs, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Returns the message in the locale with {placeholders} filled; a missing parameter stays visible. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[locale][key];
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
