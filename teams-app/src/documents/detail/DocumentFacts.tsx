import { makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { dateText } from '../document-text';
import type { DocumentFactsProps } from './DocumentFacts.types';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-line' },
});

/** Every field of the document's metadata, as a description list. */
export function DocumentFacts({ document }: DocumentFactsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const none = t('tab.documents.detail.none');
  const audience = document.acknowledgementAudience;
  const acknowledgement = !document.requiresAcknowledgement
    ? t('tab.documents.detail.noAcknowledgement')
    : audience.scope === 'office'
      ? t('tab.documents.scope.office')
      : audience.scope === 'departments'
        ? audience.departmentCodes.join(', ')
        : audience.roles.map((role) => t(`tab.documents.role.${role}`)).join(', ');
  const facts: readonly (readonly [string, ReactNode])[] = [
    [t('tab.documents.detail.code'), document.code],
    [t('tab.documents.detail.kind'), t(`tab.documents.kind.${document.kind}`)],
    [t('tab.documents.detail.status'), t(`tab.documents.status.${document.status}`)],
    [t('tab.documents.detail.owner'), document.owner?.displayName ?? none],
    [t('tab.documents.detail.approver'), document.approver?.displayName ?? none],
    [t('tab.documents.detail.issuingBody'), t(`tab.documents.issuingBody.${document.issuingBody}`)],
    [t('tab.documents.detail.resolution'), document.issuingResolution ?? none],
    [
      t('tab.documents.detail.reviewers'),
      document.reviewers.length === 0
        ? none
        : document.reviewers.map((person) => person.displayName).join(', '),
    ],
    [
      t('tab.documents.detail.departments'),
      document.departmentNames.length === 0
        ? t('tab.documents.detail.wholeOffice')
        : document.departmentNames.join(', '),
    ],
    [t('tab.documents.detail.effectiveFrom'), dateText(locale, document.effectiveFrom)],
    [
      t('tab.documents.detail.reviewInterval'),
      t('tab.documents.detail.months', { months: document.reviewIntervalMonths }),
    ],
    [t('tab.documents.detail.nextReview'), dateText(locale, document.nextReviewDate)],
    [t('tab.documents.detail.acknowledgement'), acknowledgement],
    [
      t('tab.documents.detail.subcriteria'),
      document.relatedSubcriteria.length === 0 ? none : document.relatedSubcriteria.join(', '),
    ],
    [t('tab.documents.detail.description'), document.description === '' ? none : document.description],
    ...(document.withdrawnReason === null
      ? []
      : [[t('tab.documents.detail.withdrawnReason'), document.withdrawnReason] as const]),
  ];
  return (
    <dl className={styles.list}>
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
