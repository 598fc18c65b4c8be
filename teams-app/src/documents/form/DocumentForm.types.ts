import type { ApiClient } from '../../platform/api/api.types';
import type { DocumentFormErrors, DocumentFormValues } from './document-form';

export interface DocumentFormProps {
  readonly api: ApiClient;
  readonly values: DocumentFormValues;
  readonly onChange: (values: DocumentFormValues) => void;
  readonly errors: DocumentFormErrors;
  /** Editing a stored document: its file type is fixed. */
  readonly editing: boolean;
}

export type DocumentPeopleFieldsProps = Omit<DocumentFormProps, 'editing'>;
export type AcknowledgementFieldsProps = Omit<DocumentFormProps, 'editing'>;
export type SubcriteriaFieldsProps = Omit<DocumentFormProps, 'editing' | 'api'>;
