import type { MeasureKind, MeasureStatus } from '@kvalita/core';

/** The improvement plan's measures of a cycle, as the CAF service needs them. */
export interface PlanMeasure {
  readonly id: number;
  readonly title: string;
  readonly kind: MeasureKind;
  readonly status: MeasureStatus;
  readonly ownerEmail: string | null;
  readonly ownerName: string | null;
  readonly deadline: string | null;
  readonly subcriterionCode: string | null;
  readonly criterion: number | null;
}

export interface NewPlanMeasure {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly ownerEmail: string;
  readonly deadline: string;
  readonly subcriterionCode: string | null;
  readonly description: string;
}

export interface PlanMeasures {
  forCycle(cycleId: number): Promise<PlanMeasure[]>;
  add(cycleId: number, measure: NewPlanMeasure): Promise<PlanMeasure>;
}
