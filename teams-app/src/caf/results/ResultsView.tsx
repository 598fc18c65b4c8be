import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import type { CycleViewProps } from '../CafSection.types';
import { formatDelta, formatScore } from '../caf-text';
import { DataTable } from '../../platform/components/DataTable';
import { CreateMeasureFlow } from '../plan/CreateMeasureFlow';
import type { MeasureRequest } from '../plan/MeasureDialog.types';
import { useModelIndex } from '../../platform/components/use-model-index';
import { Comparison } from './Comparison';
import { ReportActions } from './ReportActions';
import { ScoreChart, type ChartBar } from './ScoreChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  finding: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlockEnd: tokens.spacingVerticalS,
  },
  preLine: { whiteSpace: 'pre-line' },
});

/** The consensus results: scores per criterion and overall, change since last time, findings, report. */
export function ResultsView({ api, me, cycle, reload }: CycleViewProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const model = useModelIndex();
  const [measure, setMeasure] = useState<MeasureRequest | null>(null);
  const load = useCallback((signal: AbortSignal) => api.getResults(cycle.id, signal), [api, cycle.id]);
  const view = useLoad(load);
  if (view.status === 'loading') return <Loading />;
  if (view.status === 'error') return <LoadError error={view.error} onRetry={view.retry} />;
  const { results, changes, previousCycleName, subcriteria, measureCounts } = view.data;
  const criterionTitle = (number: number) =>
    model.criteria.find((criterion) => criterion.number === number)?.title ?? String(number);
  const bars: ChartBar[] = [
    ...results.criteria.map((criterion) => ({
      label: t('tab.caf.results.criterionShort', { number: criterion.number }),
      description: t('tab.model.criterion', {
        number: criterion.number,
        title: criterionTitle(criterion.number),
      }),
      value: criterion.score,
      group: criterion.kind,
    })),
    {
      label: t('tab.caf.results.enablers'),
      description: t('tab.caf.results.enablers'),
      value: results.enablers,
      group: 'total' as const,
    },
    {
      label: t('tab.caf.results.results'),
      description: t('tab.caf.results.results'),
      value: results.results,
      group: 'total' as const,
    },
    {
      label: t('tab.caf.results.overall'),
      description: t('tab.caf.results.overall'),
      value: results.overall,
      group: 'total' as const,
    },
  ];
  const scored = results.criteria.reduce((sum, criterion) => sum + criterion.scored, 0);
  const total = results.criteria.reduce((sum, criterion) => sum + criterion.total, 0);
  return (
    <div className={styles.root}>
      <ReportActions api={api} me={me} cycle={cycle} onApproved={reload} />
      <section aria-labelledby="results-scores">
        <h2 id="results-scores" className={styles.heading}>
          {t('tab.caf.results.scoresHeading')}
        </h2>
        <p>
          {t('tab.caf.results.summary', {
            overall: formatScore(locale, results.overall),
            enablers: formatScore(locale, results.enablers),
            results: formatScore(locale, results.results),
          })}
        </p>
        {!results.complete && <p>{t('tab.caf.results.incomplete', { scored, total })}</p>}
        <ScoreChart id="results-chart" title={t('tab.caf.results.chartTitle')} bars={bars} />
        <p>{t('tab.caf.results.legend')}</p>
        <DataTable
          caption={t('tab.caf.results.tableCaption')}
          columns={[
            t('tab.caf.results.criterion'),
            t('tab.caf.results.group'),
            t('tab.caf.results.score'),
            t('tab.caf.results.scored'),
          ]}
          numericColumns={[2]}
          rows={bars.map((bar, index) => ({
            key: bar.label,
            header: bar.description,
            cells: [
              t(
                bar.group === 'enabler'
                  ? 'tab.caf.results.groupEnabler'
                  : bar.group === 'result'
                    ? 'tab.caf.results.groupResult'
                    : 'tab.caf.results.groupTotal',
              ),
              bar.value === null ? t('tab.caf.results.notScored') : formatScore(locale, bar.value),
              results.criteria[index] === undefined
                ? ''
                : `${results.criteria[index]?.scored ?? 0}/${results.criteria[index]?.total ?? 0}`,
            ],
          }))}
        />
      </section>
      <section aria-labelledby="results-changes">
        <h2 id="results-changes" className={styles.heading}>
          {t('tab.caf.results.changesHeading')}
        </h2>
        <Comparison api={api} cycle={cycle} view={view.data} onSaved={view.retry} />
        {previousCycleName !== null && (
          <DataTable
            caption={t('tab.caf.results.changesCaption', { name: previousCycleName })}
            columns={[
              t('tab.caf.results.subcriterion'),
              t('tab.caf.results.previous'),
              t('tab.caf.results.current'),
              t('tab.caf.results.change'),
            ]}
            numericColumns={[1, 2, 3]}
            rows={changes.map((change) => ({
              key: change.code,
              header: `${change.code} ${model.byCode.get(change.code)?.title ?? ''}`,
              cells: [
                formatScore(locale, change.previous),
                formatScore(locale, change.current),
                formatDelta(locale, change.delta),
              ],
            }))}
          />
        )}
      </section>
      <section aria-labelledby="results-measures">
        <h2 id="results-measures" className={styles.heading}>
          {t('tab.caf.results.measuresHeading')}
        </h2>
        {measureCounts.every((row) => row.planned === 0) ? (
          <p>{t('tab.caf.results.noMeasures')}</p>
        ) : (
          <DataTable
            caption={t('tab.caf.results.measuresCaption')}
            columns={[
              t('tab.caf.results.criterion'),
              t('tab.caf.results.planned'),
              t('tab.caf.results.done'),
              t('tab.caf.results.effective'),
            ]}
            numericColumns={[1, 2, 3]}
            rows={measureCounts.map((row) => ({
              key: String(row.criterion),
              header: t('tab.model.criterion', {
                number: row.criterion,
                title: criterionTitle(row.criterion),
              }),
              cells: [String(row.planned), String(row.done), String(row.effective)],
            }))}
          />
        )}
      </section>
      <section aria-labelledby="results-findings">
        <h2 id="results-findings" className={styles.heading}>
          {t('tab.caf.results.findingsHeading')}
        </h2>
        {subcriteria.length === 0 && <p>{t('tab.caf.results.noFindings')}</p>}
        {subcriteria.map((item) => (
          <article
            key={item.code}
            className={styles.finding}
            aria-labelledby={`finding-${item.code.replace('.', '-')}`}
          >
            <h3 id={`finding-${item.code.replace('.', '-')}`} className={styles.subheading}>
              {t('tab.caf.results.findingTitle', {
                code: item.code,
                title: model.byCode.get(item.code)?.title ?? '',
                score: formatScore(locale, item.score),
              })}
            </h3>
            <p className={styles.preLine}>
              <strong>{t('tab.caf.texts.strengths')}:</strong> {item.strengths || t('tab.caf.results.none')}
            </p>
            <p className={styles.preLine}>
              <strong>{t('tab.caf.texts.areas')}:</strong>{' '}
              {item.areasForImprovement || t('tab.caf.results.none')}
            </p>
            {cycle.permissions.createMeasures && item.areasForImprovement.trim() !== '' && (
              <Button
                size="small"
                aria-label={t('tab.caf.measure.createFor', { code: item.code })}
                onClick={() =>
                  setMeasure({ subcriterionCode: item.code, description: item.areasForImprovement })
                }
              >
                {t('tab.caf.measure.create')}
              </Button>
            )}
          </article>
        ))}
      </section>
      <CreateMeasureFlow api={api} cycleId={cycle.id} request={measure} onClose={() => setMeasure(null)} />
    </div>
  );
}
