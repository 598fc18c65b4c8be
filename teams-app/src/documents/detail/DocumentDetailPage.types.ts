import type { DocumentPageProps } from '../documents.types';

export interface DocumentDetailPageProps extends DocumentPageProps {
  readonly documentId: number;
  /** A confirmation to show (after the form saved). */
  readonly notice: string | null;
}
