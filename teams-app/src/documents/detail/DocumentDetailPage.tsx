import {
  Button,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { DocumentAction, DocumentDetailReply } from '@kvalita/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import type { Translate } from '../../platform/i18n/i18n.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { ActionDialog } from './ActionDialog';
import type { DialogAction, DialogValues } from './ActionDialog.types';
import { CommentsPanel } from './CommentsPanel';
import { DocumentFacts } from './DocumentFacts';
import type { DocumentDetailPageProps } from './DocumentDetailPage.types';
import { DocumentHistory } from './DocumentHistory';
import { DocumentRates } from './DocumentRates';
import { EffectiveVersion } from './EffectiveVersion';
import { FileUpload } from './FileUpload';
import { officeToday } from './office-today';
import { RevisionPanel } from './RevisionPanel';
import { useDocumentDetail, type DetailMessage } from './use-document-detail';
import { VersionTable } from './VersionTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'block', margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  subheading: { ...typographyStyles.subtitle1, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The steps that open a dialog, in the order they are offered. */
const DIALOG_ACTIONS: readonly DialogAction[] = [
  'submit',
  'approve',
  'return',
  'confirmReview',
  'revise',
  'withdraw',
];

function messageText(message: DetailMessage, t: Translate): string {
  switch (message.kind) {
    case 'saved':
      return t('tab.documents.detail.saved');
    case 'stale':
      return t('tab.documents.detail.stale');
    case 'acknowledged':
      return t('tab.documents.detail.acknowledged');
    case 'commentSent':
      return t('tab.documents.detail.commentSent');
    case 'uploaded':
      return t('tab.documents.upload.done', { name: message.name, version: message.version });
    case 'uploadStale':
      return t('tab.documents.upload.stale');
    case 'uploadFailed':
      return t('tab.documents.upload.failed', { reason: errorText(message.error, t) });
    case 'error':
      return errorText(message.error, t);
  }
}

const INTENT = {
  saved: 'success',
  acknowledged: 'success',
  commentSent: 'success',
  uploaded: 'success',
  stale: 'warning',
  uploadStale: 'warning',
  error: 'error',
  uploadFailed: 'error',
} as const;

/** One part of the page under its own heading, which names it. */
function DetailSection({
  id,
  heading,
  children,
}: {
  readonly id: string;
  readonly heading: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.subheading}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/**
 * A controlled document: its metadata, the effective version (open, download, acknowledge), every
 * earlier approved version, the draft for those who may see it, history, reviewers' comments, and
 * only the actions the reply's `allowed` lists.
 */
export function DocumentDetailPage({ api, go, documentId, notice }: DocumentDetailPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const detail = useDocumentDetail(api, documentId);
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [dialogProblem, setDialogProblem] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (detail.message !== null) messageRef.current?.focus();
  }, [detail.message]);

  if (detail.state.status === 'loading') return <Loading />;
  if (detail.state.status === 'error') return <LoadError error={detail.state.error} onRetry={detail.retry} />;
  const reply = detail.state.reply;
  const { document, versions, events, comments, allowed } = reply;
  const may = (action: DocumentAction) => allowed.includes(action);
  const draftLabel = document.revision?.label ?? null;
  const effectiveLabel = document.effectiveVersion?.label ?? null;
  const dialogVersion = (action: DialogAction) =>
    (action === 'confirmReview' || action === 'revise' || action === 'withdraw'
      ? (effectiveLabel ?? draftLabel)
      : (draftLabel ?? effectiveLabel)) ?? '';
  const everApproved = versions.some((version) => version.approvedAt !== null);

  const send = (action: DialogAction, values: DialogValues, etag: string): Promise<DocumentDetailReply> => {
    const versionLabel = dialogVersion(action);
    switch (action) {
      case 'submit':
        return api.submitDocument(documentId, { etag, reasonForChange: values.text });
      case 'approve':
        return api.approveDocument(documentId, {
          etag,
          versionLabel,
          comment: values.text,
          effectiveFrom: values.effectiveFrom === '' ? null : values.effectiveFrom,
          issuingResolution: values.resolution === '' ? null : values.resolution,
        });
      case 'return':
        return api.returnDocument(documentId, { etag, versionLabel, comment: values.text });
      case 'confirmReview':
        return api.reviewDocument(documentId, { etag, outcome: 'confirmed', note: values.text });
      case 'revise':
        return api.reviewDocument(documentId, { etag, outcome: 'revise', note: values.text });
      case 'withdraw':
        return api.withdrawDocument(documentId, { etag, reason: values.text });
    }
  };

  const message = detail.message;
  return (
    <div className={styles.root}>
      <PlaceLink to={{ kind: 'documents' }}>{t('tab.documents.detail.back')}</PlaceLink>
      <Title2 as="h1" className={styles.heading}>
        {t('tab.documents.detail.heading', { code: document.code, title: document.title })}
      </Title2>
      <div ref={messageRef} tabIndex={-1} aria-live="polite">
        {(message !== null || notice !== null) && (
          <MessageBar layout="multiline" intent={message === null ? 'success' : INTENT[message.kind]}>
            <MessageBarBody>{message === null ? notice : messageText(message, t)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {DIALOG_ACTIONS.some(may) || may('edit') ? (
        <section aria-label={t('tab.documents.detail.actions')} className={styles.actions}>
          {may('edit') && (
            <Button onClick={() => go({ kind: 'document', documentId, page: 'edit' })}>
              {t('tab.documents.action.edit')}
            </Button>
          )}
          {DIALOG_ACTIONS.filter(may).map((action) => (
            <Button
              key={action}
              appearance={action === 'approve' || action === 'submit' ? 'primary' : 'secondary'}
              onClick={() => {
                setDialogProblem(null);
                setDialog(action);
              }}
            >
              {t(`tab.documents.action.${action}`)}
            </Button>
          ))}
        </section>
      ) : null}
      {dialog !== null && (
        <ActionDialog
          action={dialog}
          document={document}
          versionLabel={dialogVersion(dialog)}
          reasonRequired={everApproved}
          today={officeToday()}
          problem={dialogProblem}
          onDismiss={() => setDialog(null)}
          onConfirm={async (values) => {
            const outcome = await detail.apply((etag) => send(dialog, values, etag));
            // Stale or refused: the dialog stays with what was typed and says why.
            setDialogProblem(outcome.kind === 'done' ? null : messageText(outcome.message, t));
            return outcome.kind === 'done';
          }}
        />
      )}
      <DetailSection id="document-effective" heading={t('tab.documents.detail.effective')}>
        <EffectiveVersion
          api={api}
          reply={reply}
          onAcknowledge={async (versionLabel) => {
            await detail.apply(() => api.acknowledgeDocument(documentId, { versionLabel }), {
              done: () => ({ kind: 'acknowledged' }),
            });
          }}
        />
      </DetailSection>
      {document.revision !== null && (
        <DetailSection id="document-revision" heading={t('tab.documents.detail.revision')}>
          <RevisionPanel revision={document.revision} />
        </DetailSection>
      )}
      {may('upload') && (
        <DetailSection id="document-upload" heading={t('tab.documents.upload.heading')}>
          <FileUpload
            fileType={document.fileType}
            onUpload={async (upload) => {
              await detail.apply((etag) => api.uploadDocumentFile(documentId, { ...upload, etag }), {
                done: (next) => ({
                  kind: 'uploaded',
                  name: upload.name,
                  version: next.document.revision?.label ?? '',
                }),
                stale: { kind: 'uploadStale' },
                failed: (error) => ({ kind: 'uploadFailed', error }),
              });
            }}
          />
        </DetailSection>
      )}
      {(comments.length > 0 || (may('comment') && draftLabel !== null)) && (
        <DetailSection id="document-comments" heading={t('tab.documents.detail.comments')}>
          <CommentsPanel
            comments={comments}
            draftLabel={may('comment') ? draftLabel : null}
            onSend={async (text) =>
              (
                await detail.apply(
                  () => api.commentDocument(documentId, { versionLabel: draftLabel ?? '', text }),
                  { done: () => ({ kind: 'commentSent' }) },
                )
              ).kind === 'done'
            }
          />
        </DetailSection>
      )}
      {document.requiresAcknowledgement && effectiveLabel !== null && (
        <DocumentRates api={api} documentId={documentId} versionLabel={effectiveLabel} />
      )}
      <DetailSection id="document-facts" heading={t('tab.documents.detail.facts')}>
        <DocumentFacts document={document} />
      </DetailSection>
      <DetailSection id="document-versions" heading={t('tab.documents.detail.versions')}>
        <VersionTable api={api} versions={versions} />
      </DetailSection>
      <DetailSection id="document-history" heading={t('tab.documents.detail.history')}>
        <DocumentHistory events={events} />
      </DetailSection>
    </div>
  );
}
