import type { Locale } from '../caf/model.types';
import { cs, en, type MessageKey } from './catalogues';
import { formatMessage, type MessageParams } from './locale';

const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { cs, en };

/** Returns the message in the locale with {placeholders} filled; a missing parameter stays visible. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(catalogues[locale][key], params);
}
