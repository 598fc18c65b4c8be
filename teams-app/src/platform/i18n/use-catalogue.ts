import type { Locale } from '@kvalita/core';
import { useEffect, useState } from 'react';
import { loadCatalogue, type Catalogue } from './catalogues';

/**
 * The catalogue to show for `locale`. While another language's catalogue loads, the texts stay in
 * the language on screen (no flash of missing texts); if it cannot be loaded, they simply stay.
 */
export function useCatalogue(locale: Locale, initial: Catalogue): Catalogue {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (shown.locale === locale) return;
    let current = true;
    loadCatalogue(locale).then(
      (catalogue) => {
        if (current) setShown(catalogue);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale, shown.locale]);
  return shown;
}
