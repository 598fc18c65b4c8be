import { resolveLocale, type Locale } from '@kvalita/core';

/** The UI language of an API caller: the first tag of Accept-Language (the tab sends its locale). */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  return resolveLocale(header?.split(',')[0]?.split(';')[0]);
}
