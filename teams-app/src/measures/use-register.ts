import type { MeasureFilter, MeasureRegisterReply, MeasureSummary } from '@kvalita/core';
import { useCallback, useMemo, useState } from 'react';
import type { ApiClient } from '../platform/api/api.types';
import { usePages, type PagesState } from '../platform/load/use-pages';
import { registerMemory, type RegisterSettings } from './register-settings';

export type RegisterState = PagesState<MeasureSummary, MeasureRegisterReply>;

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
  const query = useMemo<MeasureFilter>(
    () => ({
      ...settings.filter,
      ...(fixedDepartment === null ? {} : { departmentCode: fixedDepartment }),
      ...(settings.view === 'mine' ? { mine: true } : {}),
    }),
    [settings, fixedDepartment],
  );
  const list = useCallback<ApiClient['listRegister']>(
    (filter, signal) => api.listRegister(filter, signal),
    [api],
  );
  const {
    state,
    loadMore,
    reload: retry,
  } = usePages<MeasureFilter, MeasureSummary, MeasureRegisterReply>(list, query);

  const change = useCallback(
    (next: RegisterSettings) => {
      memory.save(next);
      setSettings(next);
    },
    [memory],
  );

  return { settings, change, state, loadMore, retry, query };
}
