import type { AcknowledgementRate } from '@kvalita/core';

export interface RateRow extends AcknowledgementRate {
  readonly key: string;
  /** The row's name: a department or a document. */
  readonly name: string;
}

export interface AcknowledgementRateTableProps {
  readonly caption: string;
  /** The first column's heading (department or document). */
  readonly nameHeading: string;
  readonly rows: readonly RateRow[];
}
