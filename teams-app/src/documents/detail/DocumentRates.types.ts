import type { ApiClient } from '../../platform/api/api.types';

export interface DocumentRatesProps {
  readonly api: ApiClient;
  readonly documentId: number;
  /** The effective version shown: a new one (after an approval) reads the rates again. */
  readonly versionLabel: string;
}
