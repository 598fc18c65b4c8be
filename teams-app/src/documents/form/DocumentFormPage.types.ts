import type { DocumentPageProps } from '../documents.types';

export interface DocumentFormPageProps extends DocumentPageProps {
  /** null = a new document. */
  readonly documentId: number | null;
}
