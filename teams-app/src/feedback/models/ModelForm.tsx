import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CompetencyModelDraft } from '@kvalita/core';
import { FormProblemBar } from '../../platform/components/FormProblemBar';
import { useEtagForm } from '../../platform/components/use-etag-form';
import { useI18n } from '../../platform/i18n/i18n-context';
import { isStale } from '../parts/is-stale';
import { ModelEditor } from './ModelEditor';
import type { ModelFormProps } from './ModelEditorPage.types';
import { cleanDraft, newModelDraft, validateModel } from './model-form';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Creates a model or edits an unfrozen version; a stale save takes the new etag and keeps what was typed. */
export function ModelForm({ api, go, model, onSaved }: ModelFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const initial: CompetencyModelDraft =
    model === null
      ? newModelDraft()
      : { name: model.name, description: model.description, scale: model.scale, groups: model.groups };
  const form = useEtagForm({
    initial,
    initialEtag: model?.etag ?? null,
    validate: validateModel,
    save: async (values: CompetencyModelDraft, etag) => {
      const draft = cleanDraft(values);
      if (model === null || etag === null) {
        const reply = await api.createCompetencyModel({ draft });
        go({ page: 'model', modelId: reply.model.id }, 'tab.feedback.model.created');
      } else onSaved((await api.editCompetencyModel(model.id, { etag, draft })).model);
    },
    isStale,
    reloadEtag:
      model === null ? null : () => api.getCompetencyModel(model.id).then((reply) => reply.model.etag),
  });
  return (
    <form className={styles.root} onSubmit={(event) => void form.submit(event)} noValidate>
      <FormProblemBar
        problem={form.problem}
        invalidText={t('tab.feedback.model.invalid')}
        staleText={t('tab.feedback.form.stale')}
      />
      <ModelEditor draft={form.values} onChange={form.setValues} errors={form.errors} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={form.busy}>
          {t(model === null ? 'tab.feedback.model.create' : 'tab.feedback.model.save')}
        </Button>
        <Button onClick={() => go({ page: 'models' })}>{t('tab.feedback.form.cancel')}</Button>
      </div>
    </form>
  );
}
