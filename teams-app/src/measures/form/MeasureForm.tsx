import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import {
  MEASURE_KINDS,
  MEASURE_LIMITS,
  MEASURE_ORIGINS,
  MEASURE_PRIORITIES,
  type CafModel,
  type DepartmentOption,
  type MeasureKind,
  type MeasureOrigin,
  type MeasurePriority,
} from '@kvalita/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { FormField, MeasureFormValues } from './measure-form';
import type { MeasureFormProps } from './MeasureForm.types';
import { OwnerFields } from './OwnerFields';
import { RootCauseFields } from './RootCauseFields';
import { StepsEditor } from './StepsEditor';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '44rem' },
});

type TextField = {
  [K in keyof MeasureFormValues]: MeasureFormValues[K] extends string ? K : never;
}[keyof MeasureFormValues];

/** Every field of a measure's draft, each with its rule break under it. */
export function MeasureForm({ api, values, onChange, errors }: MeasureFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [departments, setDepartments] = useState<readonly DepartmentOption[]>([]);
  const [model, setModel] = useState<CafModel | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.getDepartments(controller.signal).then(setDepartments, () => undefined);
    api.getCafModel(controller.signal).then(setModel, () => undefined);
    return () => controller.abort();
  }, [api]);
  const message = (field: FormField) => {
    const error = errors[field];
    return error === undefined ? undefined : t(error.key, error.values);
  };
  const set = <K extends keyof MeasureFormValues>(key: K, value: MeasureFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (
    field: TextField,
    label: string,
    options: { max: number; required?: boolean; long?: boolean; type?: 'date' | 'url' | 'text' },
  ) => (
    <Field label={label} required={options.required === true} validationMessage={message(field)}>
      {options.long === true ? (
        <Textarea
          value={values[field]}
          maxLength={options.max}
          onChange={(_e, data) => set(field, data.value)}
        />
      ) : (
        <Input
          type={options.type ?? 'text'}
          value={values[field]}
          maxLength={options.max}
          onChange={(_e, data) => set(field, data.value)}
        />
      )}
    </Field>
  );

  return (
    <div className={styles.fields}>
      {text('title', t('tab.measures.form.title'), { max: MEASURE_LIMITS.title, required: true })}
      <Field label={t('tab.measures.form.kind')}>
        <Select value={values.kind} onChange={(_e, data) => set('kind', data.value as MeasureKind)}>
          {MEASURE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`measures.kind.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.measures.form.priority')}>
        <Select
          value={values.priority}
          onChange={(_e, data) => set('priority', data.value as MeasurePriority)}
        >
          {MEASURE_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`tab.measures.priority.${priority}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.measures.form.origin')}>
        <Select value={values.origin} onChange={(_e, data) => set('origin', data.value as MeasureOrigin)}>
          {MEASURE_ORIGINS.map((origin) => (
            <option key={origin} value={origin}>
              {t(`tab.measures.origin.${origin}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.measures.form.subcriterion')}>
        <Select value={values.subcriterionCode} onChange={(_e, data) => set('subcriterionCode', data.value)}>
          <option value="">{t('tab.measures.form.noSubcriterion')}</option>
          {model?.criteria.map((criterion) => (
            <optgroup key={criterion.number} label={`${criterion.number} ${criterion.title}`}>
              {criterion.subcriteria.map((sub) => (
                <option key={sub.code} value={sub.code}>
                  {`${sub.code} ${sub.title}`}
                </option>
              ))}
            </optgroup>
          ))}
          {/* A stored code the model no longer lists still shows. */}
          {values.subcriterionCode !== '' &&
            model?.criteria.every((c) => c.subcriteria.every((s) => s.code !== values.subcriterionCode)) !==
              false && <option value={values.subcriterionCode}>{values.subcriterionCode}</option>}
        </Select>
      </Field>
      {text('sourceKey', t('tab.measures.form.sourceKey'), { max: MEASURE_LIMITS.sourceKey })}
      {text('sourceUrl', t('tab.measures.form.sourceUrl'), { max: MEASURE_LIMITS.link, type: 'url' })}
      <Field label={t('tab.measures.form.department')}>
        <Select value={values.departmentCode} onChange={(_e, data) => set('departmentCode', data.value)}>
          <option value="">{t('tab.measures.form.noDepartment')}</option>
          {departments.map((department) => (
            <option key={department.code} value={department.code}>
              {`${department.parentCode ? '— ' : ''}${department.name}`}
            </option>
          ))}
        </Select>
      </Field>
      <OwnerFields api={api} values={values} onChange={onChange} errors={errors} />
      {text('deadline', t('tab.measures.form.deadline'), { max: 10, required: true, type: 'date' })}
      {text('problem', t('tab.measures.form.problem'), {
        max: MEASURE_LIMITS.longText,
        required: true,
        long: true,
      })}
      <RootCauseFields values={values} onChange={onChange} errors={errors} />
      <StepsEditor values={values} onChange={onChange} errors={errors} />
      {text('expectedResult', t('tab.measures.form.expectedResult'), {
        max: MEASURE_LIMITS.longText,
        required: true,
        long: true,
      })}
      {text('effectivenessCriterion', t('tab.measures.form.criterion'), {
        max: MEASURE_LIMITS.longText,
        required: true,
        long: true,
      })}
      {text('checkDate', t('tab.measures.form.checkDate'), { max: 10, type: 'date' })}
      {text('budget', t('tab.measures.form.budget'), { max: 11 })}
      {text('councilResolution', t('tab.measures.form.resolution'), {
        max: MEASURE_LIMITS.councilResolution,
      })}
      {text('evidenceLinks', t('tab.measures.form.evidence'), {
        max: (MEASURE_LIMITS.link + 1) * MEASURE_LIMITS.evidenceLinks,
        long: true,
      })}
    </div>
  );
}
