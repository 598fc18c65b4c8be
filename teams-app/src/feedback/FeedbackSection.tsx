import { makeStyles, tokens } from '@fluentui/react-components';
import type { FeedbackView, MessageKey } from '@kvalita/core';
import { useCallback } from 'react';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { NavTabs } from '../platform/components/NavTabs';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { useSectionNavigation } from '../platform/navigation/use-section-navigation';
import { coordinates, seesOrganisation } from './feedback-roles';
import type { FeedbackSectionProps, FeedbackTab } from './feedback.types';
import { FeedbackPages } from './FeedbackPages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The section's own tab for each page (a cycle's and a report's pages belong to their list). */
function tabOf(view: FeedbackView): FeedbackTab {
  switch (view.page) {
    case 'models':
    case 'model':
      return 'models';
    case 'cycles':
    case 'newCycle':
    case 'cycle':
      return 'cycles';
    case 'organisation':
      return 'organisation';
    default:
      return 'mine';
  }
}

const TAB_HOME: Readonly<Record<FeedbackTab, FeedbackView>> = {
  mine: { page: 'mine' },
  models: { page: 'models' },
  cycles: { page: 'cycles' },
  organisation: { page: 'organisation', cycleId: null },
};

/**
 * 360° feedback in the tab (its own chunk): what I must do and what is stored about me, the
 * competency models, the cycles with nominations and the release, reports and the organisation view.
 */
export function FeedbackSection({ api }: FeedbackSectionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { place, go, notice } = useSectionNavigation();
  const me = useLoad(useCallback((signal: AbortSignal) => api.getMe(signal), [api]));
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  const view: FeedbackView = place.kind === 'feedback' ? place.view : { page: 'mine' };
  const goTo = (next: FeedbackView, notice?: MessageKey) => go({ kind: 'feedback', view: next }, notice);
  const tabs: { value: FeedbackTab; label: string }[] = [
    { value: 'mine', label: t('tab.feedback.tabs.mine') },
  ];
  if (coordinates(me.data))
    tabs.push(
      { value: 'models', label: t('tab.feedback.tabs.models') },
      { value: 'cycles', label: t('tab.feedback.tabs.cycles') },
    );
  if (seesOrganisation(me.data))
    tabs.push({ value: 'organisation', label: t('tab.feedback.tabs.organisation') });
  return (
    <div className={styles.root}>
      {tabs.length > 1 && (
        <NavTabs
          label={t('tab.feedback.tabs.label')}
          tabs={tabs}
          selected={tabOf(view)}
          onSelect={(tab) => goTo(TAB_HOME[tab])}
        />
      )}
      <FeedbackPages
        api={api}
        me={me.data}
        view={view}
        go={goTo}
        notice={notice === null ? null : t(notice)}
      />
    </div>
  );
}

export default FeedbackSection;
