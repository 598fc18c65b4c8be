import { useCallback } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { weekText } from '../mystery-text';
import type { MysteryPageProps } from '../mystery.types';
import { MysteryLink } from '../parts/MysteryLink';

const TO_DO = ['planned', 'draft', 'returned'];

/** The evaluator's sheets: what to fill in first (soonest week first), then what was handed in. */
export function MinePage({ api, notice }: MysteryPageProps) {
  const { locale, t } = useI18n();
  const mine = useLoad(useCallback((signal: AbortSignal) => api.getMyEvaluations(signal), [api]));
  if (mine.status === 'loading') return <Loading />;
  if (mine.status === 'error') return <LoadError error={mine.error} onRetry={mine.retry} />;
  const groups = [
    { key: 'toDo', items: mine.data.items.filter((item) => TO_DO.includes(item.status)) },
    { key: 'done', items: mine.data.items.filter((item) => !TO_DO.includes(item.status)) },
  ] as const;
  return (
    <PageFrame heading={t('tab.mystery.mine.heading')} notice={notice}>
      <p>{t('tab.mystery.mine.intro')}</p>
      {mine.data.items.length === 0 && <p>{t('tab.mystery.mine.empty')}</p>}
      {groups.map(
        (group) =>
          group.items.length > 0 && (
            <DataTable
              key={group.key}
              caption={t(`tab.mystery.mine.${group.key}`, { count: group.items.length })}
              columns={[
                t('tab.mystery.sheet.week'),
                t('tab.mystery.sheet.servicePoint'),
                t('tab.mystery.sheet.scenario'),
                t('tab.mystery.sheet.status'),
              ]}
              rows={group.items.map((item) => ({
                key: String(item.id),
                header: (
                  <MysteryLink to={{ page: 'evaluation', evaluationId: item.id }}>
                    {weekText(locale, item.week)}
                  </MysteryLink>
                ),
                cells: [
                  `${item.servicePointName} (${t(`tab.mystery.channel.${item.channel}`)})`,
                  item.scenarioTitle,
                  t(`tab.mystery.status.${item.status}`),
                ],
              }))}
            />
          ),
      )}
    </PageFrame>
  );
}
