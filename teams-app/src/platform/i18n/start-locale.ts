import { DEFAULT_LOCALE, resolveLocale, type Locale } from '@kvalita/core';
import type { HostContext } from '../host/host.types';
import type { Preferences } from '../session/preferences';

/** The language the tab opens in: the one chosen last time, else Teams' own, else Czech. */
export function startLocale(host: HostContext, preferences: Preferences): Locale {
  return preferences.getLocale() ?? (host.inTeams ? resolveLocale(host.locale) : DEFAULT_LOCALE);
}
