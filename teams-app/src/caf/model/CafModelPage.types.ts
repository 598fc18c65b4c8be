import type { LocalizedCriterion } from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';

export interface CafModelPageProps {
  readonly api: ApiClient;
}

export interface ModelContentProps {
  readonly criteria: readonly LocalizedCriterion[];
}

export interface CriterionGroupProps {
  /** Id of the group's heading, unique on the page. */
  readonly id: string;
  readonly title: string;
  readonly criteria: readonly LocalizedCriterion[];
}

export interface CriterionBlockProps {
  readonly criterion: LocalizedCriterion;
}
