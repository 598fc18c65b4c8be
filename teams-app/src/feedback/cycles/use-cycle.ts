import type { AdvanceCycleRequest, FeedbackCycleReply } from '@kvalita/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { isStale } from '../parts/is-stale';

export type CycleState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'ready'; readonly reply: FeedbackCycleReply };

/** What came of moving the cycle on: done, stale (the cycle is reloaded, nothing changed) or refused. */
export type AdvanceOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'failed'; readonly error: unknown };

export interface CycleDetail {
  readonly state: CycleState;
  readonly retry: () => void;
  /** Moves the cycle to `to` with the shown etag; the reply replaces the cycle on screen. */
  readonly advance: (
    to: AdvanceCycleRequest['to'],
    developmentOnlyConfirmed?: boolean,
  ) => Promise<AdvanceOutcome>;
}

/** A cycle as its coordinator sees it (phase, progress, the steps allowed) and the step to the next phase. */
export function useCycle(api: ApiClient, cycleId: number): CycleDetail {
  const [state, setState] = useState<CycleState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    api.getFeedbackCycle(cycleId, controller.signal).then(
      (reply) => {
        if (!controller.signal.aborted) setState({ status: 'ready', reply });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, cycleId, attempt]);

  const advance = useCallback<CycleDetail['advance']>(
    async (to, developmentOnlyConfirmed) => {
      if (state.status !== 'ready') return { kind: 'stale' };
      const request: AdvanceCycleRequest = {
        etag: state.reply.cycle.etag,
        to,
        ...(developmentOnlyConfirmed === undefined ? {} : { developmentOnlyConfirmed }),
      };
      try {
        setState({ status: 'ready', reply: await api.advanceFeedbackCycle(cycleId, request) });
        return { kind: 'done' };
      } catch (error) {
        if (!isStale(error)) return { kind: 'failed', error };
        try {
          setState({ status: 'ready', reply: await api.getFeedbackCycle(cycleId) });
          return { kind: 'stale' };
        } catch (reloadError) {
          return { kind: 'failed', error: reloadError };
        }
      }
    },
    [api, cycleId, state],
  );
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry, advance };
}
