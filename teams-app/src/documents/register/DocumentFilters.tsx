import { Button, Checkbox, Field, Select } from '@fluentui/react-components';
import {
  DOCUMENT_KINDS,
  DOCUMENT_LIMITS,
  DOCUMENT_SORTS,
  DOCUMENT_STATUSES,
  type DocumentKind,
  type DocumentSort,
  type DocumentStatus,
} from '@kvalita/core';
import { FilterFieldset, TextFilter, withFilter } from '../../platform/components/RegisterFilterParts';
import { useI18n } from '../../platform/i18n/i18n-context';
import { DEFAULT_FILTER, type DocumentRegisterFilter } from '../register-settings';
import type { DocumentFiltersProps } from './DocumentFilters.types';

/** The register's filters and sort; every change applies at once (the search on Enter or leaving it). */
export function DocumentFilters({ filter, onChange, departments, model }: DocumentFiltersProps) {
  const { t } = useI18n();
  const set = <K extends keyof DocumentRegisterFilter>(
    key: K,
    value: DocumentRegisterFilter[K] | undefined,
  ) => onChange(withFilter(filter, key, value));
  const any = <option value="">{t('tab.documents.filter.any')}</option>;
  return (
    <FilterFieldset legend={t('tab.documents.filters')}>
      <TextFilter
        // A new field when the filter changes elsewhere ("clear"), so it shows the filter's value.
        key={filter.search ?? ''}
        label={t('tab.documents.filter.search')}
        type="search"
        maxLength={DOCUMENT_LIMITS.search}
        value={filter.search ?? ''}
        onApply={(search) => set('search', search === '' ? undefined : search)}
      />
      <Field label={t('tab.documents.filter.kind')}>
        <Select
          value={filter.kind ?? ''}
          onChange={(_e, data) => set('kind', data.value === '' ? undefined : (data.value as DocumentKind))}
        >
          {any}
          {DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`tab.documents.kind.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.documents.filter.status')}>
        <Select
          value={filter.status?.length === 1 ? (filter.status[0] ?? '') : ''}
          onChange={(_e, data) =>
            set('status', data.value === '' ? undefined : [data.value as DocumentStatus])
          }
        >
          {any}
          {DOCUMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`tab.documents.status.${status}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.documents.filter.department')}>
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
          {/* A remembered department the list does not (yet) hold still shows as chosen. */}
          {filter.departmentCode !== undefined &&
            departments.every((department) => department.code !== filter.departmentCode) && (
              <option value={filter.departmentCode}>{filter.departmentCode}</option>
            )}
        </Select>
      </Field>
      <Field label={t('tab.documents.filter.subcriterion')}>
        <Select
          value={filter.subcriterionCode ?? ''}
          onChange={(_e, data) => set('subcriterionCode', data.value === '' ? undefined : data.value)}
        >
          {any}
          {model?.criteria.flatMap((criterion) =>
            criterion.subcriteria.map((sub) => (
              <option key={sub.code} value={sub.code}>
                {`${sub.code} ${sub.title}`}
              </option>
            )),
          )}
          {filter.subcriterionCode !== undefined && model === null && (
            <option value={filter.subcriterionCode}>{filter.subcriterionCode}</option>
          )}
        </Select>
      </Field>
      <Checkbox
        label={t('tab.documents.filter.mine')}
        checked={filter.mine === true}
        onChange={(_e, data) => set('mine', data.checked === true ? true : undefined)}
      />
      <Checkbox
        label={t('tab.documents.filter.reviewOverdue')}
        checked={filter.reviewOverdue === true}
        onChange={(_e, data) => set('reviewOverdue', data.checked === true ? true : undefined)}
      />
      <Field label={t('tab.documents.sort')}>
        <Select
          value={filter.sort ?? 'code'}
          onChange={(_e, data) => set('sort', data.value as DocumentSort)}
        >
          {DOCUMENT_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`tab.documents.sort.${sort}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t('tab.documents.sort.descending')}
        checked={filter.descending === true}
        onChange={(_e, data) => set('descending', data.checked === true ? true : undefined)}
      />
      <Button onClick={() => onChange({ ...DEFAULT_FILTER, sort: filter.sort ?? 'code' })}>
        {t('tab.documents.filter.clear')}
      </Button>
    </FilterFieldset>
  );
}
