import type { DocumentSummary } from '@kvalita/core';

export interface DocumentTableProps {
  readonly items: readonly DocumentSummary[];
  readonly total: number;
}
