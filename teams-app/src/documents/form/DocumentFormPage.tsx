import { Button, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { FormProblemBar } from '../../platform/components/FormProblemBar';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useEtagForm } from '../../platform/components/use-etag-form';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { isStaleDocument } from '../detail/use-document-detail';
import {
  EMPTY_DOCUMENT_FORM,
  draftOfForm,
  formOfDocument,
  validateDocumentForm,
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
  const form = useEtagForm({
    initial,
    initialEtag,
    validate: validateDocumentForm,
    save: async (values: DocumentFormValues, etag) => {
      const draft = draftOfForm(values);
      const reply =
        documentId === null || etag === null
          ? await api.createDocument({ draft, fileType: values.fileType })
          : await api.editDocument(documentId, { etag, draft });
      go(
        { kind: 'document', documentId: reply.document.id, page: 'detail' },
        documentId === null ? 'tab.documents.form.created' : 'tab.documents.detail.saved',
      );
    },
    isStale: isStaleDocument,
    reloadEtag:
      documentId === null ? null : () => api.getDocument(documentId).then((reply) => reply.document.etag),
  });

  return (
    <form className={styles.root} onSubmit={(event) => void form.submit(event)} noValidate>
      <Title2 as="h1" className={styles.heading}>
        {documentId === null
          ? t('tab.documents.form.newHeading')
          : t('tab.documents.form.editHeading', { code: code ?? '' })}
      </Title2>
      <FormProblemBar
        problem={form.problem}
        invalidText={t('tab.documents.form.invalid')}
        staleText={t('tab.documents.detail.stale')}
      />
      <DocumentForm
        api={api}
        values={form.values}
        onChange={form.setValues}
        errors={form.errors}
        editing={documentId !== null}
      />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={form.busy}>
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
