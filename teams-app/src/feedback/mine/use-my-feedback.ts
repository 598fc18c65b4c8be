import type { MyFeedbackReply } from '@kvalita/core';
import { useCallback } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useLoad, type LoadResult } from '../../platform/load/use-load';

/** What the signed-in person has to do in 360 feedback and the reports they may read. */
export function useMyFeedback(api: ApiClient): LoadResult<MyFeedbackReply> {
  return useLoad(useCallback((signal: AbortSignal) => api.getMyFeedback(signal), [api]));
}
