import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PHASE_ENTRY, nextPhase } from '@kvalita/core';
import { useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { ModalDialog } from '../../platform/components/ModalDialog';
import { useI18n } from '../../platform/i18n/i18n-context';
import { FeedbackLink } from '../parts/FeedbackLink';
import type { NextPhaseProps } from './CyclePage.types';
import type { AdvanceOutcome } from './use-cycle';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  note: { margin: 0 },
});

/**
 * The step into the next phase, when the reply allows it: a button and a dialog that says what the
 * step does; the release has its own page (the statement to confirm). A stale cycle is reloaded.
 */
export function NextPhase({ reply, advance }: NextPhaseProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AdvanceOutcome | null>(null);
  const { cycle } = reply;
  const next = nextPhase(cycle.phase);
  if (next === null || !reply.allowed.includes(PHASE_ENTRY[next])) return null;
  if (next === 'released')
    return (
      <div className={styles.root}>
        <FeedbackLink to={{ page: 'cycle', cycleId: cycle.id, section: 'release' }}>
          {t('tab.feedback.cycle.toRelease')}
        </FeedbackLink>
      </div>
    );
  const go = async () => {
    setBusy(true);
    const result = await advance(next);
    setBusy(false);
    setAsking(false);
    setOutcome(result);
  };
  return (
    <div className={styles.root}>
      <Button appearance="primary" onClick={() => setAsking(true)}>
        {t(`tab.feedback.cycle.advance.${next}`)}
      </Button>
      <div role="status">
        {outcome?.kind === 'done' && <p className={styles.note}>{t('tab.feedback.cycle.advanced')}</p>}
        {outcome?.kind === 'stale' && <p className={styles.note}>{t('tab.feedback.cycle.stale')}</p>}
      </div>
      {outcome?.kind === 'failed' && (
        <p role="alert" className={styles.error}>
          {errorText(outcome.error, t)}
        </p>
      )}
      {asking && (
        <ModalDialog
          title={t(`tab.feedback.cycle.advance.${next}`)}
          onDismiss={() => setAsking(false)}
          actions={
            <>
              <Button appearance="primary" disabled={busy} onClick={() => void go()}>
                {t('tab.feedback.cycle.confirm')}
              </Button>
              <Button onClick={() => setAsking(false)}>{t('tab.feedback.form.cancel')}</Button>
            </>
          }
        >
          <p className={styles.note}>{t(`tab.feedback.cycle.explain.${next}`)}</p>
        </ModalDialog>
      )}
    </div>
  );
}
