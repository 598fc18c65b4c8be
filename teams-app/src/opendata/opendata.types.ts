import type { OpenDatasetKey } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

export interface OpenDataSectionProps {
  readonly api: ApiClient;
}

/** The pages link to each other with real addresses (PlaceLink), so they need only the client. */
export interface OpenDataPageProps {
  readonly api: ApiClient;
}

export interface PreviewPageProps extends OpenDataPageProps {
  readonly datasetKey: OpenDatasetKey;
}
