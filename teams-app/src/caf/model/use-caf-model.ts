import { useCallback } from 'react';
import type { CafModel } from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';
import { useLoad, type LoadResult } from '../../platform/load/use-load';

/** The CAF 2020 model in the client's language; a new client (language, person) reloads it. */
export function useCafModel(api: ApiClient): LoadResult<CafModel> {
  return useLoad(useCallback((signal: AbortSignal) => api.getCafModel(signal), [api]));
}
