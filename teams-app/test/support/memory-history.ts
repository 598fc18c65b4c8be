import type { PlaceHistory } from '../../src/platform/navigation/navigation.types';

export interface MemoryHistory extends PlaceHistory {
  /** Every entry, oldest first, and which one is current. */
  readonly entries: readonly (string | null)[];
  readonly index: number;
  forward(): void;
}

/** The browser's history for tests: entries in memory, back and forward tell the listeners. */
export function memoryHistory(start: string | null = null): MemoryHistory {
  const entries: (string | null)[] = [start];
  let index = 0;
  const listeners = new Set<(path: string | null) => void>();
  const move = (by: number) => {
    const next = index + by;
    if (next < 0 || next >= entries.length) return;
    index = next;
    for (const listener of listeners) listener(entries[index] ?? null);
  };
  return {
    get entries() {
      return entries;
    },
    get index() {
      return index;
    },
    read: () => entries[index] ?? null,
    push(path) {
      entries.splice(index + 1, entries.length, path);
      index += 1;
    },
    replace(path) {
      entries[index] = path;
    },
    canGoBack: () => index > 0,
    back: () => move(-1),
    forward: () => move(1),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    href: (path) => `#/${path}`,
    url: (path) => `https://kvalita.test/tab/#/${path}`,
  };
}
