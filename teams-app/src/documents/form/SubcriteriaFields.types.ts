import type { CafModel } from '@kvalita/core';
import type { SubcriteriaFieldsProps as FormPart } from './DocumentForm.types';

export interface SubcriteriaFieldsProps extends FormPart {
  /** The CAF model (null until loaded). */
  readonly model: CafModel | null;
}
