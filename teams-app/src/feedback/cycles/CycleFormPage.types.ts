import type { CompetencyModelSummary } from '@kvalita/core';
import type { FieldErrors } from '../parts/field-error';
import type { NoticePageProps } from '../feedback.types';
import type { CycleFormValues } from './cycle-form';

export interface CycleFormPageProps extends NoticePageProps {
  /** The cycle to edit; null = a new cycle. */
  readonly cycleId: number | null;
}

export interface CycleFormProps extends Pick<CycleFormPageProps, 'api'> {
  readonly values: CycleFormValues;
  readonly onChange: (values: CycleFormValues) => void;
  readonly errors: FieldErrors;
  /** The model versions a cycle may use (each model's newest, and the one chosen). */
  readonly models: readonly CompetencyModelSummary[];
}

export interface CycleFormBodyProps extends Omit<CycleFormPageProps, 'notice' | 'me'> {
  readonly initial: CycleFormValues;
  readonly initialEtag: string | null;
  readonly models: readonly CompetencyModelSummary[];
}
