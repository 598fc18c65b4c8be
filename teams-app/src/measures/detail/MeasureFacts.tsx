import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatDate, phaseKey, statusKey } from '../measure-text';
import type { MeasureFactsProps } from './MeasureFacts.types';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
  inline: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Every field of a measure as a description list. */
export function MeasureFacts({ measure }: MeasureFactsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const none = t('tab.measures.detail.none');
  const text = (value: string | null) => (value === null || value === '' ? none : value);
  const link = (href: string) => (
    <Link href={href} target="_blank" rel="noreferrer">
      {href}
    </Link>
  );
  const rows: [string, ReactNode][] = [
    [t('tab.measures.detail.status'), t(statusKey(measure.status))],
    [t('tab.measures.detail.phase'), t(phaseKey(measure.phase))],
    [
      t('tab.measures.detail.progress'),
      t('tab.measures.detail.progressValue', { percent: measure.progress }),
    ],
    [t('tab.measures.detail.kind'), t(`measures.kind.${measure.kind}`)],
    [t('tab.measures.detail.priority'), t(`tab.measures.priority.${measure.priority}`)],
    [t('tab.measures.detail.origin'), t(`tab.measures.origin.${measure.source.origin}`)],
    [t('tab.measures.detail.subcriterion'), text(measure.source.subcriterionCode)],
    [t('tab.measures.detail.sourceKey'), text(measure.source.sourceKey)],
    [
      t('tab.measures.detail.sourceUrl'),
      measure.source.sourceUrl === null ? none : link(measure.source.sourceUrl),
    ],
    [t('tab.measures.detail.department'), text(measure.departmentName)],
    [t('tab.measures.detail.owner'), measure.owner?.displayName ?? none],
    [
      t('tab.measures.detail.coOwners'),
      measure.coOwners.length === 0 ? none : measure.coOwners.map((person) => person.displayName).join(', '),
    ],
    [t('tab.measures.detail.deadline'), formatDate(locale, measure.deadline)],
    [t('tab.measures.detail.checkDate'), formatDate(locale, measure.checkDate)],
    [t('tab.measures.detail.problem'), text(measure.problem)],
    [
      t('tab.measures.detail.whys'),
      measure.rootCause.whys.length === 0 ? (
        none
      ) : (
        <ol className={styles.inline}>
          {measure.rootCause.whys.map((why, index) => (
            <li key={index}>{why}</li>
          ))}
        </ol>
      ),
    ],
    [
      t('tab.measures.detail.categories'),
      measure.rootCause.categories.length === 0
        ? none
        : measure.rootCause.categories.map((category) => t(`tab.measures.cause.${category}`)).join(', '),
    ],
    [t('tab.measures.detail.expectedResult'), text(measure.expectedResult)],
    [t('tab.measures.detail.criterion'), text(measure.effectivenessCriterion)],
    [
      t('tab.measures.detail.budget'),
      measure.budgetCzk === null
        ? none
        : t('tab.measures.detail.budgetValue', {
            amount: measure.budgetCzk.toLocaleString(locale === 'cs' ? 'cs-CZ' : 'en-GB'),
          }),
    ],
    [t('tab.measures.detail.resolution'), text(measure.councilResolution)],
    [
      t('tab.measures.detail.evidence'),
      measure.evidenceLinks.length === 0 ? (
        none
      ) : (
        <ul className={styles.inline}>
          {measure.evidenceLinks.map((href) => (
            <li key={href}>{link(href)}</li>
          ))}
        </ul>
      ),
    ],
    [
      t('tab.measures.detail.effective'),
      measure.effective === null
        ? none
        : measure.effective
          ? t('tab.measures.detail.effectiveYes')
          : t('tab.measures.detail.effectiveNo', { count: measure.reopenedCount }),
    ],
    ...(measure.cancelReason === null
      ? []
      : ([[t('tab.measures.detail.cancelReason'), measure.cancelReason]] as [string, ReactNode][])),
    [t('tab.measures.detail.created'), measure.createdBy?.displayName ?? none],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
