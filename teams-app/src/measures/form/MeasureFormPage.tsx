import { Button, MessageBar, MessageBarBody, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { isStale } from '../detail/use-measure-detail';
import {
  EMPTY_FORM,
  draftOf,
  formOfMeasure,
  validateForm,
  type FormErrors,
  type MeasureFormValues,
} from './measure-form';
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
  const [values, setValues] = useState(initial);
  const [etag, setEtag] = useState(initialEtag);
  const [errors, setErrors] = useState<FormErrors>({});
  // Kept as what happened, not as text: the message follows a language switch.
  const [problem, setProblem] = useState<
    { readonly kind: 'invalid' | 'stale' } | { readonly kind: 'error'; readonly error: unknown } | null
  >(null);
  const [busy, setBusy] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem !== null) problemRef.current?.focus();
  }, [problem]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem({ kind: 'invalid' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const draft = draftOf(values);
      const reply =
        measureId === null || etag === null
          ? await api.createRegisterMeasure(draft)
          : await api.editMeasure(measureId, { etag, draft });
      go(
        { kind: 'measure', measureId: reply.measure.id, page: 'detail' },
        measureId === null ? 'tab.measures.form.created' : 'tab.measures.detail.saved',
      );
    } catch (error) {
      if (isStale(error) && measureId !== null) {
        // Someone saved in between: take the new etag, keep every field as typed.
        setProblem({ kind: 'stale' });
        api.getMeasure(measureId).then(
          (reply) => setEtag(reply.measure.etag),
          (reloadError: unknown) => setProblem({ kind: 'error', error: reloadError }),
        );
      } else setProblem({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={styles.root} onSubmit={(event) => void submit(event)} noValidate>
      <Title2 as="h1" className={styles.heading}>
        {t(measureId === null ? 'tab.measures.form.newHeading' : 'tab.measures.form.editHeading')}
      </Title2>
      <div ref={problemRef} tabIndex={-1}>
        {problem !== null && (
          <MessageBar layout="multiline" intent="error" role="alert">
            <MessageBarBody>
              {problem.kind === 'invalid'
                ? t('tab.measures.form.invalid')
                : problem.kind === 'stale'
                  ? t('tab.measures.detail.stale')
                  : errorText('error' in problem ? problem.error : null, t)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <MeasureForm api={api} values={values} onChange={setValues} errors={errors} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
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
