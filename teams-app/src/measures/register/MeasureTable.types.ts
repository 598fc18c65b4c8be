import type { MeasureSummary } from '@kvalita/core';

export interface MeasureTableProps {
  readonly items: readonly MeasureSummary[];
  readonly total: number;
}
