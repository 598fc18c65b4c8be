import type { MeasureFilter, MeasureRegisterReply, MeasureSummary } from '@kvalita/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../platform/api/api.types';
import { registerMemory, type RegisterSettings } from './register-settings';

export type RegisterState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | {
      readonly status: 'ready';
      readonly reply: MeasureRegisterReply;
      /** Every page loaded so far. */
      readonly items: readonly MeasureSummary[];
      readonly loadingMore: boolean;
    };

export interface Register {
  readonly settings: RegisterSettings;
  readonly change: (settings: RegisterSettings) => void;
  readonly state: RegisterState;
  readonly loadMore: () => void;
  readonly retry: () => void;
  /** The filter the service is asked with (the person's, the view's and the channel's department). */
  readonly query: MeasureFilter;
}

/**
 * The register's state: the person's remembered settings, the pages loaded under them, and "load
 * more" with the reply's nextPage. A channel tab's department is fixed and overrides the person's.
 */
export function useRegister(
  api: ApiClient,
  email: string,
  storage: Storage | null,
  fixedDepartment: string | null,
): Register {
  const memory = useMemo(() => registerMemory(storage, email), [storage, email]);
  const [settings, setSettings] = useState(() => memory.load());
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<RegisterState>({ status: 'loading' });
  const query = useMemo<MeasureFilter>(
    () => ({
      ...settings.filter,
      ...(fixedDepartment === null ? {} : { departmentCode: fixedDepartment }),
      ...(settings.view === 'mine' ? { mine: true } : {}),
    }),
    [settings, fixedDepartment],
  );

  useEffect(() => {
    const controller = new AbortController();
    api.listRegister(query, controller.signal).then(
      (reply) => {
        if (!controller.signal.aborted)
          setState({ status: 'ready', reply, items: reply.items, loadingMore: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, query, attempt]);

  const change = useCallback(
    (next: RegisterSettings) => {
      memory.save(next);
      setSettings(next);
    },
    [memory],
  );

  const loadMore = useCallback(() => {
    if (state.status !== 'ready' || state.reply.nextPage === null || state.loadingMore) return;
    const { items, reply } = state;
    setState({ ...state, loadingMore: true });
    api.listRegister({ ...query, page: reply.nextPage ?? undefined }).then(
      (next) =>
        setState({ status: 'ready', reply: next, items: [...items, ...next.items], loadingMore: false }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  }, [api, query, state]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { settings, change, state, loadMore, retry, query };
}
