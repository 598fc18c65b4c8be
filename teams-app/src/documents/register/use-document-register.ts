import type { DocumentRegisterReply, DocumentSummary } from '@kvalita/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { documentRegisterMemory, type DocumentRegisterFilter } from '../register-settings';

export type DocumentRegisterState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly reply: DocumentRegisterReply;
      /** Every page loaded so far. */
      readonly items: readonly DocumentSummary[];
      readonly loadingMore: boolean;
    };

export interface DocumentRegister {
  readonly filter: DocumentRegisterFilter;
  readonly change: (filter: DocumentRegisterFilter) => void;
  readonly state: DocumentRegisterState;
  readonly loadMore: () => void;
  /** Loads the first page again (after a retry, or an acknowledgement changed the count). */
  readonly reload: () => void;
}

/** The register's state: the person's remembered filter, the pages loaded under it, "load more". */
export function useDocumentRegister(
  api: ApiClient,
  email: string,
  storage: Storage | null,
): DocumentRegister {
  const memory = useMemo(() => documentRegisterMemory(storage, email), [storage, email]);
  const [filter, setFilter] = useState(() => memory.load());
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DocumentRegisterState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    api.listDocuments(filter, controller.signal).then(
      (reply) => {
        if (!controller.signal.aborted)
          setState({ status: 'ready', reply, items: reply.items, loadingMore: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, filter, attempt]);

  const change = useCallback(
    (next: DocumentRegisterFilter) => {
      memory.save(next);
      setFilter(next);
    },
    [memory],
  );

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.reply.nextPage === null || state.loadingMore) return;
    const { items, reply } = state;
    setState({ ...state, loadingMore: true });
    api.listDocuments({ ...filter, page: reply.nextPage ?? undefined }).then(
      (next) =>
        setState({ status: 'ready', reply: next, items: [...items, ...next.items], loadingMore: false }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  }, [api, filter, state]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { filter, change, state, loadMore, reload };
}
