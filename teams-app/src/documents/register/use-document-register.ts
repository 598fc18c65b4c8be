import type { DocumentFilter, DocumentRegisterReply, DocumentSummary } from '@kvalita/core';
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { usePages, type PagesState } from '../../platform/load/use-pages';
import { documentRegisterMemory, type DocumentRegisterFilter } from '../register-settings';

export type DocumentRegisterState = PagesState<DocumentSummary, DocumentRegisterReply>;

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
  const list = useCallback<ApiClient['listDocuments']>(
    (query, signal) => api.listDocuments(query, signal),
    [api],
  );
  const { state, loadMore, reload } = usePages<DocumentFilter, DocumentSummary, DocumentRegisterReply>(
    list,
    filter,
  );

  const change = useCallback(
    (next: DocumentRegisterFilter) => {
      memory.save(next);
      setFilter(next);
    },
    [memory],
  );

  return { filter, change, state, loadMore, reload };
}
