import type { PlanMeasure } from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';

/** What opens the dialog: the subcriterion and, from an area for improvement, its text. */
export interface MeasureRequest {
  readonly subcriterionCode: string;
  readonly description: string;
}

export interface MeasureDialogProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  /** null = closed. */
  readonly request: MeasureRequest | null;
  readonly onClose: () => void;
  readonly onCreated: (measure: PlanMeasure) => void;
}
