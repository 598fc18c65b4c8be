import { Checkbox, Field, Radio, RadioGroup, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ApiClient } from '../../api/api.types';
import { useI18n } from '../../i18n/I18nContext';
import { useLoad } from '../../load/useLoad';
import { errorText } from '../errorText';
import type { SurveyForm } from './draftForm';

export interface AudienceFieldsProps {
  readonly api: ApiClient;
  readonly form: SurveyForm;
  readonly error: string | undefined;
  readonly onChange: (patch: Partial<SurveyForm>) => void;
}

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The whole office or chosen departments (checkboxes from GET /api/departments). */
export function AudienceFields({ api, form, error, onChange }: AudienceFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const load = useCallback((signal: AbortSignal) => api.getDepartments(signal), [api]);
  const departments = useLoad(load);
  const toggle = (code: string, checked: boolean) =>
    onChange({
      departmentCodes: checked
        ? [...form.departmentCodes, code]
        : form.departmentCodes.filter((candidate) => candidate !== code),
    });
  const message = departments.status === 'error' ? errorText(departments.error, t) : error;
  return (
    <>
      <Field label={t('tab.surveys.audience.label')}>
        <RadioGroup
          value={form.audience}
          onChange={(_event, data) =>
            onChange({ audience: data.value === 'departments' ? 'departments' : 'office' })
          }
        >
          <Radio value="office" label={t('tab.surveys.audience.office')} />
          <Radio value="departments" label={t('tab.surveys.audience.departments')} />
        </RadioGroup>
      </Field>
      {form.audience === 'departments' && (
        // A fieldset, not a Fluent Field: Field gives every control inside it the same id.
        <fieldset
          className={styles.fieldset}
          aria-describedby={message ? 'survey-departments-error' : undefined}
        >
          <legend className={styles.legend}>{t('tab.surveys.audience.chosen')}</legend>
          {departments.status === 'loading' && <Spinner size="tiny" label={t('tab.loading')} />}
          {departments.status === 'ready' &&
            departments.data.map((department) => (
              <Checkbox
                key={department.code}
                label={`${department.parentCode ? '— ' : ''}${department.name} (${department.code})`}
                checked={form.departmentCodes.includes(department.code)}
                onChange={(_event, data) => toggle(department.code, data.checked === true)}
              />
            ))}
          {message && (
            <span id="survey-departments-error" className={styles.error}>
              {message}
            </span>
          )}
        </fieldset>
      )}
    </>
  );
}
