import type { MessageKey, TabPlace } from '@kvalita/core';
import { useCallback, useState } from 'react';
import { useLoad } from '../platform/load/use-load';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { useNavigation } from '../platform/navigation/navigation-context';
import { SurveyEditorPage } from './SurveyEditorPage';
import { SurveyListPage } from './SurveyListPage';
import { SurveyResultsPage } from './SurveyResultsPage';
import type { SurveysSectionProps } from './surveys.types';

/**
 * The pulse surveys part of the tab (loaded on demand: its own chunk): the list, authoring with
 * the card preview, and results. For the quality manager and the director.
 */
export function SurveysSection({ api }: SurveysSectionProps) {
  const { place, go: goTo } = useNavigation();
  // A confirmation belongs to the moment after the action: shown on the very place it led to, not
  // when the person comes back to the list later (a new place value, even at the same address).
  const [notice, setNotice] = useState<{ readonly key: MessageKey; readonly at: TabPlace } | null>(null);
  // A survey created in this editor: its address is its own now, but the editor stays as it is.
  const [created, setCreated] = useState<string | null>(null);
  const loadMe = useCallback((signal: AbortSignal) => api.getMe(signal), [api]);
  const me = useLoad(loadMe);
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  const go = (next: TabPlace, said?: MessageKey) => {
    setNotice(said === undefined ? null : { key: said, at: next });
    // After publishing or deleting, back must not lead to the editor of what is gone or done.
    goTo(next, { replace: said !== undefined });
  };
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
      return <SurveyListPage {...props} notice={notice?.at === place ? notice.key : null} />;
  }
}

export default SurveysSection;
