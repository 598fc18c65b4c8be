import { useCallback, useEffect, useState } from 'react';

export type Loader<T> = (signal: AbortSignal) => Promise<T>;

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

export type LoadResult<T> = LoadState<T> & { readonly retry: () => void };

interface Settled<T> {
  readonly loader: Loader<T>;
  readonly attempt: number;
  readonly state: LoadState<T>;
}

/**
 * Runs `loader` (memoise it with useCallback: a new loader means new data) and reports its state.
 * While a new loader runs, the last data stays on screen, so switching the language or the person
 * does not flash a spinner; a failed load shows its error until `retry` succeeds.
 */
export function useLoad<T>(loader: Loader<T>): LoadResult<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const settle = (state: LoadState<T>) => {
      if (!controller.signal.aborted) setSettled({ loader, attempt, state });
    };
    loader(controller.signal).then(
      (data) => settle({ status: 'ready', data }),
      (error: unknown) => settle({ status: 'error', error }),
    );
    return () => controller.abort();
  }, [loader, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const current = settled !== null && settled.loader === loader && settled.attempt === attempt;
  if (current) return { ...settled.state, retry };
  if (settled?.state.status === 'ready') return { ...settled.state, retry };
  return { status: 'loading', retry };
}
