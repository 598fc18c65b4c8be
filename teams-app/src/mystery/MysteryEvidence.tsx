import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ApiClient } from '../platform/api/api.types';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { dateText, percentText } from './mystery-text';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * Mystery-shopping campaigns with released results, as evidence for the subcriterion being scored
 * (6.1, 6.2, 5.2), made for the CAF scoring page: office-level figures only. Nothing shows for
 * other subcriteria, where there is none, or when it cannot be loaded (a help, not a step).
 */
export function MysteryEvidence({
  api,
  code,
}: {
  readonly api: Pick<ApiClient, 'getMysteryEvidence'>;
  readonly code: string;
}) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const evidence = useLoad(useCallback((signal: AbortSignal) => api.getMysteryEvidence(signal), [api]));
  if (evidence.status !== 'ready') return null;
  const campaigns = evidence.data.items.filter((item) => item.subcriteria.includes(code));
  if (campaigns.length === 0) return null;
  const headingId = `mystery-evidence-${code.replace('.', '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tab.mystery.evidence.heading')}</h3>
      <ul className={styles.list}>
        {campaigns.map((campaign) => (
          <li key={campaign.campaignId}>
            {t('tab.mystery.evidence.item', {
              name: campaign.campaignName,
              end: dateText(locale, campaign.endDate),
              evaluations: campaign.evaluations,
              score: percentText(locale, campaign.meanScore),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
