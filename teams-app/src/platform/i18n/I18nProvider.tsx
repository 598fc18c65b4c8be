import { formatMessage, type Locale } from '@kvalita/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import type { Catalogue, CataloguePart } from './catalogues';
import { I18nContext } from './i18n-context';
import type { I18nValue } from './i18n.types';

export interface I18nProviderProps {
  /** The messages shown, and their language. */
  readonly catalogue: Catalogue;
  readonly onLocaleChange: (locale: Locale) => void;
  /** Asks for a part of the texts a page needs. */
  readonly requirePart: (part: CataloguePart) => void;
  readonly children: ReactNode;
}

/** Provides texts from a core catalogue and keeps `<html lang>` and the page title in step. */
export function I18nProvider({ catalogue, onLocaleChange, requirePart, children }: I18nProviderProps) {
  const { locale, messages, parts } = catalogue;
  const value = useMemo<I18nValue>(
    () => ({
      locale,
      // A key of a part not loaded shows as itself: a page outside its CatalogueGate is a bug to see.
      t: (key, params) => formatMessage(messages[key] ?? key, params),
      setLocale: onLocaleChange,
      parts,
      requirePart,
    }),
    [locale, messages, parts, onLocaleChange, requirePart],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = messages['app.name'] ?? 'Kvalita';
  }, [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
