import type { ApiClient } from '../../platform/api/api.types';
import type { FormErrors, MeasureFormValues } from './measure-form';

export interface MeasureFormProps {
  readonly api: ApiClient;
  readonly values: MeasureFormValues;
  readonly onChange: (values: MeasureFormValues) => void;
  readonly errors: FormErrors;
}

export interface StepsEditorProps {
  readonly values: MeasureFormValues;
  readonly onChange: (values: MeasureFormValues) => void;
  readonly errors: FormErrors;
}

export type RootCauseFieldsProps = StepsEditorProps;
export type OwnerFieldsProps = MeasureFormProps;
