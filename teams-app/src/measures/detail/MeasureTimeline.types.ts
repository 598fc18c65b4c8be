import type { MeasureStep, MeasureUpdate } from '@kvalita/core';

export interface MeasureTimelineProps {
  readonly updates: readonly MeasureUpdate[];
}

export interface MeasureStepsProps {
  readonly steps: readonly MeasureStep[];
}
