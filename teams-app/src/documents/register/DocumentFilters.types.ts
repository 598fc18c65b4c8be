import type { CafModel, DepartmentOption } from '@kvalita/core';
import type { DocumentRegisterFilter } from '../register-settings';

export interface DocumentFiltersProps {
  readonly filter: DocumentRegisterFilter;
  readonly onChange: (filter: DocumentRegisterFilter) => void;
  /** The office's departments (empty until loaded). */
  readonly departments: readonly DepartmentOption[];
  /** The CAF model's subcriteria (null until loaded). */
  readonly model: CafModel | null;
}
