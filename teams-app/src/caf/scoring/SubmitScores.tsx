import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { ModalDialog } from '../../platform/components/ModalDialog';

export interface SubmitScoresProps {
  readonly scored: number;
  readonly total: number;
  /** The subcriteria not scored yet, in the model's order. */
  readonly missing: readonly { readonly code: string; readonly title: string }[];
  /** Opens a subcriterion (from the list of those not scored). */
  readonly onJump: (code: string) => void;
  readonly onSubmit: () => Promise<void>;
}

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: {
    margin: 0,
    paddingInlineStart: 0,
    listStyleType: 'none',
    maxHeight: '40vh',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: { justifyContent: 'flex-start', textAlign: 'start', minWidth: 0, width: '100%' },
});

/**
 * Submitting is final, so it asks first and says how much is scored; what is not scored yet is
 * named, each subcriterion a button that closes the dialog and opens it.
 */
export function SubmitScores({ scored, total, missing, onJump, onSubmit }: SubmitScoresProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const missingId = useId();
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
          {missing.length > 0 && (
            <>
              <h3 id={missingId} className={styles.heading}>
                {t('tab.caf.submit.missing', { count: missing.length })}
              </h3>
              <p>{t('tab.caf.submit.missingHint')}</p>
              <ul className={styles.list} aria-labelledby={missingId}>
                {missing.map(({ code, title }) => (
                  <li key={code}>
                    <Button
                      appearance="subtle"
                      size="small"
                      className={styles.item}
                      onClick={() => {
                        setOpen(false);
                        onJump(code);
                      }}
                    >
                      {t('tab.caf.scoring.subcriterion', { code, title })}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
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
