import { makeStyles, tokens } from '@fluentui/react-components';
import type { MessageKey, MysteryView } from '@kvalita/core';
import { useCallback } from 'react';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { NavTabs } from '../platform/components/NavTabs';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { useSectionNavigation } from '../platform/navigation/use-section-navigation';
import { managesMystery, readsMysteryResults } from './mystery-roles';
import type { MysterySectionProps, MysteryTab } from './mystery.types';
import { MysteryPages } from './MysteryPages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

function tabOf(view: MysteryView): MysteryTab {
  if (view.page === 'checklists' || view.page === 'checklist') return 'checklists';
  if (view.page === 'mine') return 'mine';
  return 'campaigns';
}

const TAB_HOME: Readonly<Record<MysteryTab, MysteryView>> = {
  mine: { page: 'mine' },
  campaigns: { page: 'campaigns' },
  checklists: { page: 'checklists' },
};

/**
 * Mystery shopping in the tab (its own chunk): the evaluator's sheets, campaigns with their schedule,
 * review, results and action plan, and the checklists.
 */
export function MysterySection({ api }: MysterySectionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { place, go, notice } = useSectionNavigation();
  const me = useLoad(useCallback((signal: AbortSignal) => api.getMe(signal), [api]));
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  const readsResults = readsMysteryResults(me.data);
  const home: MysteryView = readsResults ? { page: 'campaigns' } : { page: 'mine' };
  const asked = place.kind === 'mystery' ? place.view : home;
  const view: MysteryView = asked.page === 'home' ? home : asked;
  const goTo = (next: MysteryView, message?: MessageKey) => go({ kind: 'mystery', view: next }, message);
  const tabs: { value: MysteryTab; label: string }[] = [];
  if (readsResults) tabs.push({ value: 'campaigns', label: t('tab.mystery.tabs.campaigns') });
  tabs.push({ value: 'mine', label: t('tab.mystery.tabs.mine') });
  if (managesMystery(me.data)) tabs.push({ value: 'checklists', label: t('tab.mystery.tabs.checklists') });
  return (
    <div className={styles.root}>
      {tabs.length > 1 && (
        <NavTabs
          label={t('tab.mystery.tabs.label')}
          tabs={tabs}
          selected={tabOf(view)}
          onSelect={(tab) => goTo(TAB_HOME[tab])}
        />
      )}
      <MysteryPages
        api={api}
        me={me.data}
        view={view}
        go={goTo}
        notice={notice === null ? null : t(notice)}
      />
    </div>
  );
}

export default MysterySection;
