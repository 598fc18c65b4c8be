import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { CompetencyModel, CompetencyModelReply } from '@kvalita/core';
import { useCallback, useState } from 'react';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { dateText } from '../feedback-text';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import { ModelActions } from './ModelActions';
import type { ModelEditorPageProps, StoredModelProps } from './ModelEditorPage.types';
import { ModelForm } from './ModelForm';
import { ModelView } from './ModelView';

const useStyles = makeStyles({
  facts: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * A competency model's version: the editor while no cycle uses it, else the model as raters see
 * it with "new version" and "copy"; the .xlsx export either way. A new model opens the editor.
 */
export function ModelEditorPage({ api, go, me, modelId, notice }: ModelEditorPageProps) {
  const { t } = useI18n();
  const load = useCallback(
    (signal: AbortSignal): Promise<CompetencyModelReply | null> =>
      modelId === null ? Promise.resolve(null) : api.getCompetencyModel(modelId, signal),
    [api, modelId],
  );
  const stored = useLoad(load);
  if (stored.status === 'loading') return <Loading />;
  if (stored.status === 'error') return <LoadError error={stored.error} onRetry={stored.retry} />;
  if (stored.data === null)
    return (
      <PageFrame heading={t('tab.feedback.model.newHeading')}>
        <ModelForm api={api} go={go} model={null} onSaved={() => undefined} />
      </PageFrame>
    );
  return <StoredModel api={api} go={go} me={me} reply={stored.data} notice={notice} />;
}

function StoredModel({ api, go, reply, notice }: StoredModelProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [model, setModel] = useState<CompetencyModel>(reply.model);
  const [saved, setSaved] = useState(false);
  const editable = reply.mayEdit && !model.frozen;
  return (
    <PageFrame
      heading={t('tab.feedback.model.heading', { name: model.name, version: model.version })}
      notice={notice}
      actions={<FeedbackLink to={{ page: 'models' }}>{t('tab.feedback.model.back')}</FeedbackLink>}
    >
      <p className={styles.facts}>
        {model.frozen
          ? t('tab.feedback.model.frozenFacts', {
              cycles: model.cycleIds.length,
              date: dateText(locale, model.modifiedAt),
            })
          : t('tab.feedback.model.draftFacts', { date: dateText(locale, model.modifiedAt) })}
      </p>
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>{t('tab.feedback.model.saved')}</MessageBarBody>
        </MessageBar>
      )}
      <ModelActions api={api} go={go} model={model} />
      {editable ? (
        <ModelForm
          key={model.etag}
          api={api}
          go={go}
          model={model}
          onSaved={(next) => {
            setModel(next);
            setSaved(true);
          }}
        />
      ) : (
        <ModelView model={model} />
      )}
    </PageFrame>
  );
}
