import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { DOCUMENT_LIMITS } from '@kvalita/core';
import { useState } from 'react';
import { ModalDialog } from '../../platform/components/ModalDialog';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { ActionDialogProps, DialogValues } from './ActionDialog.types';

/** Issuing bodies whose documents are issued by a resolution (the approver records it). */
const BY_RESOLUTION = new Set(['mayor', 'council', 'assembly']);

const TEXT_LABEL = {
  submit: 'tab.documents.dialog.submit.reason',
  approve: 'tab.documents.dialog.approve.comment',
  return: 'tab.documents.dialog.return.comment',
  confirmReview: 'tab.documents.dialog.review.note',
  revise: 'tab.documents.dialog.review.note',
  withdraw: 'tab.documents.dialog.withdraw.reason',
} as const;

/** Asks before a workflow step, says what it changes, and takes the step's fields. */
export function ActionDialog({
  action,
  document,
  versionLabel,
  reasonRequired,
  today,
  onConfirm,
  onDismiss,
  problem,
}: ActionDialogProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<DialogValues>({
    text: '',
    effectiveFrom: '',
    resolution: document.issuingResolution ?? '',
  });
  const [errors, setErrors] = useState<{ text?: string; effectiveFrom?: string }>({});
  const [busy, setBusy] = useState(false);
  const textRequired =
    action === 'return' || action === 'withdraw' || (action === 'submit' && reasonRequired);
  const confirm = async () => {
    const found: { text?: string; effectiveFrom?: string } = {};
    if (textRequired && values.text.trim() === '') found.text = t('tab.documents.dialog.required');
    if (action === 'approve' && values.effectiveFrom !== '' && values.effectiveFrom < today)
      found.effectiveFrom = t('tab.documents.dialog.approve.pastDate');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const close = await onConfirm({
      ...values,
      text: values.text.trim(),
      resolution: values.resolution.trim(),
    });
    setBusy(false);
    if (close) onDismiss();
  };
  const set = (change: Partial<DialogValues>) => setValues((old) => ({ ...old, ...change }));
  return (
    <ModalDialog
      title={t(`tab.documents.dialog.${action}.title`, { version: versionLabel })}
      onDismiss={onDismiss}
      actions={
        <>
          <Button onClick={onDismiss}>{t('tab.documents.dialog.back')}</Button>
          <Button appearance="primary" disabled={busy} onClick={() => void confirm()}>
            {t('tab.documents.dialog.confirm')}
          </Button>
        </>
      }
    >
      <p>{t(`tab.documents.dialog.${action}.body`)}</p>
      {problem !== null && <p role="alert">{problem}</p>}
      {action === 'approve' && (
        <Field
          label={t('tab.documents.dialog.approve.effectiveFrom')}
          validationMessage={errors.effectiveFrom}
        >
          <Input
            type="date"
            min={today}
            value={values.effectiveFrom}
            onChange={(_e, data) => set({ effectiveFrom: data.value })}
          />
        </Field>
      )}
      {action === 'approve' && BY_RESOLUTION.has(document.issuingBody) && (
        <Field label={t('tab.documents.dialog.approve.resolution')}>
          <Input
            value={values.resolution}
            maxLength={DOCUMENT_LIMITS.resolution}
            onChange={(_e, data) => set({ resolution: data.value })}
          />
        </Field>
      )}
      <Field label={t(TEXT_LABEL[action])} required={textRequired} validationMessage={errors.text}>
        <Textarea
          value={values.text}
          maxLength={
            action === 'approve' || action === 'return' ? DOCUMENT_LIMITS.comment : DOCUMENT_LIMITS.reason
          }
          onChange={(_e, data) => set({ text: data.value })}
        />
      </Field>
    </ModalDialog>
  );
}
