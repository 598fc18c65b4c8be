import type { CycleDetail, Me } from '@kvalita/core';
import type { ApiClient } from '../platform/api/api.types';

/** The pages of one cycle, in the order of the CAF journey. */
export const CYCLE_VIEWS = ['overview', 'scoring', 'consensus', 'results', 'plan'] as const;
export type CycleView = (typeof CYCLE_VIEWS)[number];

export type CafRoute =
  { readonly kind: 'list' } | { readonly kind: 'cycle'; readonly id: number; readonly view: CycleView };

export interface CafSectionProps {
  readonly api: ApiClient;
  /** A cycle whose results a deep link asked for (a chat card about its report); opened first. */
  readonly linkedCycle?: number | null;
}

/** What every page of a cycle gets. */
export interface CycleViewProps {
  readonly api: ApiClient;
  readonly me: Me;
  readonly cycle: CycleDetail;
  /** Loads the cycle again (after a change that moves its status, team or submissions). */
  readonly reload: () => void;
}
