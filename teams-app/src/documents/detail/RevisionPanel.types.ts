import type { DocumentRevision } from '@kvalita/core';

export interface RevisionPanelProps {
  readonly revision: DocumentRevision;
}
