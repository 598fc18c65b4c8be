import { isLocale, type Locale } from '@kvalita/core';

/** What the tab remembers in the browser between visits. */
export interface Preferences {
  getLocale(): Locale | null;
  setLocale(locale: Locale): void;
  /** The person picked in the sign-in-as picker (local mode only). */
  getDemoEmail(): string | null;
  setDemoEmail(email: string | null): void;
}

const LOCALE_KEY = 'kvalita.locale';
const DEMO_EMAIL_KEY = 'kvalita.demoEmail';

/**
 * Preferences kept in the given Storage (localStorage in the browser). Storage can be missing or
 * throw (blocked cookies, sandboxed frames): the tab then simply forgets, it never fails.
 */
export function createPreferences(storage: Storage | null): Preferences {
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const write = (key: string, value: string | null) => {
    try {
      if (value === null) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {
      // Not remembered; nothing else depends on it.
    }
  };
  return {
    getLocale: () => {
      const value = read(LOCALE_KEY);
      return isLocale(value) ? value : null;
    },
    setLocale: (locale) => write(LOCALE_KEY, locale),
    getDemoEmail: () => read(DEMO_EMAIL_KEY),
    setDemoEmail: (email) => write(DEMO_EMAIL_KEY, email),
  };
}
