import { Button, Title2, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { saveFile } from '../../platform/components/save-file';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { AcknowledgementRateTable } from '../AcknowledgementRateTable';
import { dateText } from '../document-text';
import type { DocumentOverviewPageProps } from './DocumentOverviewPage.types';
import { SummaryList } from './SummaryList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { display: 'block', margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subheading: { ...typographyStyles.subtitle1, margin: 0 },
  line: { margin: 0 },
});

/**
 * The quality manager's overview: drafts awaiting approval, reviews due within 30 days or overdue,
 * acknowledgement rates by document and by department, and the same as an .xlsx file.
 */
export function DocumentOverviewPage({ api }: DocumentOverviewPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const overview = useLoad(useCallback((signal: AbortSignal) => api.getDocumentOverview(signal), [api]));
  const [exporting, setExporting] = useState(false);
  const [exportFailure, setExportFailure] = useState<unknown>(null);
  const exportOverview = async () => {
    setExporting(true);
    setExportFailure(null);
    try {
      saveFile(await api.exportDocumentOverview(), `${t('tab.documents.overview.exportFile')}.xlsx`);
    } catch (error) {
      setExportFailure(error);
    } finally {
      setExporting(false);
    }
  };
  if (overview.status === 'loading') return <Loading />;
  if (overview.status === 'error') return <LoadError error={overview.error} onRetry={overview.retry} />;
  const { awaitingApproval, reviewsDue, acknowledgementsByDocument, acknowledgementsByDepartment } =
    overview.data;
  return (
    <div className={styles.root}>
      <PlaceLink to={{ kind: 'documents' }}>{t('tab.documents.overview.back')}</PlaceLink>
      <div className={styles.top}>
        <Title2 as="h1" className={styles.heading}>
          {t('tab.documents.overview.heading')}
        </Title2>
        <Button disabled={exporting} onClick={() => void exportOverview()}>
          {t('tab.documents.overview.export')}
        </Button>
      </div>
      {exportFailure !== null && (
        <p role="alert" className={styles.line}>
          {t('tab.documents.overview.exportFailed', { reason: errorText(exportFailure, t) })}
        </p>
      )}
      <section className={styles.section} aria-labelledby="overview-awaiting">
        <h2 id="overview-awaiting" className={styles.subheading}>
          {t('tab.documents.overview.awaiting', { count: awaitingApproval.length })}
        </h2>
        {awaitingApproval.length === 0 ? (
          <p className={styles.line}>{t('tab.documents.overview.awaitingNone')}</p>
        ) : (
          <SummaryList
            items={awaitingApproval}
            detail={(item) => item.owner?.displayName ?? t(`tab.documents.kind.${item.kind}`)}
          />
        )}
      </section>
      <section className={styles.section} aria-labelledby="overview-reviews">
        <h2 id="overview-reviews" className={styles.subheading}>
          {t('tab.documents.overview.reviews', { count: reviewsDue.length })}
        </h2>
        {reviewsDue.length === 0 ? (
          <p className={styles.line}>{t('tab.documents.overview.reviewsNone')}</p>
        ) : (
          <SummaryList
            items={reviewsDue}
            detail={(item) =>
              `${t('tab.documents.table.nextReview')}: ${dateText(locale, item.nextReviewDate)}`
            }
          />
        )}
      </section>
      {acknowledgementsByDocument.length === 0 ? (
        <p className={styles.line}>{t('tab.documents.overview.ratesNone')}</p>
      ) : (
        <>
          <AcknowledgementRateTable
            caption={t('tab.documents.overview.byDocument')}
            nameHeading={t('tab.documents.rates.document')}
            rows={acknowledgementsByDocument.map((rate) => ({
              ...rate,
              key: `${rate.documentId}`,
              name: t('tab.documents.rates.documentName', {
                code: rate.code,
                title: rate.title,
                version: rate.versionLabel,
              }),
            }))}
          />
          <AcknowledgementRateTable
            caption={t('tab.documents.overview.byDepartment')}
            nameHeading={t('tab.documents.rates.department')}
            rows={acknowledgementsByDepartment.map((rate) => ({
              ...rate,
              key: rate.departmentCode,
              name: rate.departmentName,
            }))}
          />
        </>
      )}
    </div>
  );
}
