import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { dateText } from '../feedback-text';
import type { CycleFactsProps } from './CyclePage.types';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
});

/** The cycle's facts: model version, coordinator, the three deadlines, thresholds and the load cap. */
export function CycleFacts({ reply }: CycleFactsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const { cycle } = reply;
  const facts: readonly [string, string][] = [
    [
      t('tab.feedback.cycles.model'),
      t('tab.feedback.models.link', { name: cycle.modelName, version: cycle.modelVersion }),
    ],
    [t('tab.feedback.cycles.coordinator'), cycle.coordinator?.displayName ?? '—'],
    [t('tab.feedback.cycleForm.nominationDeadline'), dateText(locale, cycle.nominationDeadline)],
    [t('tab.feedback.cycleForm.approvalDeadline'), dateText(locale, cycle.approvalDeadline)],
    [t('tab.feedback.cycleForm.ratingDeadline'), dateText(locale, cycle.ratingDeadline)],
    [
      t('tab.feedback.cycle.thresholds'),
      t('tab.feedback.cycle.thresholdsValue', {
        group: cycle.thresholds.group,
        comments: cycle.thresholds.comments,
        load: cycle.thresholds.raterLoad,
      }),
    ],
  ];
  return (
    <dl className={styles.list}>
      {facts.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
