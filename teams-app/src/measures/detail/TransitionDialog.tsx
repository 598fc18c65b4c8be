import { Button, Field, Textarea } from '@fluentui/react-components';
import { MEASURE_LIMITS } from '@kvalita/core';
import { useState } from 'react';
import { ModalDialog } from '../../platform/components/ModalDialog';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { TransitionDialogProps } from './TransitionDialog.types';

/** Asks before a lifecycle move, saying what changes; a cancel needs its reason. */
export function TransitionDialog({ transition, onConfirm, onDismiss, problem }: TransitionDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const needsReason = transition === 'cancel';
  const confirm = async () => {
    if (needsReason && reason.trim() === '') {
      setError(t('tab.measures.transition.reasonRequired'));
      return;
    }
    setBusy(true);
    const close = await onConfirm(reason.trim());
    setBusy(false);
    if (close) onDismiss();
  };
  return (
    <ModalDialog
      title={t(`tab.measures.transition.${transition}.title`)}
      onDismiss={onDismiss}
      actions={
        <>
          <Button onClick={onDismiss}>{t('tab.measures.transition.back')}</Button>
          <Button appearance="primary" disabled={busy} onClick={() => void confirm()}>
            {t('tab.measures.transition.confirm')}
          </Button>
        </>
      }
    >
      <p>{t(`tab.measures.transition.${transition}.body`)}</p>
      {problem !== null && <p role="alert">{problem}</p>}
      <Field
        label={t(needsReason ? 'tab.measures.transition.reason' : 'tab.measures.transition.comment')}
        required={needsReason}
        validationMessage={error}
      >
        <Textarea
          value={reason}
          maxLength={MEASURE_LIMITS.reason}
          onChange={(_e, data) => {
            setReason(data.value);
            setError(undefined);
          }}
        />
      </Field>
    </ModalDialog>
  );
}
