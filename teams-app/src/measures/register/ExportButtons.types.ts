import type { MeasureFilter } from '@kvalita/core';
import type { MeasureApi } from '../api/measure.types';

export interface ExportButtonsProps {
  readonly api: Pick<MeasureApi, 'exportMeasures' | 'downloadMeasuresReport'>;
  /** The register's filter now: the export holds what the table shows. */
  readonly filter: MeasureFilter;
  /** Today, for the report's default year and quarter. */
  readonly today: Date;
}
