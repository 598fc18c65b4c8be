import type { NewPlanMeasure, PlanMeasure } from '@kvalita/core';

export type { NewPlanMeasure, PlanMeasure };

/** The improvement plan's measures of a cycle, as the CAF service needs them. */
export interface PlanMeasures {
  forCycle(cycleId: number): Promise<PlanMeasure[]>;
  add(cycleId: number, measure: NewPlanMeasure): Promise<PlanMeasure>;
}
