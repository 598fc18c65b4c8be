import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatDateTime, type SurveyResults, type WaveResult } from '@kvalita/core';
import { useCallback, useState } from 'react';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { DataTable } from '../platform/components/DataTable';
import { errorText } from '../platform/components/error-text';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { saveFile } from '../platform/components/save-file';
import { QuestionResultView } from './QuestionResultView';
import { formatNumber, formatPercent, formatSigned, textIn } from './survey-text';
import type { SurveyPageProps } from './surveys.types';
import { TrendChart } from './TrendChart';

export interface SurveyResultsPageProps extends SurveyPageProps {
  readonly surveyKey: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'block', margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
});

/** A survey's results: a wave at a time (latest first), trends across waves, the .xlsx export. */
export function SurveyResultsPage({ api, go, surveyKey }: SurveyResultsPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const load = useCallback(
    (signal: AbortSignal) => api.getSurveyResults(surveyKey, signal),
    [api, surveyKey],
  );
  const results = useLoad(load);
  const [waveNumber, setWaveNumber] = useState<number | null>(null);
  const title =
    results.status === 'ready' ? textIn(locale, results.data.title) : t('tab.surveys.results.heading');
  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        {title}
      </Title2>
      <div>
        <Button onClick={() => go({ kind: 'surveys' })}>{t('tab.surveys.editor.back')}</Button>
      </div>
      {results.status === 'loading' && <Loading />}
      {results.status === 'error' && <LoadError error={results.error} onRetry={results.retry} />}
      {results.status === 'ready' && (
        <Results
          results={results.data}
          waveNumber={waveNumber}
          onWave={setWaveNumber}
          download={() => api.downloadSurveyResults(surveyKey)}
          fileName={`${title}.xlsx`}
        />
      )}
    </div>
  );
}

interface ResultsProps {
  readonly results: SurveyResults;
  readonly waveNumber: number | null;
  readonly onWave: (wave: number) => void;
  readonly download: () => Promise<Blob>;
  readonly fileName: string;
}

