import { Button, MessageBar, MessageBarBody, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { isStaleDocument } from '../detail/use-document-detail';
import {
  EMPTY_DOCUMENT_FORM,
  draftOfForm,
  formOfDocument,
  validateDocumentForm,
  type DocumentFormErrors,
  type DocumentFormValues,
} from './document-form';
import { DocumentForm } from './DocumentForm';
import type { DocumentFormPageProps } from './DocumentFormPage.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'block', margin: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** Creates a document (its metadata and file type) or edits one; a stale edit reloads the etag and keeps what was typed. */
export function DocumentFormPage({ api, go, documentId }: DocumentFormPageProps) {
  const load = useCallback(
    (signal: AbortSignal) =>
      documentId === null ? Promise.resolve(null) : api.getDocument(documentId, signal),
    [api, documentId],
  );
  const stored = useLoad(load);
  if (stored.status === 'loading') return <Loading />;
  if (stored.status === 'error') return <LoadError error={stored.error} onRetry={stored.retry} />;
  return (
    <FormBody
      api={api}
      go={go}
      documentId={documentId}
      code={stored.data?.document.code ?? null}
      initial={stored.data === null ? EMPTY_DOCUMENT_FORM : formOfDocument(stored.data.document)}
      initialEtag={stored.data?.document.etag ?? null}
    />
  );
}

interface FormBodyProps extends Omit<DocumentFormPageProps, 'me'> {
  readonly code: string | null;
  readonly initial: DocumentFormValues;
  readonly initialEtag: string | null;
}

function FormBody({ api, go, documentId, code, initial, initialEtag }: FormBodyProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [values, setValues] = useState(initial);
  const [etag, setEtag] = useState(initialEtag);
  const [errors, setErrors] = useState<DocumentFormErrors>({});
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
    const found = validateDocumentForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem({ kind: 'invalid' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const draft = draftOfForm(values);
      const reply =
        documentId === null || etag === null
          ? await api.createDocument({ draft, fileType: values.fileType })
          : await api.editDocument(documentId, { etag, draft });
      go(
        { kind: 'document', documentId: reply.document.id, page: 'detail' },
        documentId === null ? 'tab.documents.form.created' : 'tab.documents.detail.saved',
      );
    } catch (error) {
      if (isStaleDocument(error) && documentId !== null) {
        // Someone saved in between: take the new etag, keep every field as typed.
        setProblem({ kind: 'stale' });
        api.getDocument(documentId).then(
          (reply) => setEtag(reply.document.etag),
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
        {documentId === null
          ? t('tab.documents.form.newHeading')
          : t('tab.documents.form.editHeading', { code: code ?? '' })}
      </Title2>
      <div ref={problemRef} tabIndex={-1}>
        {problem !== null && (
          <MessageBar layout="multiline" intent="error" role="alert">
            <MessageBarBody>
              {problem.kind === 'invalid'
                ? t('tab.documents.form.invalid')
                : problem.kind === 'stale'
                  ? t('tab.documents.detail.stale')
                  : errorText('error' in problem ? problem.error : null, t)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <DocumentForm
        api={api}
        values={values}
        onChange={setValues}
        errors={errors}
        editing={documentId !== null}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t(documentId === null ? 'tab.documents.form.create' : 'tab.documents.form.save')}
        </Button>
        <Button
          onClick={() =>
            go(documentId === null ? { kind: 'documents' } : { kind: 'document', documentId, page: 'detail' })
          }
        >
          {t('tab.documents.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
