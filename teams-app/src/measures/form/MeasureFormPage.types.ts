import type { MeasurePageProps } from '../measures.types';

export interface MeasureFormPageProps extends MeasurePageProps {
  /** The measure edited; null for a new one. */
  readonly measureId: number | null;
}
