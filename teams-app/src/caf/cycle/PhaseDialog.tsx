import { Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { CAF_LIMITS } from '@kvalita/core';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { ModalDialog } from '../../platform/components/ModalDialog';

export interface PhaseDialogProps {
  readonly title: string;
  /** What the change does, in sentences. */
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** A text the person writes: a required reason, or an optional comment; none when left out. */
  readonly note?: { readonly label: string; readonly required: boolean };
  /** Why the change cannot be made now, when already known: shown, and nothing to confirm. */
  readonly blocked?: string;
  /** Sends the change; a refusal stays in the dialog, with the service's reason. */
  readonly onConfirm: (note: string) => Promise<void>;
  readonly onClose: () => void;
}

/**
 * Asks before a cycle changes phase or its report is decided, saying what the change does; a
 * reason, when required, must be written first. The service's refusal is shown in the dialog.
 */
export function PhaseDialog({
  title,
  children,
  confirmLabel,
  note,
  blocked,
  onConfirm,
  onClose,
}: PhaseDialogProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirm = async () => {
    if (note?.required && text.trim() === '') {
      setMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm(text.trim());
      onClose();
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog
      title={title}
      onDismiss={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('tab.caf.cancel')}</Button>
          {blocked === undefined && (
            <Button appearance="primary" disabled={busy} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
          )}
        </>
      }
    >
      {children}
      {blocked !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{blocked}</MessageBarBody>
        </MessageBar>
      )}
      {note && blocked === undefined && (
        <Field
          label={note.label}
          required={note.required}
          validationState={missing ? 'error' : 'none'}
          validationMessage={missing ? t('tab.caf.phase.reasonRequired') : undefined}
        >
          <Textarea
            value={text}
            maxLength={CAF_LIMITS.phaseNote}
            resize="vertical"
            onChange={(_event, data) => {
              setText(data.value);
              if (data.value.trim() !== '') setMissing(false);
            }}
          />
        </Field>
      )}
      {failure !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </ModalDialog>
  );
}
