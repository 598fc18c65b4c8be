import type { DocumentVersion } from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';

export interface VersionTableProps {
  readonly api: ApiClient;
  /** Newest first, as the reply gives them. */
  readonly versions: readonly DocumentVersion[];
}
