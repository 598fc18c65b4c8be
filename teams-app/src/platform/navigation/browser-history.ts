import type { PlaceHistory } from './navigation.types';

/** How far into the tab's own entries the current one is; kept in history.state so reloads keep it. */
interface EntryState {
  readonly kvalitaDepth: number;
}

const PREFIX = '#/';

function depthOf(state: unknown): number {
  const depth = (state as Partial<EntryState> | null)?.kvalitaDepth;
  return typeof depth === 'number' && Number.isInteger(depth) && depth > 0 ? depth : 0;
}

/**
 * The tab's place in the URL fragment ("#/caf/7/scoring/2.1"): reload keeps it, back and forward
 * move through it, and the service needs no route for it. The query (theme, sub-page) is kept.
 */
export function createBrowserHistory(window: Window): PlaceHistory {
  const { history, location } = window;
  const urlOf = (path: string) => `${location.pathname}${location.search}${PREFIX}${path}`;
  return {
    read: () =>
      location.hash.startsWith(PREFIX) ? decodeURIComponent(location.hash.slice(PREFIX.length)) : null,
    push: (path) => history.pushState({ kvalitaDepth: depthOf(history.state) + 1 }, '', urlOf(path)),
    replace: (path) => history.replaceState({ kvalitaDepth: depthOf(history.state) }, '', urlOf(path)),
    canGoBack: () => depthOf(history.state) > 0,
    back: () => history.back(),
    subscribe(listener) {
      // Back and forward fire popstate (and, between fragments, hashchange too); a typed fragment
      // fires both as well. The listener may hear one change twice and ignores the repeat.
      const changed = () => listener(this.read());
      window.addEventListener('popstate', changed);
      window.addEventListener('hashchange', changed);
      return () => {
        window.removeEventListener('popstate', changed);
        window.removeEventListener('hashchange', changed);
      };
    },
    href: (path) => `${PREFIX}${path}`,
    url: (path) => `${location.origin}${urlOf(path)}`,
  };
}
