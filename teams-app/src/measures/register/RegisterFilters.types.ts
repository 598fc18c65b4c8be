import type { DepartmentOption } from '@kvalita/core';
import type { RegisterFilter } from '../register-settings';

export interface RegisterFiltersProps {
  readonly filter: RegisterFilter;
  readonly onChange: (filter: RegisterFilter) => void;
  /** The office's departments; null while they load, or when a channel tab fixes one. */
  readonly departments: readonly DepartmentOption[] | null;
  /** The years the year filter offers. */
  readonly years: readonly number[];
}
