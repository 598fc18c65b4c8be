import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatDate, formatMoment, phaseKey } from '../measure-text';
import type { MeasureStepsProps, MeasureTimelineProps } from './MeasureTimeline.types';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, display: 'block' },
  note: { margin: 0, whiteSpace: 'pre-wrap' },
});

/** The history, newest first: what happened, who, when, in which phase, and the note. */
export function MeasureTimeline({ updates }: MeasureTimelineProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  return (
    <ol className={styles.list}>
      {updates.map((update) => (
        <li key={update.id}>
          <strong>{t(`tab.measures.update.${update.kind}`)}</strong>
          {update.progress !== null &&
            ` · ${t('tab.measures.detail.timelineProgress', { percent: update.progress })}`}
          <span className={styles.meta}>
            {t('tab.measures.detail.timelineEntry', {
              when: formatMoment(locale, update.at),
              who: update.by?.displayName ?? t('tab.measures.detail.someone'),
              phase: t(phaseKey(update.phase)),
            })}
          </span>
          {update.note !== '' && <p className={styles.note}>{update.note}</p>}
        </li>
      ))}
    </ol>
  );
}

/** The measure's steps with their done flags. */
export function MeasureSteps({ steps }: MeasureStepsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  if (steps.length === 0) return <p>{t('tab.measures.detail.noSteps')}</p>;
  return (
    <ul className={styles.list}>
      {steps.map((step) => (
        <li key={step.key}>
          {t('tab.measures.detail.stepLine', {
            title: step.title,
            state: t(step.done ? 'tab.measures.detail.stepDone' : 'tab.measures.detail.stepOpen'),
          })}
          {(step.ownerName !== null || step.dueDate !== null) && (
            <span className={styles.meta}>
              {[step.ownerName, step.dueDate === null ? null : formatDate(locale, step.dueDate)]
                .filter((part) => part !== null)
                .join(' · ')}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
