import type { DocumentPageProps } from '../documents.types';

export interface DocumentRegisterPageProps extends DocumentPageProps {
  /** Where the person's filters are remembered (localStorage in the browser). */
  readonly storage: Storage | null;
  /** A confirmation to show (after an action on another page). */
  readonly notice: string | null;
}
