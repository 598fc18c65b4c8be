import type { DocumentEvent } from '@kvalita/core';

export interface DocumentHistoryProps {
  /** Newest first. */
  readonly events: readonly DocumentEvent[];
}
