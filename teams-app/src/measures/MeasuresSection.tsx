import { useCallback, useState } from 'react';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { useSectionNavigation } from '../platform/navigation/use-section-navigation';
import { browserStorage } from '../platform/session/browser-storage';
import { ChannelTabConfigPage } from './config/ChannelTabConfigPage';
import { MeasureDetailPage } from './detail/MeasureDetailPage';
import { MeasureFormPage } from './form/MeasureFormPage';
import type { MeasuresSectionProps } from './measures.types';
import { RegisterPage } from './register/RegisterPage';

/**
 * The measures part of the tab (its own chunk): the register with its tiles, table and PDCA board,
 * a measure's detail with its actions, the create and edit form, and a channel tab's configuration.
 */
export function MeasuresSection({ api, configureChannelTab, storage, today }: MeasuresSectionProps) {
  const { t } = useI18n();
  const { place, go, notice } = useSectionNavigation();
  const [kept] = useState(() => ({
    storage: storage === undefined ? browserStorage() : storage,
    today: today ?? new Date(),
  }));
  const loadMe = useCallback((signal: AbortSignal) => api.getMe(signal), [api]);
  const me = useLoad(loadMe);
  if (place.kind === 'measuresConfig')
    return <ChannelTabConfigPage api={api} configureChannelTab={configureChannelTab} />;
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  const props = { api, me: me.data, go };
  const noticeText = notice === null ? null : t(notice);
  switch (place.kind) {
    case 'newMeasure':
      return <MeasureFormPage key="new" {...props} measureId={null} />;
    case 'measure':
      return place.page === 'edit' ? (
        <MeasureFormPage key={`edit-${place.measureId}`} {...props} measureId={place.measureId} />
      ) : (
        <MeasureDetailPage key={place.measureId} {...props} measureId={place.measureId} notice={noticeText} />
      );
    default:
      return (
        <RegisterPage
          {...props}
          departmentCode={place.kind === 'measures' ? place.departmentCode : null}
          storage={kept.storage}
          today={kept.today}
          notice={noticeText}
        />
      );
  }
}

export default MeasuresSection;