function Results({ results, waveNumber, onWave, download, fileName }: ResultsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [exportState, setExportState] = useState<
    { kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string }
  >({ kind: 'idle' });
  // The latest wave with figures first: a wave still taking answers has only its counts.
  const latest =
    results.waves.findLast((item) => !item.inProgress) ?? results.waves[results.waves.length - 1];
  const wave = results.waves.find((item) => item.wave.number === waveNumber) ?? latest;
  const exportFile = async () => {
    setExportState({ kind: 'busy' });
    try {
      saveFile(await download(), fileName);
      setExportState({ kind: 'done' });
    } catch (error) {
      setExportState({ kind: 'error', message: errorText(error, t) });
    }
  };
  const numbered = new Map(
    (wave?.questions ?? results.trends).map((question, index) => [question.key, index + 1] as const),
  );
  return (
    <>
      <div className={styles.bar}>
        {results.waves.length > 0 && (
          <Field label={t('tab.surveys.results.wave')}>
            <Select
              value={String(wave?.wave.number ?? '')}
              onChange={(_event, data) => onWave(Number(data.value))}
            >
              {[...results.waves].reverse().map((item) => (
                <option key={item.wave.number} value={item.wave.number}>
                  {t('tab.surveys.results.waveOption', {
                    number: item.wave.number,
                    opens: formatDateTime(locale, item.wave.opensAt),
                  })}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button disabled={exportState.kind === 'busy'} onClick={() => void exportFile()}>
          {t('tab.surveys.results.export')}
        </Button>
      </div>
      <div role="status">
        {exportState.kind === 'done' && <Text>{t('tab.surveys.results.exported')}</Text>}
        {exportState.kind === 'error' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{exportState.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <p>
        {t('tab.surveys.results.privacy', {
          threshold: results.threshold,
          textThreshold: results.textThreshold,
        })}
      </p>
      {wave === undefined ? (
        <p>{t('tab.surveys.results.noWaves')}</p>
      ) : (
        <WaveSection wave={wave} results={results} numbered={numbered} />
      )}
      {results.trends.length > 0 && results.waves.length > 1 && (
        <section className={styles.section} aria-labelledby="survey-trends">
          <h2 id="survey-trends" className={styles.subheading}>
            {t('tab.surveys.trend.heading')}
          </h2>
          {results.trends.map((trend) => (
            <TrendChart key={trend.key} trend={trend} number={numbered.get(trend.key) ?? 0} />
          ))}
        </section>
      )}
    </>
  );
}

function WaveSection({
  wave,
  results,
  numbered,
}: {
  readonly wave: WaveResult;
  readonly results: SurveyResults;
  readonly numbered: ReadonlyMap<string, number>;
}) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const scaleQuestions = wave.questions.filter(
    (question) => question.type === 'scale5' || question.type === 'scale11',
  );
  const step = results.threshold;
  const rateText = () => {
    if (wave.responseRate === null)
      return t('tab.surveys.results.rateUnknown', { respondents: wave.respondents });
    // A running wave's count is "at least", in steps of the threshold (the service rounds it).
    if (wave.respondentsRounded && wave.respondents === 0)
      return t('tab.surveys.results.rateRunningFew', { invited: wave.invited, step });
    return t(wave.respondentsRounded ? 'tab.surveys.results.rateRunning' : 'tab.surveys.results.rate', {
      respondents: wave.respondents,
      invited: wave.invited,
      rate: formatPercent(locale, wave.responseRate),
      step,
    });
  };
  return (
    <section className={styles.section} aria-labelledby="survey-wave">
      <h2 id="survey-wave" className={styles.subheading}>
        {t('tab.surveys.results.waveHeading', {
          number: wave.wave.number,
          opens: formatDateTime(locale, wave.wave.opensAt),
          closes: formatDateTime(locale, wave.wave.closesAt),
        })}
      </h2>
      <p>{rateText()}</p>
      {wave.inProgress ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('tab.surveys.results.waveInProgress', { date: formatDateTime(locale, wave.wave.closesAt) })}
          </MessageBarBody>
        </MessageBar>
      ) : wave.hidden ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {wave.differencing
              ? t('tab.surveys.results.waveWithheld', {
                  title: textIn(locale, wave.differencing.title),
                  threshold: results.threshold,
                })
              : t('tab.surveys.results.waveHidden', { threshold: results.threshold })}
          </MessageBarBody>
        </MessageBar>
      ) : (
        wave.questions.map((question) => (
          <QuestionResultView
            key={question.key}
            result={question}
            number={numbered.get(question.key) ?? 0}
            threshold={results.threshold}
            textThreshold={results.textThreshold}
          />
        ))
      )}
      {wave.departments.length > 0 && (
        <DataTable
          caption={t('tab.surveys.results.departments')}
          columns={[
            t('tab.surveys.results.department'),
            t('tab.surveys.results.respondents'),
            ...scaleQuestions.map((question) =>
              t(
                question.type === 'scale11'
                  ? 'tab.surveys.results.columnEnps'
                  : 'tab.surveys.results.columnAverage',
                {
                  number: numbered.get(question.key) ?? 0,
                },
              ),
            ),
          ]}
          numericColumns={[1, ...scaleQuestions.map((_, index) => index + 2)]}
          rows={wave.departments.map((department) => ({
            key: department.code,
            header: department.name,
            cells: [
              department.hidden
                ? t('tab.surveys.results.groupHidden')
                : String(department.respondents ?? '—'),
              ...scaleQuestions.map((question) => {
                if (department.hidden) return '—';
                const figure = department.questions.find((item) => item.key === question.key);
                if (figure === undefined) return '—';
                return question.type === 'scale11'
                  ? formatSigned(locale, figure.enps)
                  : formatNumber(locale, figure.average, 2);
              }),
            ],
          }))}
        />
      )}
      {wave.differencing?.scope === 'departments' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {t('tab.surveys.results.departmentsWithheld', {
              title: textIn(locale, wave.differencing.title),
              threshold: results.threshold,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {wave.departments.some((department) => department.hidden) && (
        <p>{t('tab.surveys.results.groupsHiddenNote', { threshold: results.threshold })}</p>
      )}
    </section>
  );
}
