import { translate, type Locale } from '@kvalita/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nContext } from './I18nContext';
import type { I18nValue } from './i18n.types';

export interface I18nProviderProps {
  readonly locale: Locale;
  readonly onLocaleChange: (locale: Locale) => void;
  readonly children: ReactNode;
}

/** Provides texts from the core catalogues and keeps `<html lang>` and the page title in step. */
export function I18nProvider({ locale, onLocaleChange, children }: I18nProviderProps) {
  const value = useMemo<I18nValue>(
    () => ({ locale, t: (key, params) => translate(locale, key, params), setLocale: onLocaleChange }),
    [locale, onLocaleChange],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.name');
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
