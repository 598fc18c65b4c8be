import type { ApiClient } from '../../platform/api/api.types';

export interface DocumentOverviewPageProps {
  readonly api: ApiClient;
}
