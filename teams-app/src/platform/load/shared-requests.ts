/**
 * Identical reads share one request, and a read started ahead of time (while the tab still works
 * out who is signed in, or while a page's code loads) hands its answer to the page that asks next.
 * That is what lets the start-up calls run side by side without each page knowing the others.
 *
 * A shared request is aborted only when every caller waiting for it has aborted. An answer read
 * ahead is kept until a caller takes it, for `keepMs` at most: later reads ask the service again,
 * as they always did.
 */
export interface SharedRequests {
  /** Joins the request for `key` in flight (or the answer read ahead), else starts `load`. */
  read<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Starts `load` now (or joins it) and keeps its answer for the next `read` of `key`. */
  readAhead<T>(key: string, load: (signal: AbortSignal) => Promise<T>): void;
}

export interface SharedRequestsOptions {
  readonly keepMs?: number;
  readonly now?: () => number;
}

interface Entry {
  readonly answer: Promise<unknown>;
  readonly controller: AbortController;
  /** Callers waiting; the request is aborted when the last one gives up. */
  waiting: number;
  /** When read ahead: the time it started, until a caller takes the answer. */
  keptSince: number | null;
  settled: boolean;
}

export function createSharedRequests(options: SharedRequestsOptions = {}): SharedRequests {
  const keepMs = options.keepMs ?? 30_000;
  const now = options.now ?? (() => Date.now());
  const entries = new Map<string, Entry>();

  function start(key: string, load: (signal: AbortSignal) => Promise<unknown>): Entry {
    const controller = new AbortController();
    const entry: Entry = {
      answer: load(controller.signal),
      controller,
      waiting: 0,
      keptSince: null,
      settled: false,
    };
    const settle = () => {
      entry.settled = true;
      if (entry.keptSince === null && entries.get(key) === entry) entries.delete(key);
    };
    entry.answer.then(settle, settle);
    entries.set(key, entry);
    return entry;
  }

  function current(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (entry?.keptSince != null && now() - entry.keptSince > keepMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    read<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      const entry = current(key) ?? start(key, load);
      // Taken: the next read asks again once this one has settled.
      entry.keptSince = null;
      if (entry.settled) entries.delete(key);
      entry.waiting += 1;
      const answer = entry.answer as Promise<T>;
      if (signal === undefined) return answer;
      return new Promise<T>((resolve, reject) => {
        const giveUp = () => {
          reject(abortReason(signal));
          entry.waiting -= 1;
          if (entry.waiting === 0 && !entry.settled && entry.keptSince === null) {
            entry.controller.abort();
            if (entries.get(key) === entry) entries.delete(key);
          }
        };
        signal.addEventListener('abort', giveUp, { once: true });
        answer.then(
          (value) => {
            signal.removeEventListener('abort', giveUp);
            resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener('abort', giveUp);
            reject(error);
          },
        );
      });
    },
    readAhead<T>(key: string, load: (signal: AbortSignal) => Promise<T>): void {
      const entry = current(key) ?? start(key, load);
      entry.keptSince ??= now();
      // Nobody may be waiting for it: a failed read ahead must not count as unhandled.
      entry.answer.catch(() => undefined);
    },
  };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The read was aborted.', 'AbortError');
}
