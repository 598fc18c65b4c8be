import { Button, Title2, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useRef } from 'react';
import {
  CYCLE_PAGES,
  cyclePlace,
  mayOpenConsensus,
  placePath,
  type CycleDetail,
  type CyclePage as CyclePageName,
  type CyclePlace,
  type Me,
} from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { LoadError } from '../../platform/components/LoadError';
import { NavTabs } from '../../platform/components/NavTabs';
import { Loading } from '../../platform/components/Loading';
import type { CycleViewProps } from '../CafSection.types';
import { useNavigation } from '../../platform/navigation/navigation-context';
import { ShareThisPage } from '../../platform/navigation/ShareThisPage';
import { ConsensusView } from '../consensus/ConsensusView';
import { PlanView } from '../plan/PlanView';
import { ResultsView } from '../results/ResultsView';
import { ScoringView } from '../scoring/ScoringView';
import { statusText } from '../caf-text';
import { OverviewView } from './OverviewView';

export interface CyclePageProps {
  readonly api: ApiClient;
  readonly me: Me;
  readonly place: CyclePlace;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    // On a phone both fit on one line, so the scoring form keeps its place on the first screen.
    '@media (max-width: 37.5rem)': {
      flexWrap: 'nowrap',
      gap: tokens.spacingHorizontalXS,
      '& .fui-Button': { paddingInline: tokens.spacingHorizontalXS, minWidth: 'auto' },
    },
  },
  heading: { display: 'block', margin: 0 },
  title: { ...typographyStyles.title2, margin: 0 },
});

/** Which pages of a cycle a person sees; the service enforces the same rules. */
export function visibleViews(cycle: CycleDetail): readonly CyclePageName[] {
  return CYCLE_PAGES.filter((view) => {
    if (view === 'scoring') return cycle.myTeamRole !== null;
    if (view === 'consensus') return mayOpenConsensus(cycle.permissions);
    if (view === 'results') return cycle.permissions.seeResults;
    return true;
  });
}

const VIEWS: Readonly<Record<CyclePageName, (props: CycleViewProps) => JSX.Element>> = {
  overview: OverviewView,
  scoring: ScoringView,
  consensus: ConsensusView,
  results: ResultsView,
  plan: PlanView,
};

/** One cycle: its name as the page heading, its pages as tabs. */
export function CyclePage({ api, me, place }: CyclePageProps) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const id = place.cycleId;
  const back = () => go({ kind: 'cycles' });
  const styles = useStyles();
  const load = useCallback((signal: AbortSignal) => api.getCycle(id, signal), [api, id]);
  const cycle = useLoad(load);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = cycle.status === 'ready';
  useEffect(() => {
    // Opening a cycle moves focus to its heading, as a new page would.
    if (ready) headingRef.current?.focus();
  }, [ready, id]);
  if (cycle.status === 'loading') return <Loading />;
  if (cycle.status === 'error')
    return (
      <div className={styles.root}>
        <div>
          <Button appearance="subtle" onClick={back}>
            {t('tab.caf.cycles.back')}
          </Button>
        </div>
        <Title2 as="h1" className={styles.heading}>
          {t('tab.caf.cycles.heading')}
        </Title2>
        <LoadError error={cycle.error} onRetry={cycle.retry} />
      </div>
    );
  const views = visibleViews(cycle.data);
  // A page the person may not see (a link from someone else, a phase moved on) shows the overview.
  const shown = views.includes(place.page) ? place : cyclePlace(id);
  const View = VIEWS[shown.page];
  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Button appearance="subtle" onClick={back}>
          {t('tab.caf.cycles.back')}
        </Button>
        <ShareThisPage
          key={placePath(shown)}
          place={shown}
          label={t('tab.caf.cycle.linkLabel', {
            cycle: cycle.data.name,
            page: t(`tab.caf.view.${shown.page}`),
          })}
        />
      </div>
      <h1 className={styles.title} ref={headingRef} tabIndex={-1}>
        {cycle.data.name}
      </h1>
      <p>{t('tab.caf.cycle.statusLine', { status: statusText(t, cycle.data.status) })}</p>
      <NavTabs
        label={t('tab.caf.cycle.pages')}
        tabs={views.map((candidate) => ({ value: candidate, label: t(`tab.caf.view.${candidate}`) }))}
        selected={shown.page}
        onSelect={(page) => go(cyclePlace(id, page))}
      />
      <View api={api} me={me} cycle={cycle.data} reload={cycle.retry} place={shown} />
    </div>
  );
}
