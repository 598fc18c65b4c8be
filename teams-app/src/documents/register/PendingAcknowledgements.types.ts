import type { ApiClient } from '../../platform/api/api.types';

export interface PendingAcknowledgementsProps {
  readonly api: ApiClient;
  /** How many the register's reply counts: the list is read only when there are some. */
  readonly count: number;
  /** After a confirmation: the register reads its count again. */
  readonly onConfirmed: () => void;
}
