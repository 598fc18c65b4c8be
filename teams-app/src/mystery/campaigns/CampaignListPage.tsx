import { Button } from '@fluentui/react-components';
import { useCallback } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { dateText } from '../mystery-text';
import type { MysteryPageProps } from '../mystery.types';
import { MysteryLink } from '../parts/MysteryLink';

/** The campaigns: name, status, period, planned of the quota, released; "new campaign" for the quality manager. */
export function CampaignListPage({ api, go, notice }: MysteryPageProps) {
  const { locale, t } = useI18n();
  const campaigns = useLoad(useCallback((signal: AbortSignal) => api.listCampaigns(signal), [api]));
  return (
    <PageFrame
      heading={t('tab.mystery.campaigns.heading')}
      notice={notice}
      actions={
        campaigns.status === 'ready' &&
        campaigns.data.mayCreate && (
          <Button appearance="primary" onClick={() => go({ page: 'newCampaign' })}>
            {t('tab.mystery.campaigns.new')}
          </Button>
        )
      }
    >
      {campaigns.status === 'loading' && <Loading />}
      {campaigns.status === 'error' && <LoadError error={campaigns.error} onRetry={campaigns.retry} />}
      {campaigns.status === 'ready' &&
        (campaigns.data.items.length === 0 ? (
          <p>{t('tab.mystery.campaigns.empty')}</p>
        ) : (
          <DataTable
            caption={t('tab.mystery.campaigns.caption', { count: campaigns.data.items.length })}
            columns={[
              t('tab.mystery.campaigns.name'),
              t('tab.mystery.campaigns.status'),
              t('tab.mystery.campaigns.period'),
              t('tab.mystery.campaigns.planned'),
              t('tab.mystery.campaigns.released'),
            ]}
            numericColumns={[3, 4]}
            rows={campaigns.data.items.map((campaign) => ({
              key: String(campaign.id),
              header: (
                <MysteryLink to={{ page: 'campaign', campaignId: campaign.id, section: 'overview' }}>
                  {campaign.name}
                </MysteryLink>
              ),
              cells: [
                t(`tab.mystery.campaignStatus.${campaign.status}`),
                `${dateText(locale, campaign.startDate)} – ${dateText(locale, campaign.endDate)}`,
                t('tab.mystery.campaigns.ofQuota', { planned: campaign.planned, quota: campaign.quota }),
                String(campaign.released),
              ],
            }))}
          />
        ))}
    </PageFrame>
  );
}
