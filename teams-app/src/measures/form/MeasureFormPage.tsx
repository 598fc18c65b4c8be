import { Button, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { FormProblemBar } from '../../platform/components/FormProblemBar';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useEtagForm } from '../../platform/components/use-etag-form';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { isStale } from '../detail/use-measure-detail';
import { EMPTY_FORM, draftOf, formOfMeasure, validateForm, type MeasureFormValues } from './measure-form';
import { MeasureForm } from './MeasureForm';
import type { MeasureFormPageProps } from './MeasureFormPage.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'block', margin: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Creates a measure or edits one; a stale edit reloads the etag and keeps what was typed. */
export function MeasureFormPage({ api, go, measureId }: MeasureFormPageProps) {
  const load = useCallback(
    (signal: AbortSignal) => (measureId === null ? Promise.resolve(null) : api.getMeasure(measureId, signal)),
    [api, measureId],
  );
  const stored = useLoad(load);
  if (stored.status === 'loading') return <Loading />;
  if (stored.status === 'error') return <LoadError error={stored.error} onRetry={stored.retry} />;
  return (
    <FormBody
      api={api}
      go={go}
      measureId={measureId}
      initial={stored.data === null ? EMPTY_FORM : formOfMeasure(stored.data.measure)}
      initialEtag={stored.data?.measure.etag ?? null}
    />
  );
}

interface FormBodyProps extends Omit<MeasureFormPageProps, 'me'> {
  readonly initial: MeasureFormValues;
  readonly initialEtag: string | null;
}

function FormBody({ api, go, measureId, initial, initialEtag }: FormBodyProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const form = useEtagForm({
    initial,
    initialEtag,
    validate: validateForm,
    save: async (values: MeasureFormValues, etag) => {
      const draft = draftOf(values);
      const reply =
        measureId === null || etag === null
          ? await api.createRegisterMeasure(draft)
          : await api.editMeasure(measureId, { etag, draft });
      go(
        { kind: 'measure', measureId: reply.measure.id, page: 'detail' },
        measureId === null ? 'tab.measures.form.created' : 'tab.measures.detail.saved',
      );
    },
    isStale,
    reloadEtag:
      measureId === null ? null : () => api.getMeasure(measureId).then((reply) => reply.measure.etag),
  });

  return (
    <form className={styles.root} onSubmit={(event) => void form.submit(event)} noValidate>
      <Title2 as="h1" className={styles.heading}>
        {t(measureId === null ? 'tab.measures.form.newHeading' : 'tab.measures.form.editHeading')}
      </Title2>
      <FormProblemBar
        problem={form.problem}
        invalidText={t('tab.measures.form.invalid')}
        staleText={t('tab.measures.detail.stale')}
      />
      <MeasureForm api={api} values={form.values} onChange={form.setValues} errors={form.errors} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={form.busy}>
          {t(measureId === null ? 'tab.measures.form.create' : 'tab.measures.form.save')}
        </Button>
        <Button
          onClick={() =>
            go(
              measureId === null
                ? { kind: 'measures', departmentCode: null }
                : { kind: 'measure', measureId, page: 'detail' },
            )
          }
        >
          {t('tab.measures.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
