import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import {
  MEASURE_ORIGINS,
  MEASURE_STATUSES,
  type DepartmentOption,
  type MeasureOrigin,
  type MeasureStatus,
  type PersonRef,
} from '@kvalita/core';

import { classes } from './styles';
import type { MeasuresTexts } from './texts';

/** What the person chose in the filter bar (the register turns it into a MeasureFilter). */
export interface RegisterFilterValues {
  readonly status: readonly MeasureStatus[];
  readonly departmentCode: string | undefined;
  readonly ownerEmail: string | undefined;
  readonly origin: MeasureOrigin | undefined;
  readonly overdue: boolean;
  readonly mine: boolean;
}

export const NO_FILTERS: RegisterFilterValues = {
  status: [],
  departmentCode: undefined,
  ownerEmail: undefined,
  origin: undefined,
  overdue: false,
  mine: false,
};

export interface RegisterFiltersProps {
  readonly texts: MeasuresTexts;
  readonly values: RegisterFilterValues;
  readonly onChange: (values: RegisterFilterValues) => void;
  readonly departments: readonly DepartmentOption[];
  /** Null when the web part is fixed to one department (property pane): no department filter. */
  readonly showDepartment: boolean;
  readonly owners: readonly PersonRef[];
}

const ALL = '';

export function RegisterFilters(props: RegisterFiltersProps): React.ReactElement {
  const { texts, values, onChange } = props;
  const statusOptions: IDropdownOption[] = MEASURE_STATUSES.map((status) => ({
    key: status,
    text: texts.Status[status],
  }));
  const withAll = (options: IDropdownOption[]): IDropdownOption[] => [{ key: ALL, text: texts.AllOption }, ...options];
  return (
    <fieldset className={classes.filters}>
      <legend className={classes.subheading}>{texts.FiltersLabel}</legend>
      <Dropdown
        className={classes.filterField}
        label={texts.FilterStatus}
        multiSelect={true}
        options={statusOptions}
        selectedKeys={[...values.status]}
        placeholder={texts.AllOption}
        onChange={(_event, option) => {
          if (!option) return;
          const status = option.key as MeasureStatus;
          const next = option.selected
            ? [...values.status, status]
            : values.status.filter((value) => value !== status);
          onChange({ ...values, status: MEASURE_STATUSES.filter((value) => next.indexOf(value) >= 0) });
        }}
      />
      {props.showDepartment ? (
        <Dropdown
          className={classes.filterField}
          label={texts.FilterDepartment}
          options={withAll(props.departments.map((department) => ({ key: department.code, text: department.name })))}
          selectedKey={values.departmentCode ?? ALL}
          onChange={(_event, option) =>
            onChange({ ...values, departmentCode: option && option.key !== ALL ? String(option.key) : undefined })
          }
        />
      ) : undefined}
      <Dropdown
        className={classes.filterField}
        label={texts.FilterOwner}
        options={withAll(props.owners.map((owner) => ({ key: owner.email, text: owner.displayName })))}
        selectedKey={values.ownerEmail ?? ALL}
        onChange={(_event, option) =>
          onChange({ ...values, ownerEmail: option && option.key !== ALL ? String(option.key) : undefined })
        }
      />
      <Dropdown
        className={classes.filterField}
        label={texts.FilterOrigin}
        options={withAll(MEASURE_ORIGINS.map((origin) => ({ key: origin, text: texts.Origin[origin] })))}
        selectedKey={values.origin ?? ALL}
        onChange={(_event, option) =>
          onChange({
            ...values,
            origin: option && option.key !== ALL ? (option.key as MeasureOrigin) : undefined,
          })
        }
      />
      <Checkbox
        label={texts.FilterOverdue}
        checked={values.overdue}
        onChange={(_event, checked) => onChange({ ...values, overdue: checked === true })}
      />
      <Checkbox
        label={texts.FilterMine}
        checked={values.mine}
        onChange={(_event, checked) => onChange({ ...values, mine: checked === true })}
      />
      <DefaultButton text={texts.ClearFilters} onClick={() => onChange(NO_FILTERS)} />
    </fieldset>
  );
}
