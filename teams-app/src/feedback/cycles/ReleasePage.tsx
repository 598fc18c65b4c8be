import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import type { ReleasePageProps } from './ReleasePage.types';
import { useCycle, type AdvanceOutcome } from './use-cycle';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  text: { margin: 0 },
});

/**
 * The release of a closed cycle's reports. It says plainly that the results are development
 * feedback, not an appraisal for pay, and who will read which report; the coordinator confirms
 * that in a checkbox before the release (the service refuses a release without it).
 */
export function ReleasePage({ api, go, cycleId }: ReleasePageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, retry, advance } = useCycle(api, cycleId);
  const [confirmed, setConfirmed] = useState(false);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<AdvanceOutcome | null>(null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={retry} />;
  const { cycle, allowed, progress } = state.reply;
  const release = async () => {
    if (!confirmed) return setMissing(true);
    setBusy(true);
    const result = await advance('released', true);
    setBusy(false);
    if (result.kind === 'done')
      go({ page: 'cycle', cycleId, section: 'overview' }, 'tab.feedback.release.done');
    else setOutcome(result);
  };
  return (
    <PageFrame
      heading={t('tab.feedback.release.heading', { name: cycle.name })}
      actions={
        <FeedbackLink to={{ page: 'cycle', cycleId, section: 'overview' }}>
          {t('tab.feedback.load.back')}
        </FeedbackLink>
      }
    >
      <div className={styles.root}>
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{t('tab.feedback.release.notPayTitle')}</MessageBarTitle>
            {t('tab.feedback.release.notPay')}
          </MessageBarBody>
        </MessageBar>
        <ul className={styles.list}>
          <li>{t('tab.feedback.release.readers')}</li>
          <li>{t('tab.feedback.release.anonymity', { threshold: cycle.thresholds.group })}</li>
          <li>
            {t('tab.feedback.release.counts', {
              subjects: progress.subjects,
              withGroups: progress.reportsWithGroups,
              done: progress.formsDone,
              forms: progress.forms,
            })}
          </li>
        </ul>
        {cycle.phase === 'released' ? (
          <p className={styles.text}>{t('tab.feedback.release.already')}</p>
        ) : !allowed.includes('release') ? (
          <p className={styles.text}>
            {t('tab.feedback.release.notYet', { phase: t(`tab.feedback.phase.${cycle.phase}`) })}
          </p>
        ) : (
          <>
            <Checkbox
              label={t('tab.feedback.release.confirm')}
              checked={confirmed}
              aria-describedby={missing && !confirmed ? 'release-missing' : undefined}
              onChange={(_e, data) => {
                setConfirmed(data.checked === true);
                setMissing(false);
              }}
            />
            {missing && !confirmed && (
              <p id="release-missing" role="alert" className={styles.error}>
                {t('tab.feedback.release.confirmFirst')}
              </p>
            )}
            <div>
              <Button appearance="primary" disabled={busy} onClick={() => void release()}>
                {t('tab.feedback.release.button')}
              </Button>
            </div>
            <div role="status">{outcome?.kind === 'stale' && t('tab.feedback.cycle.stale')}</div>
            {outcome?.kind === 'failed' && (
              <p role="alert" className={styles.error}>
                {errorText(outcome.error, t)}
              </p>
            )}
          </>
        )}
      </div>
    </PageFrame>
  );
}
