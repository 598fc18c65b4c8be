import { Button } from '@fluentui/react-components';
import { useCallback } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { dateText } from '../feedback-text';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import type { CycleListPageProps } from './CycleListPage.types';

/** The 360 cycles: name, phase, model, how many are rated, the rating deadline; "new cycle" for coordinators. */
export function CycleListPage({ api, go, notice }: CycleListPageProps) {
  const { locale, t } = useI18n();
  const cycles = useLoad(useCallback((signal: AbortSignal) => api.listFeedbackCycles(signal), [api]));
  return (
    <PageFrame
      heading={t('tab.feedback.cycles.heading')}
      notice={notice}
      actions={
        cycles.status === 'ready' &&
        cycles.data.mayCreate && (
          <Button appearance="primary" onClick={() => go({ page: 'newCycle' })}>
            {t('tab.feedback.cycles.new')}
          </Button>
        )
      }
    >
      {cycles.status === 'loading' && <Loading />}
      {cycles.status === 'error' && <LoadError error={cycles.error} onRetry={cycles.retry} />}
      {cycles.status === 'ready' &&
        (cycles.data.items.length === 0 ? (
          <p>{t('tab.feedback.cycles.empty')}</p>
        ) : (
          <DataTable
            caption={t('tab.feedback.cycles.caption', { count: cycles.data.items.length })}
            columns={[
              t('tab.feedback.cycles.name'),
              t('tab.feedback.cycles.phase'),
              t('tab.feedback.cycles.model'),
              t('tab.feedback.cycles.subjects'),
              t('tab.feedback.cycles.deadline'),
              t('tab.feedback.cycles.coordinator'),
            ]}
            numericColumns={[3]}
            rows={cycles.data.items.map((cycle) => ({
              key: String(cycle.id),
              header: (
                <FeedbackLink to={{ page: 'cycle', cycleId: cycle.id, section: 'overview' }}>
                  {cycle.name}
                </FeedbackLink>
              ),
              cells: [
                t(`tab.feedback.phase.${cycle.phase}`),
                cycle.modelName,
                String(cycle.subjectCount),
                dateText(locale, cycle.ratingDeadline),
                cycle.coordinator?.displayName ?? '—',
              ],
            }))}
          />
        ))}
    </PageFrame>
  );
}
