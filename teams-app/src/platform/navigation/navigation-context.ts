import { START_PLACE, placePath } from '@kvalita/core';
import { createContext, useContext } from 'react';
import type { Navigation } from './navigation.types';

/** Outside a provider (a component rendered on its own) the tab stays on the start page. */
const STAY: Navigation = {
  place: START_PLACE,
  go: () => undefined,
  href: (place) => `#/${placePath(place)}`,
  share: (place) => Promise.resolve({ kind: 'address', url: `#/${placePath(place)}` }),
};

export const NavigationContext = createContext<Navigation>(STAY);

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
