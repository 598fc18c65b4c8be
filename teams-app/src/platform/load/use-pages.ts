import { useCallback, useEffect, useState } from 'react';

/** A reply that comes in pages: the page's items and the token of the next one. */
export interface PagedReply<Item> {
  readonly items: readonly Item[];
  readonly nextPage: string | null;
}

export type PagesState<Item, Reply extends PagedReply<Item>> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly reply: Reply;
      /** Every page loaded so far. */
      readonly items: readonly Item[];
      readonly loadingMore: boolean;
    };

export interface Pages<Item, Reply extends PagedReply<Item>> {
  readonly state: PagesState<Item, Reply>;
  readonly loadMore: () => void;
  /** Loads the first page again. */
  readonly reload: () => void;
}

/**
 * The pages of a list under `query`: the first page (again for a new `list` or `query`, so memoise
 * both, or on `reload`), and "load more" with the last reply's nextPage.
 */
export function usePages<Query extends { readonly page?: string }, Item, Reply extends PagedReply<Item>>(
  list: (query: Query, signal?: AbortSignal) => Promise<Reply>,
  query: Query,
): Pages<Item, Reply> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PagesState<Item, Reply>>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    list(query, controller.signal).then(
      (reply) => {
        if (!controller.signal.aborted)
          setState({ status: 'ready', reply, items: reply.items, loadingMore: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [list, query, attempt]);

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.reply.nextPage === null || state.loadingMore) return;
    const { items, reply } = state;
    setState({ ...state, loadingMore: true });
    list({ ...query, page: reply.nextPage ?? undefined }).then(
      (next) =>
        setState({ status: 'ready', reply: next, items: [...items, ...next.items], loadingMore: false }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  }, [list, query, state]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, loadMore, reload };
}
