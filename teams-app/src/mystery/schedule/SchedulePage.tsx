import { MYSTERY_CHANNELS, type MysteryChannel } from '@kvalita/core';
import { useState } from 'react';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { PlainSelect } from '../../platform/components/PlainSelect';
import { useI18n } from '../../platform/i18n/i18n-context';
import { CampaignNav } from '../campaigns/CampaignNav';
import type { CampaignPageProps } from '../mystery.types';
import { useDepartmentNames } from '../parts/use-department-names';
import { PlanForm } from './PlanForm';
import { SheetTable } from './SheetTable';
import { useCampaignSheets } from './use-campaign-sheets';

/** The quality manager's schedule: every planned and recorded sheet, filterable, and the plan form. */
export function SchedulePage({ api, campaignId, go, notice }: CampaignPageProps) {
  const { t } = useI18n();
  const loaded = useCampaignSheets(api, campaignId);
  const name = useDepartmentNames(api);
  const [department, setDepartment] = useState('');
  const [channel, setChannel] = useState<MysteryChannel | ''>('');
  const [planned, setPlanned] = useState<string | null>(null);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} onRetry={loaded.retry} />;
  const { campaign, allowed, sheets } = loaded.data;
  const shown = sheets.filter(
    (sheet) =>
      (department === '' || sheet.departmentCode === department) &&
      (channel === '' || sheet.channel === channel),
  );
  return (
    <PageFrame
      heading={t('tab.mystery.schedule.heading', { name: campaign.name })}
      notice={planned ?? notice}
    >
      <CampaignNav campaignId={campaignId} current="schedule" allowed={allowed} go={go} />
      {allowed.includes('plan') && (
        <PlanForm
          api={api}
          campaign={campaign}
          name={name}
          onPlanned={(reply) => {
            setPlanned(t('tab.mystery.schedule.planned', { count: reply.created.length }));
            loaded.retry();
          }}
        />
      )}
      <div>
        <PlainSelect label={t('tab.mystery.campaign.department')} value={department} onChange={setDepartment}>
          <option value="">{t('tab.mystery.schedule.all')}</option>
          {campaign.departmentCodes.map((code) => (
            <option key={code} value={code}>
              {name(code)}
            </option>
          ))}
        </PlainSelect>
        <PlainSelect
          label={t('tab.mystery.campaign.channel')}
          value={channel}
          onChange={(value) => setChannel(value as MysteryChannel | '')}
        >
          <option value="">{t('tab.mystery.schedule.all')}</option>
          {MYSTERY_CHANNELS.map((one) => (
            <option key={one} value={one}>
              {t(`tab.mystery.channel.${one}`)}
            </option>
          ))}
        </PlainSelect>
      </div>
      {shown.length === 0 ? (
        <p>{t('tab.mystery.schedule.empty')}</p>
      ) : (
        <SheetTable
          caption={t('tab.mystery.schedule.caption', { count: shown.length })}
          campaign={campaign}
          sheets={shown}
          name={name}
        />
      )}
    </PageFrame>
  );
}
