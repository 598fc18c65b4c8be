import { formatMessage, type Locale } from '@kvalita/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import type { Catalogue } from './catalogues';
import { I18nContext } from './i18n-context';
import type { I18nValue } from './i18n.types';

export interface I18nProviderProps {
  /** The messages shown, and their language. */
  readonly catalogue: Catalogue;
  readonly onLocaleChange: (locale: Locale) => void;
  readonly children: ReactNode;
}

/** Provides texts from a core catalogue and keeps `<html lang>` and the page title in step. */
export function I18nProvider({ catalogue, onLocaleChange, children }: I18nProviderProps) {
  const { locale, messages } = catalogue;
  const value = useMemo<I18nValue>(
    () => ({ locale, t: (key, params) => formatMessage(messages[key], params), setLocale: onLocaleChange }),
    [locale, messages, onLocaleChange],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = messages['app.name'];
  }, [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
