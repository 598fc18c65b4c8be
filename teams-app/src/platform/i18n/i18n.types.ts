import type { Locale, MessageKey, MessageParams } from '@kvalita/core';
import type { CataloguePart } from './catalogues';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18nValue {
  readonly locale: Locale;
  readonly t: Translate;
  readonly setLocale: (locale: Locale) => void;
  /** The parts of the texts loaded (see catalogues.ts). */
  readonly parts: readonly CataloguePart[];
  readonly requirePart: (part: CataloguePart) => void;
}
