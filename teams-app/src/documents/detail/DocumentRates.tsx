import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { AcknowledgementRateTable } from '../AcknowledgementRateTable';
import { percentOf } from '../document-text';
import type { DocumentRatesProps } from './DocumentRates.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { margin: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
});

/**
 * The effective version's acknowledgement rates, in total and per department. Only those the
 * service lets see them get an answer (quality manager, director, owner, approver); for anyone
 * else, or when they cannot be loaded, the part is simply left out.
 */
export function DocumentRates({ api, documentId, versionLabel }: DocumentRatesProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const load = useCallback(
    (signal: AbortSignal) => api.getDocumentAcknowledgements(documentId, signal),
    // The version is part of what is asked for: the rates belong to it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, documentId, versionLabel],
  );
  const rates = useLoad(load);
  if (rates.status !== 'ready') return null;
  const { total, byDepartment } = rates.data;
  return (
    <section className={styles.root} aria-labelledby="document-rates">
      <h2 id="document-rates" className={styles.heading}>
        {t('tab.documents.detail.rates')}
      </h2>
      {rates.data.versionLabel === null || total.audience === 0 ? (
        <p className={styles.line}>{t('tab.documents.detail.ratesNone')}</p>
      ) : (
        <>
          <p className={styles.line}>
            {t('tab.documents.detail.ratesTotal', {
              version: rates.data.versionLabel,
              acknowledged: total.acknowledged,
              audience: total.audience,
              percent: percentOf(total.acknowledged, total.audience),
            })}
          </p>
          <AcknowledgementRateTable
            caption={t('tab.documents.rates.caption')}
            nameHeading={t('tab.documents.rates.department')}
            rows={byDepartment.map((rate) => ({
              ...rate,
              key: rate.departmentCode,
              name: rate.departmentName,
            }))}
          />
        </>
      )}
    </section>
  );
}
