import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { MEASURE_LIMITS, PDCA_PHASES, type PdcaPhase } from '@kvalita/core';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { phaseKey } from '../measure-text';
import type { ProgressFormProps } from './ProgressForm.types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  fieldset: { border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Reports progress: per cent, phase, what was done, and the steps done since. */
export function ProgressForm({ measure, onSubmit, onCancel }: ProgressFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [percent, setPercent] = useState(String(measure.progress));
  const [phase, setPhase] = useState<PdcaPhase>(measure.phase);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<Readonly<Record<string, boolean>>>(
    Object.fromEntries(measure.steps.map((step) => [step.key, step.done])),
  );
  const [errors, setErrors] = useState<{ percent?: string; note?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(percent);
    const found = {
      ...(/^\d{1,3}$/.test(percent.trim()) && value >= 0 && value <= 100
        ? {}
        : { percent: t('tab.measures.progress.percentInvalid') }),
      ...(note.trim() === '' ? { note: t('tab.measures.progress.noteRequired') } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const stepsDone = measure.steps
      .filter((step) => (done[step.key] ?? false) !== step.done)
      .map((step) => ({ key: step.key, done: done[step.key] ?? false }));
    setBusy(true);
    const saved = await onSubmit({
      progress: value,
      phase,
      note: note.trim(),
      ...(stepsDone.length > 0 ? { stepsDone } : {}),
    });
    setBusy(false);
    if (saved) onCancel();
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id={headingId}>{t('tab.measures.progress.title')}</h2>
      <Field label={t('tab.measures.progress.percent')} required validationMessage={errors.percent}>
        <Input
          type="number"
          min={0}
          max={100}
          value={percent}
          onChange={(_e, data) => setPercent(data.value)}
        />
      </Field>
      <Field label={t('tab.measures.progress.phase')}>
        <Select value={phase} onChange={(_e, data) => setPhase(data.value as PdcaPhase)}>
          {PDCA_PHASES.map((value) => (
            <option key={value} value={value}>
              {t(phaseKey(value))}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.measures.progress.note')} required validationMessage={errors.note}>
        <Textarea value={note} maxLength={MEASURE_LIMITS.note} onChange={(_e, data) => setNote(data.value)} />
      </Field>
      {measure.steps.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t('tab.measures.progress.steps')}</legend>
          {measure.steps.map((step) => (
            <Checkbox
              key={step.key}
              label={step.title}
              checked={done[step.key] ?? false}
              onChange={(_e, data) => setDone({ ...done, [step.key]: data.checked === true })}
            />
          ))}
        </fieldset>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('tab.measures.progress.submit')}
        </Button>
        <Button onClick={onCancel}>{t('tab.measures.transition.back')}</Button>
      </div>
    </form>
  );
}
