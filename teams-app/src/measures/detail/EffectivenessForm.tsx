import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { MEASURE_LIMITS } from '@kvalita/core';
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { EffectivenessFormProps } from './EffectivenessForm.types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Records an effectiveness check against the criterion: effective closes, not effective reopens with a new deadline. */
export function EffectivenessForm({ measure, onSubmit, onCancel }: EffectivenessFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const [effective, setEffective] = useState(true);
  const [note, setNote] = useState('');
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<{ note?: string; deadline?: string }>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(note.trim() === '' ? { note: t('tab.measures.check.noteRequired') } : {}),
      ...(!effective && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)
        ? { deadline: t('tab.measures.check.deadlineRequired') }
        : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const saved = await onSubmit({ effective, note: note.trim(), newDeadline: effective ? null : deadline });
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
      <h2 id={headingId}>{t('tab.measures.check.title')}</h2>
      <p>{t('tab.measures.check.criterion', { criterion: measure.effectivenessCriterion })}</p>
      <Field label={t('tab.measures.check.outcome')}>
        <RadioGroup
          value={effective ? 'yes' : 'no'}
          onChange={(_e, data) => setEffective(data.value === 'yes')}
        >
          <Radio value="yes" label={t('tab.measures.check.effective')} />
          <Radio value="no" label={t('tab.measures.check.notEffective')} />
        </RadioGroup>
      </Field>
      <Field label={t('tab.measures.check.note')} required validationMessage={errors.note}>
        <Textarea
          value={note}
          maxLength={MEASURE_LIMITS.longText}
          onChange={(_e, data) => setNote(data.value)}
        />
      </Field>
      {!effective && (
        <Field label={t('tab.measures.check.newDeadline')} required validationMessage={errors.deadline}>
          <Input type="date" value={deadline} onChange={(_e, data) => setDeadline(data.value)} />
        </Field>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('tab.measures.check.submit')}
        </Button>
        <Button onClick={onCancel}>{t('tab.measures.transition.back')}</Button>
      </div>
    </form>
  );
}
