import type { DocumentSummary } from '@kvalita/core';

export interface SummaryListProps {
  readonly items: readonly DocumentSummary[];
  /** What the line says besides the code and title (the due date, the status). */
  readonly detail: (item: DocumentSummary) => string;
}
