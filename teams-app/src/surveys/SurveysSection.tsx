import { useCallback, useState } from 'react';
import { useLoad } from '../platform/load/use-load';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { useSectionNavigation } from '../platform/navigation/use-section-navigation';
import { SurveyEditorPage } from './SurveyEditorPage';
import { SurveyListPage } from './SurveyListPage';
import { SurveyResultsPage } from './SurveyResultsPage';
import type { SurveysSectionProps } from './surveys.types';

/**
 * The pulse surveys part of the tab (loaded on demand: its own chunk): the list, authoring with
 * the card preview, and results. For the quality manager and the director.
 */
export function SurveysSection({ api }: SurveysSectionProps) {
  // After publishing or deleting, back must not lead to the editor of what is gone or done.
  const { place, goTo, go, notice } = useSectionNavigation();
  // A survey created in this editor: its address is its own now, but the editor stays as it is.
  const [created, setCreated] = useState<string | null>(null);
  const loadMe = useCallback((signal: AbortSignal) => api.getMe(signal), [api]);
  const me = useLoad(loadMe);
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  const props = { api, me: me.data, go };
  const newEditor = (
    <SurveyEditorPage
      key="new"
      {...props}
      surveyKey={null}
      onCreated={(key) => {
        setCreated(key);
        goTo({ kind: 'survey', surveyKey: key, page: 'edit' }, { replace: true });
      }}
    />
  );
  switch (place.kind) {
    case 'newSurvey':
      return newEditor;
    case 'survey':
      if (place.page === 'edit' && place.surveyKey === created) return newEditor;
      return place.page === 'edit' ? (
        <SurveyEditorPage key={place.surveyKey} {...props} surveyKey={place.surveyKey} />
      ) : (
        <SurveyResultsPage key={place.surveyKey} {...props} surveyKey={place.surveyKey} />
      );
    default:
      return <SurveyListPage {...props} notice={notice} />;
  }
}

export default SurveysSection;
