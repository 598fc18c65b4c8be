/** Text in a locale; English falls back to Czech where the author left it empty. */
export function inLocale(text: { readonly cs: string; readonly en: string }, locale: 'cs' | 'en'): string {
  return locale === 'en' && text.en.trim() !== '' ? text.en : text.cs;
}

/** Option texts in a locale, with the same fallback (English options are all or nothing). */
export function optionsInLocale(
  options: { readonly cs: readonly string[]; readonly en: readonly string[] },
  locale: 'cs' | 'en',
): readonly string[] {
  return locale === 'en' && options.en.length === options.cs.length ? options.en : options.cs;
}
