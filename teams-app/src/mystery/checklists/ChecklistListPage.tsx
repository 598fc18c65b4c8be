import { Button } from '@fluentui/react-components';
import { useCallback } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import type { MysteryPageProps } from '../mystery.types';
import { MysteryLink } from '../parts/MysteryLink';

/** The checklists by channel and version: which are in use (frozen) and which were replaced. */
export function ChecklistListPage({ api, go, notice }: MysteryPageProps) {
  const { t } = useI18n();
  const checklists = useLoad(useCallback((signal: AbortSignal) => api.listChecklists(signal), [api]));
  return (
    <PageFrame
      heading={t('tab.mystery.checklists.heading')}
      notice={notice}
      actions={
        <Button appearance="primary" onClick={() => go({ page: 'checklist', checklistId: null })}>
          {t('tab.mystery.checklists.new')}
        </Button>
      }
    >
      {checklists.status === 'loading' && <Loading />}
      {checklists.status === 'error' && <LoadError error={checklists.error} onRetry={checklists.retry} />}
      {checklists.status === 'ready' &&
        (checklists.data.items.length === 0 ? (
          <p>{t('tab.mystery.checklists.empty')}</p>
        ) : (
          <DataTable
            caption={t('tab.mystery.checklists.caption', { count: checklists.data.items.length })}
            columns={[
              t('tab.mystery.checklists.name'),
              t('tab.mystery.campaign.channel'),
              t('tab.mystery.checklists.version'),
              t('tab.mystery.checklists.items'),
              t('tab.mystery.checklists.state'),
            ]}
            numericColumns={[2, 3]}
            rows={checklists.data.items.map((checklist) => ({
              key: String(checklist.id),
              header: (
                <MysteryLink to={{ page: 'checklist', checklistId: checklist.id }}>
                  {checklist.name}
                </MysteryLink>
              ),
              cells: [
                t(`tab.mystery.channel.${checklist.channel}`),
                String(checklist.version),
                t('tab.mystery.checklists.itemsText', {
                  items: checklist.items,
                  critical: checklist.criticalItems,
                }),
                checklist.superseded
                  ? t('tab.mystery.checklists.superseded')
                  : checklist.frozen
                    ? t('tab.mystery.checklists.frozen')
                    : t('tab.mystery.checklists.editable'),
              ],
            }))}
          />
        ))}
    </PageFrame>
  );
}
