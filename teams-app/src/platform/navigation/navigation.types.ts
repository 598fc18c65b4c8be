import type { TabPlace } from '@kvalita/core';

/**
 * Where the tab keeps its place: the browser's history and URL fragment in the running tab, an
 * in-memory list in tests. Holds paths (core's placePath), not places, so it knows nothing of pages.
 */
export interface PlaceHistory {
  /** The path in the URL now; null when the URL has none (a fresh start, before any place). */
  read(): string | null;
  /** A new history entry (the browser's back button returns to the one before). */
  push(path: string): void;
  /** The current entry, rewritten (e.g. a deep link's place written into the URL). */
  replace(path: string): void;
  /** True when an entry this tab pushed lies behind the current one. */
  canGoBack(): boolean;
  back(): void;
  /** Calls the listener with the path whenever the person moves back or forward; returns an unsubscribe. */
  subscribe(listener: (path: string | null) => void): () => void;
  /** The href of a link to a path (opens the same place in a new browser tab). */
  href(path: string): string;
  /** The whole address of a path, for sharing outside the tab. */
  url(path: string): string;
}

export interface GoOptions {
  /** Rewrite the current history entry instead of adding one (a correction, not a step). */
  readonly replace?: boolean;
}

/** The place on screen and the way to another one, for every page of the tab. */
export interface Navigation {
  readonly place: TabPlace;
  go(place: TabPlace, options?: GoOptions): void;
  href(place: TabPlace): string;
  /** Offers a link to a place: the host's share dialog (Teams), else the address to copy. */
  share(place: TabPlace, label: string): Promise<ShareOutcome>;
}

export type ShareOutcome = { readonly kind: 'shared' } | { readonly kind: 'address'; readonly url: string };
