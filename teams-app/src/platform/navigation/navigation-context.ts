import { createContext, useContext } from 'react';
import type { Navigation } from './navigation.types';

/** Provided by App for the whole tab (useTabNavigation). */
export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  // Every page is rendered inside App; a page without its place would silently show the wrong one.
  if (navigation === null) throw new Error('useNavigation is used outside the tab’s NavigationContext.');
  return navigation;
}
