import { CAF_2020_CRITERIA, localizeModel, roundScore } from '@kvalita/core';
import { Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import { chapter, note, section, table, texts, type Block } from './report-blocks';
import type { SelfAssessmentReport } from './report.types';

const ENABLER_COLOUR = '2F5597';
const RESULT_COLOUR = '548235';
const PREVIOUS_COLOUR = 'A5A5A5';

/** Scores as the tables write them (one decimal), so the chart's labels read the same. */
const rounded = (value: number | null) => (value === null ? null : roundScore(value));

/** The mean change of a criterion's subcriteria scored in both cycles; null when none is. */
function criterionChange(report: SelfAssessmentReport, number: number): number | null {
  const codes = new Set(
    CAF_2020_CRITERIA.find((criterion) => criterion.number === number)?.subcriteria.map((s) => s.code),
  );
  const deltas = report.changes
    .filter((change) => codes.has(change.code))
    .flatMap((change) => (change.delta === null ? [] : [change.delta]));
  return deltas.length === 0 ? null : deltas.reduce((sum, delta) => sum + delta, 0) / deltas.length;
}

/**
 * Criterion scores as a native Word chart (a chart part with its data in an embedded workbook, so
 * Word's "Edit Data" works and LibreOffice draws it too), this cycle beside the previous one.
 */
function criteriaChart(report: SelfAssessmentReport): Paragraph {
  const { t } = texts(report);
  const model = localizeModel(report.locale);
  const criteria = report.results.criteria;
  const categories = criteria.map(
    (criterion) =>
      `${criterion.number}. ${model.find((candidate) => candidate.number === criterion.number)?.title ?? ''}`,
  );
  const series = [
    {
      name: t('report.results.chartThisCycle'),
      values: criteria.map((criterion) => rounded(criterion.score)),
      color: ENABLER_COLOUR,
      colors: criteria.map((criterion) => (criterion.kind === 'enabler' ? ENABLER_COLOUR : RESULT_COLOUR)),
    },
    ...(report.previousCycle
      ? [
          {
            name: report.previousCycle.name,
            values: criteria.map((criterion) => rounded(report.previousCriteria[criterion.number] ?? null)),
            color: PREVIOUS_COLOUR,
          },
        ]
      : []),
  ];
  return new Paragraph({
    children: [
      new ChartRun({
        type: 'bar',
        categories,
        series,
        // Criterion 1 at the top, as the table above reads, with the scale still along the bottom.
        categoryAxis: { reverseOrder: true },
        valueAxis: { minimum: 0, maximum: 100, interval: 20, crossesAt: 'maximum' },
        dataLabels: { value: true },
        legend: { position: 'bottom' },
        transformation: { width: 600, height: 380 },
      }),
    ],
  });
}

/** How many subcriteria the summary names as the highest and the lowest scored. */
const EXTREMES = 3;

/**
 * The highest and the lowest scored subcriteria, "3.2 Rozvíjet … (30)", for the summary; each
 * subcriterion in one list only, so a report with few scores does not name one as both.
 */
function extremes(report: SelfAssessmentReport): { highest: string[]; lowest: string[] } {
  const { score } = texts(report);
  const titles = new Map(
    localizeModel(report.locale).flatMap((criterion) =>
      criterion.subcriteria.map((subcriterion) => [subcriterion.code, subcriterion.title] as const),
    ),
  );
  const scored = report.subcriteria
    .flatMap((entry) => (entry.score === null ? [] : [{ code: entry.code, score: entry.score }]))
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code, 'en', { numeric: true }));
  const name = (entry: { code: string; score: number }) =>
    `${entry.code} ${titles.get(entry.code) ?? ''} (${score(entry.score)})`;
  const count = Math.min(EXTREMES, Math.floor(scored.length / 2));
  return {
    highest: scored.slice(0, count).map(name),
    lowest: scored
      .slice(scored.length - count)
      .reverse()
      .map(name),
  };
}

/** Chapter 1: the overall and per-criterion scores, the change since the previous cycle, the chart. */
export function summaryChapter(report: SelfAssessmentReport): Block[] {
  const { t, score, delta, period } = texts(report);
  const model = localizeModel(report.locale);
  const { results, previousCycle } = report;
  const scored = results.criteria.reduce((sum, criterion) => sum + criterion.scored, 0);
  const total = results.criteria.reduce((sum, criterion) => sum + criterion.total, 0);
  const { highest, lowest } = extremes(report);
  const comparison = previousCycle
    ? results.overall !== null && report.previousOverall !== null
      ? t('report.summary.change', {
          name: previousCycle.name,
          period: period(previousCycle.startDate, previousCycle.endDate),
          delta: delta(results.overall - report.previousOverall),
        })
      : t('report.summary.noChange', {
          name: previousCycle.name,
          period: period(previousCycle.startDate, previousCycle.endDate),
        })
    : t('report.comparison.none');
  return [
    chapter(t('report.summary.heading')),
    ...(results.complete ? [] : [note(t('report.results.incomplete', { scored, total }))]),
    new Paragraph(
      results.overall === null
        ? t('report.summary.noScores')
        : t('report.summary.overall', {
            overall: score(results.overall),
            enablers: score(results.enablers),
            results: score(results.results),
          }),
    ),
    ...(highest.length === 0
      ? []
      : [
          new Paragraph(t('report.summary.highest', { list: highest.join('; ') })),
          new Paragraph(t('report.summary.lowest', { list: lowest.join('; ') })),
        ]),
    new Paragraph(comparison),
    new Paragraph(t('report.summary.measures', { count: report.measures.length })),
    section(t('report.summary.byCriterion')),
    table(
      [t('report.results.criterion'), t('report.results.score'), t('report.results.change')],
      [
        ...results.criteria.map((criterion) => [
          `${criterion.number}. ${model.find((candidate) => candidate.number === criterion.number)?.title ?? ''}`,
          score(criterion.score),
          delta(criterionChange(report, criterion.number)),
        ]),
        [t('report.results.enablers'), score(results.enablers), ''],
        [t('report.results.results'), score(results.results), ''],
        [t('report.results.overall'), score(results.overall), ''],
      ],
      [56, 20, 24],
    ),
    section(t('report.results.chart')),
    criteriaChart(report),
  ];
}
