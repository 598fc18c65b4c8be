import {
  Button,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { MEASURE_TRANSITIONS, type MeasureTransition } from '@kvalita/core';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { EffectivenessForm } from './EffectivenessForm';
import { MeasureFacts } from './MeasureFacts';
import type { MeasureDetailPageProps } from './MeasureDetailPage.types';
import { MeasureSteps, MeasureTimeline } from './MeasureTimeline';
import { ProgressForm } from './ProgressForm';
import { TransitionDialog } from './TransitionDialog';
import { useMeasureDetail } from './use-measure-detail';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'block', margin: 0 },
  subheading: { ...typographyStyles.subtitle1, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type OpenForm = 'progress' | 'effectiveness' | null;

/** A measure: every field, its steps, its history, and what the reply allows the person to do. */
export function MeasureDetailPage({ api, go, measureId, notice }: MeasureDetailPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const detail = useMeasureDetail(api, measureId);
  const [form, setForm] = useState<OpenForm>(null);
  const [transition, setTransition] = useState<MeasureTransition | null>(null);
  // A move sent on a stale measure: the dialog stays open, with its reason, and says so.
  const [dialogStale, setDialogStale] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (detail.message !== null) messageRef.current?.focus();
  }, [detail.message]);

  if (detail.state.status === 'loading') return <Loading />;
  if (detail.state.status === 'error') return <LoadError error={detail.state.error} onRetry={detail.retry} />;
  const { measure, updates, allowed } = detail.state.reply;
  const may = (action: (typeof allowed)[number]) => allowed.includes(action);
  const message = detail.message ?? (notice === null ? null : ({ kind: 'notice' } as const));

  return (
    <div className={styles.root}>
      <PlaceLink to={{ kind: 'measures', departmentCode: null }}>{t('tab.measures.detail.back')}</PlaceLink>
      <Title2 as="h1" className={styles.heading}>
        {measure.title}
      </Title2>
      <div ref={messageRef} tabIndex={-1} aria-live="polite">
        {message !== null && (
          <MessageBar
            layout="multiline"
            intent={message.kind === 'stale' ? 'warning' : message.kind === 'error' ? 'error' : 'success'}
          >
            <MessageBarBody>
              {message.kind === 'notice'
                ? notice
                : message.kind === 'saved'
                  ? t('tab.measures.detail.saved')
                  : message.kind === 'stale'
                    ? t('tab.measures.detail.stale')
                    : errorText('error' in message ? message.error : null, t)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {allowed.length > 0 && (
        <section aria-label={t('tab.measures.detail.actions')} className={styles.actions}>
          {may('edit') && (
            <Button onClick={() => go({ kind: 'measure', measureId, page: 'edit' })}>
              {t('tab.measures.action.edit')}
            </Button>
          )}
          {may('reportProgress') && (
            <Button appearance="primary" onClick={() => setForm('progress')}>
              {t('tab.measures.action.reportProgress')}
            </Button>
          )}
          {may('checkEffectiveness') && (
            <Button appearance="primary" onClick={() => setForm('effectiveness')}>
              {t('tab.measures.action.checkEffectiveness')}
            </Button>
          )}
          {MEASURE_TRANSITIONS.filter((move) => may(move)).map((move) => (
            <Button
              key={move}
              onClick={() => {
                setDialogStale(false);
                setTransition(move);
              }}
            >
              {t(`tab.measures.action.${move}`)}
            </Button>
          ))}
        </section>
      )}
      {form === 'progress' && (
        <ProgressForm
          measure={measure}
          onCancel={() => setForm(null)}
          onSubmit={async (report) =>
            (await detail.apply((etag) => api.reportMeasureProgress(measureId, { etag, ...report }))) ===
            'done'
          }
        />
      )}
      {form === 'effectiveness' && (
        <EffectivenessForm
          measure={measure}
          onCancel={() => setForm(null)}
          onSubmit={async (check) =>
            (await detail.apply((etag) => api.checkMeasureEffectiveness(measureId, { etag, ...check }))) ===
            'done'
          }
        />
      )}
      {transition !== null && (
        <TransitionDialog
          transition={transition}
          onDismiss={() => setTransition(null)}
          problem={dialogStale ? t('tab.measures.detail.stale') : null}
          onConfirm={async (reason) => {
            const outcome = await detail.apply((etag) =>
              api.transitionMeasure(measureId, { etag, transition, reason }),
            );
            setDialogStale(outcome === 'stale');
            return outcome !== 'stale';
          }}
        />
      )}
      <MeasureFacts measure={measure} />
      <h2 className={styles.subheading}>{t('tab.measures.detail.steps')}</h2>
      <MeasureSteps steps={measure.steps} />
      <h2 className={styles.subheading}>{t('tab.measures.detail.timeline')}</h2>
      <MeasureTimeline updates={updates} />
    </div>
  );
}
