import type { OpenDatasetKey } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

export interface OpenDataSectionProps {
  readonly api: ApiClient;
}

export interface OpenDataPageProps {
  readonly api: ApiClient;
  /** Opens the overview (null) or one dataset's preview. */
  readonly go: (datasetKey: OpenDatasetKey | null) => void;
}

export interface PreviewPageProps extends OpenDataPageProps {
  readonly datasetKey: OpenDatasetKey;
}
