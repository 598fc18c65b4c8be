import type { QualityDocument } from '@kvalita/core';

export interface DocumentFactsProps {
  readonly document: QualityDocument;
}
