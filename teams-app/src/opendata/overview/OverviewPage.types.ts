import type {
  OpenDataOverviewReply,
  OpenDatasetKey,
  OpenDatasetState,
  PublicationEntry,
  UpdateFrequency,
} from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';

/** A change of one dataset's settings from its row. */
export interface DatasetChange {
  readonly chosen?: boolean;
  readonly frequency?: UpdateFrequency;
}

/** What the page says about the last save: under way, done, lost to someone else's change, failed. */
export type SaveMessage =
  | { readonly kind: 'saving' | 'saved' | 'stale'; readonly key: OpenDatasetKey }
  | { readonly kind: 'failed'; readonly key: OpenDatasetKey; readonly error: unknown };

export interface DatasetTableProps {
  readonly datasets: readonly OpenDatasetState[];
  readonly onChange: (key: OpenDatasetKey, change: DatasetChange) => void;
}

export interface PublisherFactsProps {
  readonly reply: OpenDataOverviewReply;
}

export interface PublishPanelProps {
  readonly api: ApiClient;
  /** How many datasets are chosen (nothing is published without one). */
  readonly chosen: number;
  /** Reads the overview again after a publication. */
  readonly onPublished: () => void;
}

export interface RegistrationPanelProps {
  readonly api: ApiClient;
  readonly catalogueUrl: string;
}

export interface PublicationLogProps {
  readonly log: readonly PublicationEntry[];
  /** Each dataset's title, for the log's lists. */
  readonly titles: ReadonlyMap<OpenDatasetKey, string>;
}
