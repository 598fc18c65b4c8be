import { Button, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { isoWeekOf, type EvaluationAction, type EvaluationActRequest } from '@kvalita/core';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    margin: 0,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

const MANAGER_STEPS: readonly Exclude<EvaluationAction, 'record' | 'submit'>[] = [
  'review',
  'release',
  'lock',
  'return',
  'exclude',
  'reschedule',
  'cancel',
];

/** The quality manager's steps on a sheet: review, release, lock; return or exclude with a comment; move or cancel a planned one. */
export function ReviewPanel({
  allowed,
  busy,
  week,
  onAct,
}: {
  readonly allowed: readonly EvaluationAction[];
  readonly busy: boolean;
  readonly week: string;
  readonly onAct: (request: Omit<EvaluationActRequest, 'etag'>) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const [comment, setComment] = useState('');
  const [newWeek, setNewWeek] = useState(week || isoWeekOf(new Date().toISOString()));
  const steps = MANAGER_STEPS.filter((step) => allowed.includes(step));
  if (steps.length === 0) return null;
  const needsComment = steps.includes('return') || steps.includes('exclude');
  return (
    <fieldset className={styles.panel}>
      <legend>{t('tab.mystery.review.panel')}</legend>
      {needsComment && (
        <Field label={t('tab.mystery.review.comment')} hint={t('tab.mystery.review.commentHint')}>
          <Textarea value={comment} onChange={(_, data) => setComment(data.value)} />
        </Field>
      )}
      {steps.includes('reschedule') && (
        <Field label={t('tab.mystery.review.newWeek')}>
          <Input type="week" value={newWeek} onChange={(_, data) => setNewWeek(data.value)} />
        </Field>
      )}
      <div className={styles.row}>
        {steps.map((step) => (
          <Button
            key={step}
            appearance={step === 'review' || step === 'release' ? 'primary' : 'secondary'}
            disabled={busy || ((step === 'return' || step === 'exclude') && comment.trim() === '')}
            onClick={() =>
              onAct({
                action: step,
                ...(step === 'return' || step === 'exclude' ? { comment } : {}),
                ...(step === 'reschedule' ? { week: newWeek } : {}),
              })
            }
          >
            {t(`tab.mystery.act.${step}`)}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}
