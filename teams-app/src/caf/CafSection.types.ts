import type { CycleDetail, CyclePlace, Me } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

export interface CafSectionProps {
  readonly api: ApiClient;
}

/** What every page of a cycle gets. */
export interface CycleViewProps {
  readonly api: ApiClient;
  readonly me: Me;
  readonly cycle: CycleDetail;
  /** Loads the cycle again (after a change that moves its status, team or submissions). */
  readonly reload: () => void;
  /** Where on the cycle's pages the person is (the subcriterion or measure open). */
  readonly place: CyclePlace;
}
