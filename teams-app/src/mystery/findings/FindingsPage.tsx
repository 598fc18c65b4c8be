import { useCallback, useState } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { CampaignNav } from '../campaigns/CampaignNav';
import { dateText } from '../mystery-text';
import type { CampaignPageProps } from '../mystery.types';
import { useDepartmentNames } from '../parts/use-department-names';
import { FindingForm } from './FindingForm';

/** The action plan: findings of the campaign with their measures in the register, and (quality manager) a new one. */
export function FindingsPage({ api, campaignId, go, notice, me }: CampaignPageProps) {
  const { locale, t } = useI18n();
  const name = useDepartmentNames(api);
  const [said, setSaid] = useState<string | null>(notice);
  const manages = me.roles.includes('qualityManager');
  const loaded = useLoad(
    useCallback(
      async (signal: AbortSignal) => {
        const [campaign, findings, sheets] = await Promise.all([
          api.getCampaign(campaignId, signal),
          api.listFindings(campaignId, signal),
          manages ? api.listEvaluations(campaignId, signal) : Promise.resolve({ items: [] }),
        ]);
        return { ...campaign, findings, sheets: sheets.items };
      },
      [api, campaignId, manages],
    ),
  );
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} onRetry={loaded.retry} />;
  const { campaign, allowed, findings, sheets } = loaded.data;
  return (
    <PageFrame heading={t('tab.mystery.findings.heading', { name: campaign.name })} notice={said}>
      <CampaignNav campaignId={campaignId} current="findings" allowed={allowed} go={go} />
      <p>{t('tab.mystery.findings.intro')}</p>
      {findings.items.length === 0 ? (
        <p>{t('tab.mystery.findings.empty')}</p>
      ) : (
        <DataTable
          caption={t('tab.mystery.findings.caption', { count: findings.items.length })}
          columns={[
            t('tab.mystery.findings.title'),
            t('tab.mystery.campaign.department'),
            t('tab.mystery.findings.owner'),
            t('tab.mystery.findings.basis'),
            t('tab.mystery.findings.measure'),
            t('tab.mystery.findings.created'),
          ]}
          rows={findings.items.map((finding) => ({
            key: String(finding.id),
            header: finding.title,
            cells: [
              name(finding.departmentCode),
              finding.owner?.displayName ?? '—',
              t('tab.mystery.findings.basisText', {
                evaluations: finding.evaluationIds.length,
                items: finding.itemKeys.length,
              }),
              <PlaceLink key="measure" to={{ kind: 'measure', measureId: finding.measureId, page: 'detail' }}>
                {finding.measureStatus === null
                  ? t('tab.mystery.findings.measureGone')
                  : t('tab.mystery.findings.measureLink', {
                      id: finding.measureId,
                      status: t(`measures.status.${finding.measureStatus}` as 'measures.status.proposed'),
                    })}
              </PlaceLink>,
              dateText(locale, finding.createdAt),
            ],
          }))}
        />
      )}
      {findings.mayCreate && (
        <FindingForm
          api={api}
          campaign={campaign}
          sheets={sheets}
          name={name}
          onCreated={() => {
            setSaid(t('tab.mystery.findings.saved'));
            loaded.retry();
          }}
        />
      )}
    </PageFrame>
  );
}
