import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { ModalDialog } from '../../platform/components/ModalDialog';

export interface SubmitScoresProps {
  readonly scored: number;
  readonly total: number;
  readonly onSubmit: () => Promise<void>;
}

/** Submitting is final, so it asks first and says how much is scored. */
export function SubmitScores({ scored, total, onSubmit }: SubmitScoresProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
      setOpen(false);
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button appearance="primary" onClick={() => setOpen(true)}>
        {t('tab.caf.submit.button')}
      </Button>
      {open && (
        <ModalDialog
          title={t('tab.caf.submit.title')}
          onDismiss={() => setOpen(false)}
          actions={
            <>
              <Button onClick={() => setOpen(false)}>{t('tab.caf.cancel')}</Button>
              <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
                {t('tab.caf.submit.confirm')}
              </Button>
            </>
          }
        >
          <p>{t('tab.caf.submit.progress', { scored, total })}</p>
          <p>{t('tab.caf.submit.final')}</p>
          {error !== null && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
        </ModalDialog>
      )}
    </>
  );
}
