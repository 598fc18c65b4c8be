import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatDateTime, mayAuthorSurveys, type MessageKey, type SurveySummary } from '@kvalita/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { DataTable } from '../platform/components/DataTable';
import { PlaceLink } from '../platform/navigation/PlaceLink';
import { ModalDialog } from '../platform/components/ModalDialog';
import { errorText } from '../platform/components/error-text';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { textIn } from './survey-text';
import type { SurveyPageProps } from './surveys.types';

export interface SurveyListPageProps extends SurveyPageProps {
  readonly notice: MessageKey | null;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'block', margin: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Every survey, newest first: status, waves, evidence; the quality manager's actions. */
export function SurveyListPage({ api, me, go, notice }: SurveyListPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const load = useCallback((signal: AbortSignal) => api.listSurveys(signal), [api]);
  const surveys = useLoad(load);
  const [closing, setClosing] = useState<SurveySummary | null>(null);
  const [message, setMessage] = useState<{ intent: 'success' | 'error'; text: string } | null>(
    notice === null ? null : { intent: 'success', text: t(notice) },
  );
  const messageRef = useRef<HTMLDivElement>(null);
  const author = mayAuthorSurveys(me.roles);

  useEffect(() => {
    // After an action on another page (saved, published, deleted) focus lands on its confirmation.
    if (notice !== null) messageRef.current?.focus();
  }, [notice]);

  const close = async (survey: SurveySummary) => {
    try {
      await api.closeSurvey(survey.key, survey.etag);
      setMessage({ intent: 'success', text: t('tab.surveys.list.closed') });
      surveys.retry();
    } catch (error) {
      setMessage({ intent: 'error', text: errorText(error, t) });
    } finally {
      setClosing(null);
      requestAnimationFrame(() => messageRef.current?.focus());
    }
  };

  const title = (survey: SurveySummary) => textIn(locale, survey.title);
  const waveText = (survey: SurveySummary) =>
    survey.openWave === null
      ? '—'
      : t('tab.surveys.list.openWaveValue', {
          number: survey.openWave.number,
          closes: formatDateTime(locale, survey.openWave.closesAt),
        });
  const nextText = (survey: SurveySummary) =>
    survey.nextWave === null
      ? '—'
      : t('tab.surveys.list.nextWaveValue', {
          number: survey.nextWave.number,
          opens: formatDateTime(locale, survey.nextWave.opensAt),
        });

  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        {t('tab.surveys.list.heading')}
      </Title2>
      <div ref={messageRef} tabIndex={-1} role="status">
        {message !== null && (
          <MessageBar intent={message.intent} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {author && (
        <div>
          <Button appearance="primary" onClick={() => go({ kind: 'newSurvey' })}>
            {t('tab.surveys.list.new')}
          </Button>
        </div>
      )}
      {surveys.status === 'loading' && <Loading />}
      {surveys.status === 'error' && <LoadError error={surveys.error} onRetry={surveys.retry} />}
      {surveys.status === 'ready' &&
        (surveys.data.length === 0 ? (
          <p>{t('tab.surveys.list.empty')}</p>
        ) : (
          <DataTable
            caption={t('tab.surveys.list.caption')}
            columns={[
              t('tab.surveys.list.title'),
              t('tab.surveys.list.status'),
              t('tab.surveys.list.recurrence'),
              t('tab.surveys.list.openWave'),
              t('tab.surveys.list.nextWave'),
              t('tab.surveys.list.questions'),
              t('tab.surveys.list.evidence'),
              t('tab.surveys.list.actions'),
            ]}
            numericColumns={[5]}
            rows={surveys.data.map((survey) => ({
              key: survey.key,
              header:
                survey.status === 'draft' && !author ? (
                  title(survey)
                ) : (
                  <PlaceLink
                    to={{
                      kind: 'survey',
                      surveyKey: survey.key,
                      page: survey.status === 'draft' ? 'edit' : 'results',
                    }}
                  >
                    {title(survey)}
                  </PlaceLink>
                ),
              cells: [
                <Badge
                  key="status"
                  appearance="outline"
                  color={survey.status === 'open' ? 'success' : 'informative'}
                >
                  {t(`tab.surveys.status.${survey.status}`)}
                </Badge>,
                t(`tab.surveys.recurrence.${survey.recurrence}`),
                waveText(survey),
                nextText(survey),
                String(survey.questionCount),
                survey.evidenceFor.length === 0 ? (
                  '—'
                ) : (
                  <span key="evidence" className={styles.badges}>
                    {survey.evidenceFor.map((code) => (
                      <Badge key={code} appearance="tint" color="brand">
                        {t('tab.surveys.list.evidenceBadge', { code })}
                      </Badge>
                    ))}
                  </span>
                ),
                <span key="actions" className={styles.actions}>
                  {author && survey.status === 'draft' && (
                    <Button
                      size="small"
                      aria-label={t('tab.surveys.list.edit', { title: title(survey) })}
                      onClick={() => go({ kind: 'survey', surveyKey: survey.key, page: 'edit' })}
                    >
                      {t('tab.surveys.list.editShort')}
                    </Button>
                  )}
                  {survey.status !== 'draft' && (
                    <Button
                      size="small"
                      aria-label={t('tab.surveys.list.results', { title: title(survey) })}
                      onClick={() => go({ kind: 'survey', surveyKey: survey.key, page: 'results' })}
                    >
                      {t('tab.surveys.list.resultsShort')}
                    </Button>
                  )}
                  {author && (survey.status === 'scheduled' || survey.status === 'open') && (
                    <Button
                      size="small"
                      aria-label={t('tab.surveys.list.close', { title: title(survey) })}
                      onClick={() => setClosing(survey)}
                    >
                      {t('tab.surveys.list.closeShort')}
                    </Button>
                  )}
                </span>,
              ],
            }))}
          />
        ))}
      {closing !== null && (
        <ModalDialog
          title={t('tab.surveys.close.title')}
          onDismiss={() => setClosing(null)}
          actions={
            <>
              <Button appearance="primary" onClick={() => void close(closing)}>
                {t('tab.surveys.close.confirm')}
              </Button>
              <Button onClick={() => setClosing(null)}>{t('tab.caf.cancel')}</Button>
            </>
          }
        >
          <p>{t('tab.surveys.close.body', { title: title(closing) })}</p>
        </ModalDialog>
      )}
    </div>
  );
}
