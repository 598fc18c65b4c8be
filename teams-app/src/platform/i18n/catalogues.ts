import { csStart, type Locale, type MessageKey } from '@kvalita/core';

/**
 * The tab's texts come in parts, so the first page carries only its own: `start` (the shell, the
 * CAF model page, errors; Czech with the start-up code) and `pages` (the self-assessment and survey
 * pages, fetched when one opens). The service's own texts (the report, API files) never ship.
 */
export type CataloguePart = 'start' | 'pages';

export type Messages = Readonly<Partial<Record<MessageKey, string>>>;

/** The messages of one language, the parts they hold, and which language they are. */
export interface Catalogue {
  readonly locale: Locale;
  readonly parts: readonly CataloguePart[];
  readonly messages: Messages;
}

const PARTS: Readonly<Record<Locale, Readonly<Record<CataloguePart, () => Promise<Messages>>>>> = {
  cs: {
    start: () => Promise.resolve(csStart),
    pages: async () => (await import('./parts/pages-cs')).messages,
  },
  en: {
    start: async () => (await import('./english-start')).messages,
    pages: async () => (await import('./parts/pages-en')).messages,
  },
};

/** Czech start texts, the default, come with the start-up code. */
export const czechCatalogue: Catalogue = { locale: 'cs', parts: ['start'], messages: csStart };

/** The catalogue of a language with the given parts (always with its start texts). */
export async function loadCatalogue(
  locale: Locale,
  parts: readonly CataloguePart[] = ['start'],
): Promise<Catalogue> {
  const wanted: CataloguePart[] = ['start', ...parts.filter((part) => part !== 'start')];
  const loaded = await Promise.all(wanted.map((part) => PARTS[locale][part]()));
  return { locale, parts: wanted, messages: Object.assign({}, ...loaded) as Messages };
}

/** Whether `catalogue` already shows every part of `parts` in `locale`. */
export function holds(catalogue: Catalogue, locale: Locale, parts: readonly CataloguePart[]): boolean {
  return catalogue.locale === locale && parts.every((part) => catalogue.parts.includes(part));
}
