import { useCallback, useState } from 'react';
import { useLoad } from '../platform/load/use-load';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { SurveyEditorPage } from './SurveyEditorPage';
import { SurveyListPage } from './SurveyListPage';
import { SurveyResultsPage } from './SurveyResultsPage';
import type { SurveyRoute, SurveysSectionProps } from './surveys.types';

/**
 * The pulse surveys part of the tab (loaded on demand: its own chunk): the list, authoring with
 * the card preview, and results. For the quality manager and the director.
 */
export function SurveysSection({ api }: SurveysSectionProps) {
  const [route, setRoute] = useState<SurveyRoute>({ kind: 'list' });
  const loadMe = useCallback((signal: AbortSignal) => api.getMe(signal), [api]);
  const me = useLoad(loadMe);
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  const props = { api, me: me.data, go: setRoute };
  switch (route.kind) {
    case 'list':
      return <SurveyListPage {...props} notice={route.notice ?? null} />;
    case 'new':
      return <SurveyEditorPage {...props} surveyKey={null} />;
    case 'edit':
      return <SurveyEditorPage {...props} surveyKey={route.key} />;
    case 'results':
      return <SurveyResultsPage {...props} surveyKey={route.key} />;
  }
}

export default SurveysSection;
