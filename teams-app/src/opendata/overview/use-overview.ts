import type { OpenDataOverviewReply, OpenDatasetKey, OpenDatasetState } from '@kvalita/core';
import { useCallback, useRef, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { isApiError } from '../../platform/api/api-error';
import { useLoad, type LoadResult } from '../../platform/load/use-load';
import type { DatasetChange, SaveMessage } from './OverviewPage.types';

/** The datasets as saved since the overview was read, over the overview they belong to. */
interface Saved {
  readonly base: OpenDataOverviewReply;
  readonly datasets: Readonly<Partial<Record<OpenDatasetKey, OpenDatasetState>>>;
}

export interface Overview {
  readonly load: LoadResult<OpenDataOverviewReply>;
  /** The datasets as they now stand: as read, with what was saved (or is being saved) since. */
  readonly datasets: readonly OpenDatasetState[];
  readonly change: (key: OpenDatasetKey, change: DatasetChange) => void;
  readonly message: SaveMessage | null;
  /** Reads the overview again (after a publication). */
  readonly reload: () => void;
}

/** A settings row changed since it was read: the service's 409 with its "stale" sentence. */
const isStale = (error: unknown) =>
  isApiError(error) &&
  error.code === 'conflict' &&
  (error.reason === null || error.reason.key === 'error.stale' || error.status === 412);

/**
 * The overview and the changes made from its table. A change shows at once and is saved with the
 * row's etag; the changes of one row are sent one after another, each with the etag the last one
 * answered, so two quick clicks never race each other. A stale etag reads the overview again.
 */
export function useOverview(api: ApiClient): Overview {
  const load = useLoad(useCallback((signal: AbortSignal) => api.getOpenDataOverview(signal), [api]));
  const base = load.status === 'ready' ? load.data : null;
  const [saved, setSaved] = useState<Saved | null>(null);
  const [pending, setPending] = useState<Partial<Record<OpenDatasetKey, OpenDatasetState>>>({});
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const queues = useRef(new Map<OpenDatasetKey, Promise<void>>());
  // Per row: what the person last asked for, the etag the last answer gave, and how many changes
  // were asked for (a save answers the row only when no later change is waiting).
  const wanted = useRef(new Map<OpenDatasetKey, OpenDatasetState>());
  const etags = useRef(new Map<OpenDatasetKey, string | null>());
  const asked = useRef(new Map<OpenDatasetKey, number>());
  // A failed save drops the changes queued behind it: they were made on top of it.
  const failures = useRef(0);

  const shown = (dataset: OpenDatasetState): OpenDatasetState =>
    pending[dataset.key] ??
    (saved !== null && saved.base === base ? saved.datasets[dataset.key] : undefined) ??
    dataset;
  const datasets = base === null ? [] : base.datasets.map(shown);

  const forget = () => {
    wanted.current.clear();
    etags.current.clear();
    setPending({});
  };

  const reload = useCallback(() => {
    forget();
    load.retry();
  }, [load]);

  const change = (key: OpenDatasetKey, change: DatasetChange) => {
    const from = wanted.current.get(key) ?? datasets.find((dataset) => dataset.key === key);
    if (base === null || from === undefined) return;
    const next = { ...from, ...change };
    const turn = (asked.current.get(key) ?? 0) + 1;
    const failuresBefore = failures.current;
    wanted.current.set(key, next);
    asked.current.set(key, turn);
    setPending((now) => ({ ...now, [key]: next }));
    setMessage({ kind: 'saving', key });
    const save = async () => {
      if (failures.current !== failuresBefore) return;
      try {
        const reply = await api.saveOpenDataset(key, {
          chosen: next.chosen,
          frequency: next.frequency,
          etag: etags.current.has(key) ? (etags.current.get(key) ?? null) : from.etag,
        });
        etags.current.set(key, reply.dataset.etag);
        setSaved((now) => ({
          base,
          datasets: { ...(now !== null && now.base === base ? now.datasets : {}), [key]: reply.dataset },
        }));
        if (asked.current.get(key) === turn) {
          wanted.current.delete(key);
          setPending(({ [key]: _done, ...rest }) => rest);
          setMessage({ kind: 'saved', key });
        }
      } catch (error) {
        failures.current += 1;
        forget();
        if (isStale(error)) {
          setMessage({ kind: 'stale', key });
          load.retry();
        } else setMessage({ kind: 'failed', key, error });
      }
    };
    const queued = (queues.current.get(key) ?? Promise.resolve()).then(save);
    queues.current.set(key, queued);
  };

  return { load, datasets, change, message, reload };
}
