import type { Measure } from '@kvalita/core';

export interface MeasureFactsProps {
  readonly measure: Measure;
}
