import { cs, type Locale, type MessageKey } from '@kvalita/core';

/** The messages of one language, from core's catalogues, and which language they are. */
export interface Catalogue {
  readonly locale: Locale;
  readonly messages: Readonly<Record<MessageKey, string>>;
}

/** Czech, the default, comes with the start-up code. */
export const czechCatalogue: Catalogue = { locale: 'cs', messages: cs };

/**
 * The catalogue of a language. English is a chunk of its own, fetched when someone chooses it (or
 * Teams runs in English): most users never need it, so they do not download it.
 */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'cs') return czechCatalogue;
  const { en } = await import('./english-catalogue');
  return { locale, messages: en };
}
