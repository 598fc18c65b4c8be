import type { MeasureDetailReply } from '@kvalita/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { isApiError } from '../../platform/api/api-error';

export type DetailState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly reply: MeasureDetailReply };

/** What came of a change: done, stale (reloaded; the form keeps what was typed) or failed. */
export type ChangeOutcome = 'done' | 'stale' | 'failed';

export interface MeasureDetail {
  readonly state: DetailState;
  readonly retry: () => void;
  /** Sends one change with the shown etag; the reply replaces the measure on screen. */
  readonly apply: (send: (etag: string) => Promise<MeasureDetailReply>) => Promise<ChangeOutcome>;
  /** The last change's message: saved, stale or the error. */
  readonly message: { readonly kind: 'saved' | 'stale' | 'error'; readonly error?: unknown } | null;
}

/** A stale ETag: someone changed the measure since it was read (409, or SharePoint's 412). */
export function isStale(error: unknown): boolean {
  return isApiError(error) && (error.code === 'conflict' || error.status === 412);
}

/** A measure's detail and the changes made to it from this page. */
export function useMeasureDetail(api: ApiClient, id: number): MeasureDetail {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<MeasureDetail['message']>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.getMeasure(id, controller.signal).then(
      (reply) => {
        if (!controller.signal.aborted) setState({ status: 'ready', reply });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, id, attempt]);

  const apply = useCallback(
    async (send: (etag: string) => Promise<MeasureDetailReply>): Promise<ChangeOutcome> => {
      if (state.status !== 'ready') return 'failed';
      try {
        const reply = await send(state.reply.measure.etag);
        setState({ status: 'ready', reply });
        setMessage({ kind: 'saved' });
        return 'done';
      } catch (error) {
        if (!isStale(error)) {
          setMessage({ kind: 'error', error });
          return 'failed';
        }
        setMessage({ kind: 'stale' });
        try {
          setState({ status: 'ready', reply: await api.getMeasure(id) });
        } catch (reloadError) {
          setMessage({ kind: 'error', error: reloadError });
        }
        return 'stale';
      }
    },
    [api, id, state],
  );
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry, apply, message };
}
