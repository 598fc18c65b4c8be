import type { CampaignAction, MysteryCampaignPage } from '@kvalita/core';
import { NavTabs } from '../../platform/components/NavTabs';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { MysteryPageProps } from '../mystery.types';

const NEEDS: Readonly<Partial<Record<MysteryCampaignPage, CampaignAction>>> = {
  schedule: 'plan',
  review: 'review',
  results: 'results',
  findings: 'findings',
};

/** A campaign's pages the person may open (by the reply's `allowed`). */
export function CampaignNav({
  campaignId,
  current,
  allowed,
  go,
}: {
  readonly campaignId: number;
  readonly current: MysteryCampaignPage;
  readonly allowed: readonly CampaignAction[];
  readonly go: MysteryPageProps['go'];
}) {
  const { t } = useI18n();
  const pages = (['overview', 'schedule', 'review', 'results', 'findings'] as const).filter((page) => {
    const need = NEEDS[page];
    // Heads read the action plan of campaigns whose results they read.
    if (page === 'findings') return allowed.includes('findings') || allowed.includes('results');
    return need === undefined || allowed.includes(need);
  });
  if (pages.length < 2) return null;
  return (
    <NavTabs
      label={t('tab.mystery.campaign.pages')}
      tabs={pages.map((page) => ({ value: page, label: t(`tab.mystery.campaign.page.${page}`) }))}
      selected={current === 'edit' ? 'overview' : current}
      onSelect={(page) => go({ page: 'campaign', campaignId, section: page })}
    />
  );
}
