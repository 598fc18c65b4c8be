import { createContext, useContext } from 'react';
import type { I18nValue } from './i18n.types';

export const I18nContext = createContext<I18nValue | null>(null);

/** The current locale, `t` for catalogue texts and the language switch's setter. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n() needs an <I18nProvider> above it.');
  return value;
}
