import { Button, Checkbox, Field, Select } from '@fluentui/react-components';
import {
  MEASURE_ORIGINS,
  MEASURE_SORTS,
  MEASURE_STATUSES,
  OPEN_MEASURE_STATUSES,
  PDCA_PHASES,
  type MeasureOrigin,
  type MeasureSort,
  type MeasureStatus,
  type PdcaPhase,
} from '@kvalita/core';
import { FilterFieldset, TextFilter, withFilter } from '../../platform/components/RegisterFilterParts';
import { useI18n } from '../../platform/i18n/i18n-context';
import { phaseKey, statusKey } from '../measure-text';
import type { RegisterFilter } from '../register-settings';
import type { RegisterFiltersProps } from './RegisterFilters.types';

const OPEN = 'open';
const CRITERIA = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** What the status select shows for a status filter. */
function statusValue(status: readonly MeasureStatus[] | undefined): string {
  if (status === undefined || status.length === 0) return '';
  if (
    status.length === OPEN_MEASURE_STATUSES.length &&
    OPEN_MEASURE_STATUSES.every((s) => status.includes(s))
  )
    return OPEN;
  return status.length === 1 ? (status[0] ?? '') : '';
}

/** The register's filters and sort; every change applies at once (the owner's e-mail on leaving it). */
export function RegisterFilters({ filter, onChange, departments, years }: RegisterFiltersProps) {
  const { t } = useI18n();
  const set = <K extends keyof RegisterFilter>(key: K, value: RegisterFilter[K] | undefined) =>
    onChange(withFilter(filter, key, value));
  const any = <option value="">{t('tab.measures.filter.any')}</option>;

  return (
    <FilterFieldset legend={t('tab.measures.filters')}>
      <Field label={t('tab.measures.filter.status')}>
        <Select
          value={statusValue(filter.status)}
          onChange={(_e, data) =>
            set(
              'status',
              data.value === OPEN
                ? OPEN_MEASURE_STATUSES
                : data.value === ''
                  ? undefined
                  : [data.value as MeasureStatus],
            )
          }
        >
          {any}
          <option value={OPEN}>{t('tab.measures.filter.statusOpen')}</option>
          {MEASURE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(statusKey(status))}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.measures.filter.phase')}>
        <Select
          value={filter.phase ?? ''}
          onChange={(_e, data) => set('phase', data.value === '' ? undefined : (data.value as PdcaPhase))}
        >
          {any}
          {PDCA_PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {t(phaseKey(phase))}
            </option>
          ))}
        </Select>
      </Field>
      {departments !== null && (
        <Field label={t('tab.measures.filter.department')}>
          <Select
            value={filter.departmentCode ?? ''}
            onChange={(_e, data) => set('departmentCode', data.value === '' ? undefined : data.value)}
          >
            {any}
            {departments.map((department) => (
              <option key={department.code} value={department.code}>
                {`${department.parentCode ? '— ' : ''}${department.name}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <TextFilter
        // A new field when the filter changes elsewhere (a tile, "clear"), so it shows the filter's value.
        key={filter.ownerEmail ?? ''}
        label={t('tab.measures.filter.owner')}
        type="email"
        value={filter.ownerEmail ?? ''}
        onApply={(email) => set('ownerEmail', email === '' ? undefined : email)}
      />
      <Field label={t('tab.measures.filter.origin')}>
        <Select
          value={filter.origin ?? ''}
          onChange={(_e, data) =>
            set('origin', data.value === '' ? undefined : (data.value as MeasureOrigin))
          }
        >
          {any}
          {MEASURE_ORIGINS.map((origin) => (
            <option key={origin} value={origin}>
              {t(`tab.measures.origin.${origin}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.measures.filter.criterion')}>
        <Select
          value={filter.criterion === undefined ? '' : String(filter.criterion)}
          onChange={(_e, data) => set('criterion', data.value === '' ? undefined : Number(data.value))}
        >
          {any}
          {CRITERIA.map((number) => (
            <option key={number} value={String(number)}>
              {t('tab.measures.filter.criterionValue', { number })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.measures.filter.year')}>
        <Select
          value={filter.year === undefined ? '' : String(filter.year)}
          onChange={(_e, data) => set('year', data.value === '' ? undefined : Number(data.value))}
        >
          {any}
          {years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t('tab.measures.filter.overdue')}
        checked={filter.overdue === true}
        onChange={(_e, data) => set('overdue', data.checked === true ? true : undefined)}
      />
      <Checkbox
        label={t('tab.measures.filter.dueSoon')}
        checked={filter.dueSoon === true}
        onChange={(_e, data) => set('dueSoon', data.checked === true ? true : undefined)}
      />
      <Field label={t('tab.measures.sort')}>
        <Select
          value={filter.sort ?? 'deadline'}
          onChange={(_e, data) => set('sort', data.value as MeasureSort)}
        >
          {MEASURE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`tab.measures.sort.${sort}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t('tab.measures.sort.descending')}
        checked={filter.descending === true}
        onChange={(_e, data) => set('descending', data.checked === true ? true : undefined)}
      />
      <Button onClick={() => onChange({ sort: filter.sort ?? 'deadline' })}>
        {t('tab.measures.filter.clear')}
      </Button>
    </FilterFieldset>
  );
}
