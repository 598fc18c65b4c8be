import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { type CycleSummary, SCORING_METHODS, type ScoringMethod } from '@kvalita/core';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { DepartmentPicker } from '../../platform/components/DepartmentPicker';
import { checkNewCycle, type NewCycleErrors, type NewCycleValues } from './new-cycle-form';

export interface CreateCycleFormProps {
  readonly api: ApiClient;
  readonly onCreated: (cycle: CycleSummary) => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** The quality manager starts a cycle: name, scoring method, dates, the whole office or departments. */
export function CreateCycleForm({ api, onCreated, onCancel }: CreateCycleFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [values, setValues] = useState<NewCycleValues>({
    name: '',
    method: 'classical',
    startDate: '',
    endDate: '',
    scopeKind: 'office',
    departments: '',
  });
  const [errors, setErrors] = useState<NewCycleErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (patch: Partial<NewCycleValues>) => setValues((all) => ({ ...all, ...patch }));
  const message = (field: keyof NewCycleErrors) => {
    const key = errors[field];
    return key === undefined ? undefined : t(key);
  };

  const submit = async () => {
    const checked = checkNewCycle(values);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    try {
      onCreated(await api.createCycle(checked.cycle));
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };

  return (
    <section aria-labelledby="create-cycle-heading">
      <h2 id="create-cycle-heading" className={styles.heading}>
        {t('tab.caf.create.heading')}
      </h2>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={t('tab.caf.create.name')} required validationMessage={message('name')}>
          <Input value={values.name} onChange={(_event, data) => set({ name: data.value })} />
        </Field>
        <Field label={t('tab.caf.create.method')} validationMessage={message('method')}>
          <Select
            value={values.method}
            onChange={(_event, data) => set({ method: data.value as ScoringMethod })}
          >
            {SCORING_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`tab.caf.method.${method}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.row}>
          <Field label={t('tab.caf.create.startDate')} required validationMessage={message('startDate')}>
            <Input
              type="date"
              value={values.startDate}
              onChange={(_event, data) => set({ startDate: data.value })}
            />
          </Field>
          <Field label={t('tab.caf.create.endDate')} required validationMessage={message('endDate')}>
            <Input
              type="date"
              value={values.endDate}
              onChange={(_event, data) => set({ endDate: data.value })}
            />
          </Field>
        </div>
        <Field label={t('tab.caf.create.scope')}>
          <RadioGroup
            value={values.scopeKind}
            onChange={(_event, data) =>
              set({ scopeKind: data.value === 'departments' ? 'departments' : 'office' })
            }
          >
            <Radio value="office" label={t('tab.caf.scope.office')} />
            <Radio value="departments" label={t('tab.caf.create.scopeDepartments')} />
          </RadioGroup>
        </Field>
        {values.scopeKind === 'departments' && (
          <DepartmentPicker
            api={api}
            selected={values.departments.split(/[\s,;]+/).filter((code) => code !== '')}
            onChange={(codes) => set({ departments: codes.join(', ') })}
            validationMessage={message('departments')}
          />
        )}
        {failure !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit">
            {t('tab.caf.create.submit')}
          </Button>
          <Button onClick={onCancel}>{t('tab.caf.cancel')}</Button>
        </div>
      </form>
    </section>
  );
}
