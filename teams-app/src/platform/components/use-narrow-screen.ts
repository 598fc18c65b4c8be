import { useSyncExternalStore } from 'react';

/** Teams mobile and narrow side panels (up to 600 px wide, i.e. 37.5rem at the default font size). */
const NARROW = '(max-width: 37.5rem)';

function query(): MediaQueryList | null {
  // jsdom (unit tests) has no matchMedia: there the screen is wide.
  return typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** Whether the tab is as narrow as a phone, followed as the window is resized or turned. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
