import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { MYSTERY_CHANNELS, type CampaignReply } from '@kvalita/core';
import { useCallback, useState } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { dateText } from '../mystery-text';
import type { CampaignPageProps } from '../mystery.types';
import { ActionError } from '../../platform/components/ActionError';
import { ConfirmButton } from '../parts/ConfirmButton';
import { useAction } from '../parts/use-action';
import { useDepartmentNames } from '../parts/use-department-names';
import { CampaignNav } from './CampaignNav';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
});

/** A campaign: its set-up, the staff notice, progress against the quotas, and its next step. */
export function CampaignPage({ api, campaignId, go, notice }: CampaignPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [reloaded, setReloaded] = useState<CampaignReply | null>(null);
  const loaded = useLoad(
    useCallback((signal: AbortSignal) => api.getCampaign(campaignId, signal), [api, campaignId]),
  );
  const name = useDepartmentNames(api);
  const action = useAction();
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} onRetry={loaded.retry} />;
  const { campaign, progress, counts, allowed } = reloaded ?? loaded.data;
  const advance = async (to: 'running' | 'closed') => {
    const reply = await action.run(() => api.advanceCampaign(campaignId, { etag: campaign.etag, to }));
    if (reply) setReloaded(reply);
  };
  return (
    <PageFrame
      heading={campaign.name}
      notice={notice}
      actions={
        <>
          {allowed.includes('edit') && (
            <Button onClick={() => go({ page: 'campaign', campaignId, section: 'edit' })}>
              {t('tab.mystery.campaign.edit')}
            </Button>
          )}
          {allowed.includes('start') && (
            <ConfirmButton
              label={t('tab.mystery.campaign.start')}
              title={t('tab.mystery.campaign.startTitle')}
              text={t('tab.mystery.campaign.startText')}
              disabled={action.busy}
              onConfirm={() => void advance('running')}
            />
          )}
          {allowed.includes('close') && (
            <ConfirmButton
              label={t('tab.mystery.campaign.close')}
              title={t('tab.mystery.campaign.closeTitle')}
              text={t('tab.mystery.campaign.closeText', {
                unreleased: counts.submitted + counts.reviewed + counts.draft + counts.returned,
              })}
              disabled={action.busy}
              onConfirm={() => void advance('closed')}
            />
          )}
        </>
      }
    >
      <CampaignNav campaignId={campaignId} current="overview" allowed={allowed} go={go} />
      <ActionError text={action.error} />
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('tab.mystery.campaigns.status')}</dt>
        <dd className={styles.definition}>{t(`tab.mystery.campaignStatus.${campaign.status}`)}</dd>
        <dt className={styles.term}>{t('tab.mystery.campaigns.period')}</dt>
        <dd className={styles.definition}>
          {dateText(locale, campaign.startDate)} – {dateText(locale, campaign.endDate)}
        </dd>
        <dt className={styles.term}>{t('tab.mystery.campaign.departments')}</dt>
        <dd className={styles.definition}>{campaign.departmentCodes.map(name).join(', ')}</dd>
        <dt className={styles.term}>{t('tab.mystery.campaign.staffNotice')}</dt>
        <dd className={styles.definition}>
          {campaign.staffNotice.informedOn === null
            ? t('tab.mystery.campaign.notInformed')
            : t('tab.mystery.campaign.informedOn', {
                date: dateText(locale, campaign.staffNotice.informedOn),
              })}
          {campaign.staffNotice.note !== '' && ` ${campaign.staffNotice.note}`}
        </dd>
        <dt className={styles.term}>{t('tab.mystery.campaign.counts')}</dt>
        <dd className={styles.definition}>
          {t('tab.mystery.campaign.countsText', {
            released: counts.released + counts.locked,
            waiting: counts.submitted + counts.reviewed,
            open: counts.planned + counts.draft + counts.returned,
          })}
        </dd>
      </dl>
      {campaign.description !== '' && <p>{campaign.description}</p>}
      {progress.length > 0 && (
        <DataTable
          caption={t('tab.mystery.campaign.progress')}
          columns={[
            t('tab.mystery.campaign.department'),
            t('tab.mystery.campaign.channel'),
            t('tab.mystery.campaign.quota'),
            t('tab.mystery.campaign.plannedCount'),
            t('tab.mystery.campaign.submittedCount'),
            t('tab.mystery.campaign.releasedCount'),
          ]}
          numericColumns={[2, 3, 4, 5]}
          rows={[...progress]
            .sort(
              (a, b) =>
                a.departmentCode.localeCompare(b.departmentCode) ||
                MYSTERY_CHANNELS.indexOf(a.channel) - MYSTERY_CHANNELS.indexOf(b.channel),
            )
            .map((row) => ({
              key: `${row.departmentCode}-${row.channel}`,
              header: name(row.departmentCode),
              cells: [
                t(`tab.mystery.channel.${row.channel}`),
                String(row.quota),
                row.planned < row.quota
                  ? t('tab.mystery.campaign.short', { count: row.planned, missing: row.quota - row.planned })
                  : String(row.planned),
                String(row.submitted),
                String(row.released),
              ],
            }))}
        />
      )}
      <Caption1>{t('tab.mystery.campaign.ethics')}</Caption1>
    </PageFrame>
  );
}
