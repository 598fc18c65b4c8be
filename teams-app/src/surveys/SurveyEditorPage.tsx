import { Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { SurveyDraft } from '@kvalita/core';
import { useCallback, useState } from 'react';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { blankForm, formOf } from './draft-form';
import { SurveyEditor } from './SurveyEditor';
import { TemplatePicker } from './TemplatePicker';
import type { SurveyPageProps } from './surveys.types';

export interface SurveyEditorPageProps extends SurveyPageProps {
  /** null: a new survey (first a template or from scratch). */
  readonly surveyKey: string | null;
  /** Told the key of a new survey once it is first stored. */
  readonly onCreated?: (key: string) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'block', margin: 0 },
});

/** A new survey (template first) or a saved draft, loaded with its etag. */
export function SurveyEditorPage({ surveyKey, onCreated, ...props }: SurveyEditorPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [start, setStart] = useState<{ draft: SurveyDraft | null } | null>(null);
  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        {t(surveyKey === null ? 'tab.surveys.editor.newHeading' : 'tab.surveys.editor.editHeading')}
      </Title2>
      {surveyKey !== null ? (
        <SavedDraft {...props} surveyKey={surveyKey} />
      ) : start === null ? (
        <TemplatePicker api={props.api} onChoose={(draft) => setStart({ draft })} />
      ) : (
        <SurveyEditor
          {...props}
          initial={start.draft === null ? blankForm(new Date()) : formOf(start.draft)}
          saved={null}
          {...(onCreated === undefined ? {} : { onCreated })}
        />
      )}
    </div>
  );
}

function SavedDraft({ surveyKey, ...props }: SurveyPageProps & { readonly surveyKey: string }) {
  const load = useCallback(
    (signal: AbortSignal) => props.api.getSurvey(surveyKey, signal),
    [props.api, surveyKey],
  );
  const detail = useLoad(load);
  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') return <LoadError error={detail.error} onRetry={detail.retry} />;
  const { survey } = detail.data;
  return (
    <SurveyEditor
      key={survey.etag}
      {...props}
      initial={formOf(survey)}
      saved={{ key: survey.key, etag: survey.etag, status: survey.status }}
    />
  );
}
