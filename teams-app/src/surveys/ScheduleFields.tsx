import { Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { type Recurrence, RECURRENCES, MAX_WAVE_DAYS } from '@kvalita/core';
import { useI18n } from '../platform/i18n/i18n-context';
import type { SurveyForm } from './draft-form';

export interface ScheduleFieldsProps {
  readonly form: SurveyForm;
  readonly error: (path: string) => string | undefined;
  readonly onChange: (patch: Partial<SurveyForm>) => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

const state = (message: string | undefined): 'none' | 'error' => (message === undefined ? 'none' : 'error');

/** Once, weekly or monthly; the first wave's date and time (Prague); wave length; end; reminder. */
export function ScheduleFields({ form, error, onChange }: ScheduleFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const field = (path: string) => ({ validationMessage: error(path), validationState: state(error(path)) });
  return (
    <>
      <Field label={t('tab.surveys.schedule.recurrence')}>
        <RadioGroup
          value={form.recurrence}
          onChange={(_event, data) => onChange({ recurrence: data.value as Recurrence })}
        >
          {RECURRENCES.map((recurrence) => (
            <Radio key={recurrence} value={recurrence} label={t(`tab.surveys.recurrence.${recurrence}`)} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Field label={t('tab.surveys.schedule.opensDate')} required {...field('schedule.opensAt')}>
          <Input
            type="date"
            value={form.opensDate}
            onChange={(_event, data) => onChange({ opensDate: data.value })}
          />
        </Field>
        <Field label={t('tab.surveys.schedule.opensTime')} required>
          <Input
            type="time"
            value={form.opensTime}
            onChange={(_event, data) => onChange({ opensTime: data.value })}
          />
        </Field>
        <Field
          label={t('tab.surveys.schedule.waveDays')}
          hint={t('tab.surveys.schedule.waveDaysHint', { max: MAX_WAVE_DAYS[form.recurrence] })}
          required
          {...field('schedule.waveDays')}
        >
          <Input
            type="number"
            min={1}
            max={MAX_WAVE_DAYS[form.recurrence]}
            value={form.waveDays}
            onChange={(_event, data) => onChange({ waveDays: data.value })}
          />
        </Field>
      </div>
      <div className={styles.row}>
        {form.recurrence !== 'once' && (
          <Field
            label={t('tab.surveys.schedule.endsDate')}
            hint={t('tab.surveys.schedule.endsDateHint')}
            {...field('schedule.endsAt')}
          >
            <Input
              type="date"
              value={form.endsDate}
              onChange={(_event, data) => onChange({ endsDate: data.value })}
            />
          </Field>
        )}
        <Field
          label={t('tab.surveys.schedule.reminder')}
          hint={t('tab.surveys.schedule.reminderHint')}
          {...field('schedule.reminderAfterDays')}
        >
          <Input
            type="number"
            min={1}
            value={form.reminderAfterDays}
            onChange={(_event, data) => onChange({ reminderAfterDays: data.value })}
          />
        </Field>
      </div>
    </>
  );
}
