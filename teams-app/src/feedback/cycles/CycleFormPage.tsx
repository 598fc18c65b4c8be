import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { CompetencyModelSummary, FeedbackCycleReply } from '@kvalita/core';
import { useCallback, useState } from 'react';
import { FormProblemBar } from '../../platform/components/FormProblemBar';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useEtagForm } from '../../platform/components/use-etag-form';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { officeToday } from '../feedback-text';
import { isStale } from '../parts/is-stale';
import { PageFrame } from '../../platform/components/PageFrame';
import {
  draftOfForm,
  formOfCycle,
  newCycleForm,
  validateCycleForm,
  type CycleFormValues,
} from './cycle-form';
import { CycleForm } from './CycleForm';
import type { CycleFormBodyProps, CycleFormPageProps } from './CycleFormPage.types';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalL },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
  note: { margin: 0, maxWidth: '48rem' },
});

interface Stored {
  readonly cycle: FeedbackCycleReply | null;
  readonly models: readonly CompetencyModelSummary[];
}

/** Creates a 360 cycle or edits one in preparation; the model versions to choose come with it. */
export function CycleFormPage({ api, go, cycleId }: CycleFormPageProps) {
  const { t } = useI18n();
  const load = useCallback(
    async (signal: AbortSignal): Promise<Stored> => {
      const [cycle, models] = await Promise.all([
        cycleId === null ? Promise.resolve(null) : api.getFeedbackCycle(cycleId, signal),
        api.listCompetencyModels(signal),
      ]);
      const chosen = cycle?.cycle.modelId;
      return { cycle, models: models.items.filter((model) => model.latest || model.id === chosen) };
    },
    [api, cycleId],
  );
  const stored = useLoad(load);
  const [today] = useState(() => officeToday());
  if (stored.status === 'loading') return <Loading />;
  if (stored.status === 'error') return <LoadError error={stored.error} onRetry={stored.retry} />;
  const { cycle, models } = stored.data;
  return (
    <PageFrame
      heading={
        cycle === null
          ? t('tab.feedback.cycleForm.newHeading')
          : t('tab.feedback.cycleForm.editHeading', { name: cycle.cycle.name })
      }
    >
      <CycleFormBody
        api={api}
        go={go}
        cycleId={cycleId}
        initial={cycle === null ? newCycleForm(today) : formOfCycle(cycle.cycle)}
        initialEtag={cycle?.cycle.etag ?? null}
        models={models}
      />
    </PageFrame>
  );
}

function CycleFormBody({ api, go, cycleId, initial, initialEtag, models }: CycleFormBodyProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [today] = useState(() => officeToday());
  const form = useEtagForm({
    initial,
    initialEtag,
    validate: (values: CycleFormValues) => validateCycleForm(values, today),
    save: async (values: CycleFormValues, etag) => {
      const draft = draftOfForm(values);
      const reply =
        cycleId === null || etag === null
          ? await api.createFeedbackCycle({ draft })
          : await api.editFeedbackCycle(cycleId, { etag, draft });
      go(
        { page: 'cycle', cycleId: reply.cycle.id, section: 'overview' },
        cycleId === null ? 'tab.feedback.cycleForm.created' : 'tab.feedback.cycleForm.saved',
      );
    },
    isStale,
    reloadEtag:
      cycleId === null ? null : () => api.getFeedbackCycle(cycleId).then((reply) => reply.cycle.etag),
  });
  return (
    <form className={styles.root} onSubmit={(event) => void form.submit(event)} noValidate>
      <p className={styles.note}>{t('tab.feedback.development')}</p>
      <FormProblemBar
        problem={form.problem}
        invalidText={t('tab.feedback.cycleForm.invalid')}
        staleText={t('tab.feedback.form.stale')}
      />
      <CycleForm
        api={api}
        values={form.values}
        onChange={form.setValues}
        errors={form.errors}
        models={models}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={form.busy}>
          {t(cycleId === null ? 'tab.feedback.cycleForm.create' : 'tab.feedback.cycleForm.save')}
        </Button>
        <Button
          onClick={() =>
            go(cycleId === null ? { page: 'cycles' } : { page: 'cycle', cycleId, section: 'overview' })
          }
        >
          {t('tab.feedback.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
