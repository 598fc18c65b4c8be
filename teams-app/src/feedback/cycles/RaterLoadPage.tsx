import { Badge, Checkbox } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import type { RaterLoadPageProps } from './RaterLoadPage.types';

/**
 * How many forms each rater has in the cycle, the most loaded first, against the cycle's cap;
 * anyone over it (only a head's reports can put them there) is said so in words.
 */
export function RaterLoadPage({ api, cycleId }: RaterLoadPageProps) {
  const { t } = useI18n();
  const load = useLoad(
    useCallback((signal: AbortSignal) => api.getCycleLoad(cycleId, signal), [api, cycleId]),
  );
  const [onlyOver, setOnlyOver] = useState(false);
  return (
    <PageFrame
      heading={t('tab.feedback.load.heading')}
      actions={
        <FeedbackLink to={{ page: 'cycle', cycleId, section: 'overview' }}>
          {t('tab.feedback.load.back')}
        </FeedbackLink>
      }
    >
      {load.status === 'loading' && <Loading />}
      {load.status === 'error' && <LoadError error={load.error} onRetry={load.retry} />}
      {load.status === 'ready' && (
        <>
          <p>
            {t('tab.feedback.load.summary', {
              cap: load.data.cap,
              over: load.data.items.filter((item) => item.overCap).length,
            })}
          </p>
          <Checkbox
            label={t('tab.feedback.load.onlyOver')}
            checked={onlyOver}
            onChange={(_e, data) => setOnlyOver(data.checked === true)}
          />
          <DataTable
            caption={t('tab.feedback.load.caption', { cap: load.data.cap })}
            columns={[
              t('tab.feedback.load.person'),
              t('tab.feedback.load.department'),
              t('tab.feedback.load.forms'),
            ]}
            numericColumns={[2]}
            rows={load.data.items
              .filter((item) => !onlyOver || item.overCap)
              .map((item) => ({
                key: item.person.email,
                header: item.person.displayName,
                cells: [
                  item.departmentCode ?? '—',
                  <>
                    {item.forms}{' '}
                    {item.overCap && (
                      <Badge appearance="tint" color="danger">
                        {t('tab.feedback.load.overCap')}
                      </Badge>
                    )}
                  </>,
                ],
              }))}
          />
        </>
      )}
    </PageFrame>
  );
}
