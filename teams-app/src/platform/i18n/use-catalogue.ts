import type { Locale } from '@kvalita/core';
import { useCallback, useEffect, useState } from 'react';
import { holds, loadCatalogue, type Catalogue, type CataloguePart } from './catalogues';

export interface ShownCatalogue {
  readonly catalogue: Catalogue;
  /** Asks for a part of the texts (a page about to open); it arrives with a re-render. */
  readonly requirePart: (part: CataloguePart) => void;
}

/**
 * The catalogue to show for `locale`, with every part a page has asked for. While another
 * language's texts load, they stay in the language on screen (no flash of missing texts); if they
 * cannot be loaded, they simply stay.
 */
export function useCatalogue(locale: Locale, initial: Catalogue): ShownCatalogue {
  const [shown, setShown] = useState(initial);
  const [wanted, setWanted] = useState<readonly CataloguePart[]>(initial.parts);
  useEffect(() => {
    if (holds(shown, locale, wanted)) return;
    let current = true;
    loadCatalogue(locale, wanted).then(
      (catalogue) => {
        if (current) setShown(catalogue);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale, shown, wanted]);
  const requirePart = useCallback(
    (part: CataloguePart) => setWanted((parts) => (parts.includes(part) ? parts : [...parts, part])),
    [],
  );
  return { catalogue: shown, requirePart };
}
