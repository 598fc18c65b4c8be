import type { MeasurePageProps } from '../measures.types';

export interface MeasureDetailPageProps extends MeasurePageProps {
  readonly measureId: number;
  /** A confirmation from the page before (created, saved). */
  readonly notice: string | null;
}
