import { makeStyles, tokens } from '@fluentui/react-components';
import { areaHome, areaOfPlace, mayReadSurveys, type TabArea } from '@kvalita/core';
import { Suspense, lazy, useCallback } from 'react';
import { CatalogueGate } from '../i18n/CatalogueGate';
import type { HostContext } from '../host/host.types';
import { useI18n } from '../i18n/i18n-context';
import type { SharedRead, TabApi } from '../load/shared-reads';
import { useLoad } from '../load/use-load';
import { useNavigation } from '../navigation/navigation-context';
import { CafModelPage } from '../../caf/model/CafModelPage';
import { Loading } from './Loading';
import { NavTabs } from './NavTabs';

// The self-assessment pages are their own chunk: the model page does not pay for them.
const CafSection = lazy(() => import('../../caf/CafSection'));
// The survey pages likewise (and the card renderer they load on demand).
const SurveysSection = lazy(() => import('../../surveys/SurveysSection'));
// The measures register likewise.
const MeasuresSection = lazy(() => import('../../measures/MeasuresSection'));
// The controlled documents likewise.
const DocumentsSection = lazy(() => import('../../documents/DocumentsSection'));
// 360° feedback likewise.
const FeedbackSection = lazy(() => import('../../feedback/FeedbackSection'));
// Mystery shopping likewise.
const MysterySection = lazy(() => import('../../mystery/MysterySection'));
// Open data likewise.
const OpenDataSection = lazy(() => import('../../opendata/OpenDataSection'));

/** What an area's first page reads as it opens: asked for while the area's code still loads. */
const AREA_READS: Readonly<Record<TabArea, readonly SharedRead[]>> = {
  model: [],
  selfAssessment: ['getMe', 'listCycles'],
  surveys: ['getMe', 'listSurveys'],
  measures: ['getMe'],
  documents: ['getMe'],
  feedback: ['getMe'],
  mystery: ['getMe'],
  opendata: ['getMe'],
};

const useStyles = makeStyles({
  nav: { marginBlockEnd: tokens.spacingVerticalL },
});

export interface SignedInPagesProps {
  readonly api: TabApi;
  /** A channel tab's configuration page saves its choice through the host (Teams). */
  readonly configureChannelTab?: HostContext['configureChannelTab'];
}

/**
 * The tab's areas: the CAF model, the self-assessment cycles, the measures register, the controlled
 * documents, 360° feedback, mystery shopping and, for the quality manager and the director, surveys;
 * for the quality manager, open data.
 */
export function SignedInPages({ api, configureChannelTab = null }: SignedInPagesProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { place, go } = useNavigation();
  const page = areaOfPlace(place);
  const open = (next: TabArea) => {
    if (next !== page) api.readAhead(AREA_READS[next]);
    go(areaHome(next));
  };
  const me = useLoad(useCallback((signal: AbortSignal) => api.getMe(signal), [api]));
  const seesSurveys = me.status === 'ready' && mayReadSurveys(me.data.roles);
  // Open data is the quality manager's alone (the service answers anyone else 403).
  const seesOpenData = me.status === 'ready' && me.data.roles.includes('qualityManager');
  // A channel tab's configuration page is the whole page: Teams shows it in its own dialog.
  const configuring = place.kind === 'measuresConfig';
  const section =
    page === 'surveys' ? (
      <SurveysSection api={api} />
    ) : page === 'measures' ? (
      <MeasuresSection api={api} configureChannelTab={configureChannelTab} />
    ) : page === 'documents' ? (
      <DocumentsSection api={api} />
    ) : page === 'feedback' ? (
      <FeedbackSection api={api} />
    ) : page === 'mystery' ? (
      <MysterySection api={api} />
    ) : page === 'opendata' ? (
      <OpenDataSection api={api} />
    ) : (
      <CafSection api={api} />
    );
  return (
    <>
      <div className={styles.nav} hidden={configuring}>
        <NavTabs
          label={t('tab.caf.nav.label')}
          tabs={[
            { value: 'model', label: t('tab.caf.nav.model') },
            { value: 'selfAssessment', label: t('tab.caf.nav.selfAssessment') },
            { value: 'measures', label: t('tab.measures.nav') },
            { value: 'documents', label: t('tab.documents.nav') },
            { value: 'feedback', label: t('tab.feedback.nav') },
            { value: 'mystery', label: t('tab.mystery.nav') },
            ...(seesSurveys ? [{ value: 'surveys' as const, label: t('tab.surveys.nav') }] : []),
            ...(seesOpenData ? [{ value: 'opendata' as const, label: t('tab.opendata.nav') }] : []),
          ]}
          selected={page}
          onSelect={open}
        />
      </div>
      {page === 'model' ? (
        <CafModelPage api={api} />
      ) : (
        <CatalogueGate part="pages">
          <Suspense fallback={<Loading />}>{section}</Suspense>
        </CatalogueGate>
      )}
    </>
  );
}
