import type { Locale, MessageKey, MessageParams } from '@kvalita/core';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18nValue {
  readonly locale: Locale;
  readonly t: Translate;
  readonly setLocale: (locale: Locale) => void;
}
