import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { MEASURE_LIMITS } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { StepValues } from './measure-form';
import type { StepsEditorProps } from './MeasureForm.types';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  step: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The measure's steps: title, deadline, done; added and removed one by one. */
export function StepsEditor({ values, onChange, errors }: StepsEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const setSteps = (steps: readonly StepValues[]) => onChange({ ...values, steps });
  const update = (index: number, change: Partial<StepValues>) =>
    setSteps(values.steps.map((step, at) => (at === index ? { ...step, ...change } : step)));
  const listError = errors.steps;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('tab.measures.form.steps')}</legend>
      {values.steps.map((step, index) => {
        const number = index + 1;
        const error = errors[`step.${index}`];
        return (
          <div key={step.key ?? `new-${index}`} className={styles.step}>
            <Field
              label={t('tab.measures.form.stepTitle', { number })}
              required
              validationMessage={error && t(error.key, error.values)}
            >
              <Input
                value={step.title}
                maxLength={MEASURE_LIMITS.stepTitle}
                onChange={(_e, data) => update(index, { title: data.value })}
              />
            </Field>
            <Field label={t('tab.measures.form.stepDue', { number })}>
              <Input
                type="date"
                value={step.dueDate}
                onChange={(_e, data) => update(index, { dueDate: data.value })}
              />
            </Field>
            <Checkbox
              label={t('tab.measures.detail.stepDone')}
              checked={step.done}
              onChange={(_e, data) => update(index, { done: data.checked === true })}
            />
            <Button onClick={() => setSteps(values.steps.filter((_step, at) => at !== index))}>
              {t('tab.measures.form.stepRemove', { number })}
            </Button>
          </div>
        );
      })}
      {listError && (
        <span role="alert" className={styles.error}>
          {t(listError.key, listError.values)}
        </span>
      )}
      <div>
        <Button
          disabled={values.steps.length >= MEASURE_LIMITS.steps}
          onClick={() =>
            setSteps([...values.steps, { key: null, title: '', dueDate: '', done: false, ownerEmail: null }])
          }
        >
          {t('tab.measures.form.addStep')}
        </Button>
      </div>
    </fieldset>
  );
}
