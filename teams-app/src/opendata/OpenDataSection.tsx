import { useCallback } from 'react';
import { Info, LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { useNavigation } from '../platform/navigation/navigation-context';
import { publishesOpenData } from './opendata-roles';
import type { OpenDataSectionProps } from './opendata.types';
import { OverviewPage } from './overview/OverviewPage';
import { PreviewPage } from './preview/PreviewPage';

/**
 * Open data in the tab (its own chunk), the quality manager's: the overview of the datasets with
 * their publication, the registration in the national catalogue and the log, and each dataset's preview.
 */
export function OpenDataSection({ api }: OpenDataSectionProps) {
  const { t } = useI18n();
  const { place } = useNavigation();
  const me = useLoad(useCallback((signal: AbortSignal) => api.getMe(signal), [api]));
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  if (!publishesOpenData(me.data)) return <Info text={t('tab.opendata.onlyQualityManager')} />;
  const datasetKey = place.kind === 'opendata' ? place.datasetKey : null;
  return datasetKey === null ? (
    <OverviewPage api={api} />
  ) : (
    <PreviewPage key={datasetKey} api={api} datasetKey={datasetKey} />
  );
}

export default OpenDataSection;
