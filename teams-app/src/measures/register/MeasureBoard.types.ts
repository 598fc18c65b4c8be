import type { MeasureSummary } from '@kvalita/core';

export interface MeasureBoardProps {
  readonly items: readonly MeasureSummary[];
}
