import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { ApiClient } from '../platform/api/api.types';
import { useI18n } from '../platform/i18n/i18n-context';
import { DepartmentPicker } from '../platform/components/DepartmentPicker';
import type { SurveyForm } from './draft-form';

export interface AudienceFieldsProps {
  readonly api: ApiClient;
  readonly form: SurveyForm;
  readonly error: string | undefined;
  readonly onChange: (patch: Partial<SurveyForm>) => void;
}

/** The whole office or chosen departments (checkboxes from GET /api/departments). */
export function AudienceFields({ api, form, error, onChange }: AudienceFieldsProps) {
  const { t } = useI18n();
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
        <DepartmentPicker
          api={api}
          selected={form.departmentCodes}
          onChange={(departmentCodes) => onChange({ departmentCodes })}
          validationMessage={error}
          legend={t('tab.surveys.audience.chosen')}
          errorId="survey-departments-error"
        />
      )}
    </>
  );
}
