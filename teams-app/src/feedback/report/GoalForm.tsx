import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FEEDBACK_LIMITS, type GoalLink } from '@kvalita/core';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { FieldErrors } from '../parts/field-error';
import { useFieldMessage } from '../parts/use-field-message';
import { goalFormOf, goalRequestOf, validateGoal, type GoalFormValues } from './goal-form';
import type { GoalFormProps } from './ReportPage.types';

const useStyles = makeStyles({
  form: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const LINK_KINDS: readonly GoalLink['kind'][] = ['none', 'training', 'measure'];

/** A development goal: the competency, what to do, by when, and a training or a measure it leads to. */
export function GoalForm({ report, editing, busy, onSave, onCancel }: GoalFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const goal = editing.kind === 'stored' ? editing.goal : null;
  const [values, setValues] = useState<GoalFormValues>(() =>
    goalFormOf(
      goal,
      editing.kind === 'new' ? (editing.competencyKey ?? report.competencies[0]?.key ?? '') : '',
    ),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const message = useFieldMessage(errors);
  const set = <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) =>
    setValues({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateGoal(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSave(goalRequestOf(values, goal?.etag ?? null));
  };
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      aria-label={t(goal === null ? 'tab.feedback.goals.newTitle' : 'tab.feedback.goals.editTitle')}
    >
      <Field label={t('tab.feedback.goals.competency')} required validationMessage={message('competencyKey')}>
        <Select value={values.competencyKey} onChange={(_e, data) => set('competencyKey', data.value)}>
          {report.competencies.map((competency) => (
            <option key={competency.key} value={competency.key}>
              {competency.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('tab.feedback.goals.text')} required validationMessage={message('text')}>
        <Textarea
          value={values.text}
          maxLength={FEEDBACK_LIMITS.goal}
          onChange={(_e, data) => set('text', data.value)}
        />
      </Field>
      <Field label={t('tab.feedback.goals.dueDate')} validationMessage={message('dueDate')}>
        <Input type="date" value={values.dueDate} onChange={(_e, data) => set('dueDate', data.value)} />
      </Field>
      <Field label={t('tab.feedback.goals.link')}>
        <RadioGroup
          value={values.linkKind}
          onChange={(_e, data) => set('linkKind', data.value as GoalLink['kind'])}
        >
          {LINK_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`tab.feedback.goals.linkKind.${kind}`)} />
          ))}
        </RadioGroup>
      </Field>
      {values.linkKind === 'training' && (
        <>
          <Field
            label={t('tab.feedback.goals.trainingTitle')}
            required
            validationMessage={message('trainingTitle')}
          >
            <Input
              value={values.trainingTitle}
              maxLength={FEEDBACK_LIMITS.trainingTitle}
              onChange={(_e, data) => set('trainingTitle', data.value)}
            />
          </Field>
          <Field label={t('tab.feedback.goals.trainingUrl')} validationMessage={message('trainingUrl')}>
            <Input
              type="url"
              value={values.trainingUrl}
              maxLength={FEEDBACK_LIMITS.url}
              onChange={(_e, data) => set('trainingUrl', data.value)}
            />
          </Field>
        </>
      )}
      {values.linkKind === 'measure' && (
        <Field
          label={t('tab.feedback.goals.measureId')}
          hint={t('tab.feedback.goals.measureHint')}
          required
          validationMessage={message('measureId')}
        >
          <Input
            inputMode="numeric"
            value={values.measureId}
            onChange={(_e, data) => set('measureId', data.value)}
          />
        </Field>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t('tab.feedback.goals.save')}
        </Button>
        <Button onClick={onCancel}>{t('tab.feedback.form.cancel')}</Button>
      </div>
    </form>
  );
}
