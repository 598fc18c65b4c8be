import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import { CampaignNav } from '../campaigns/CampaignNav';
import type { CampaignPageProps } from '../mystery.types';
import { useDepartmentNames } from '../parts/use-department-names';
import { SheetTable } from './SheetTable';
import { useCampaignSheets } from './use-campaign-sheets';

/** The review queue: sheets submitted and waiting, reviewed and waiting for release, returned to their evaluators. */
export function ReviewPage({ api, campaignId, go, notice }: CampaignPageProps) {
  const { t } = useI18n();
  const loaded = useCampaignSheets(api, campaignId);
  const name = useDepartmentNames(api);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} onRetry={loaded.retry} />;
  const { campaign, allowed, sheets } = loaded.data;
  const queues = (['submitted', 'reviewed', 'returned'] as const).map((status) => ({
    status,
    sheets: sheets.filter((sheet) => sheet.status === status),
  }));
  return (
    <PageFrame heading={t('tab.mystery.review.heading', { name: campaign.name })} notice={notice}>
      <CampaignNav campaignId={campaignId} current="review" allowed={allowed} go={go} />
      <p>{t('tab.mystery.review.intro')}</p>
      {queues.map((queue) =>
        queue.sheets.length === 0 ? (
          <p key={queue.status}>{t(`tab.mystery.review.none.${queue.status}`)}</p>
        ) : (
          <SheetTable
            key={queue.status}
            caption={t(`tab.mystery.review.queue.${queue.status}`, { count: queue.sheets.length })}
            campaign={campaign}
            sheets={queue.sheets}
            name={name}
          />
        ),
      )}
    </PageFrame>
  );
}
