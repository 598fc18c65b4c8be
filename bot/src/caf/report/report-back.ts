import { Paragraph } from 'docx';
import { chapter, note, section, statusText, table, texts, type Block } from './report-blocks';
import type { ReportMeasure, SelfAssessmentReport } from './report.types';

/** Chapter 4: which cycle the changes are measured against, by name and dates, and the change per subcriterion. */
export function comparisonChapter(report: SelfAssessmentReport): Block[] {
  const { t, score, delta, date, period } = texts(report);
  const previous = report.previousCycle;
  if (!previous) return [chapter(t('report.comparison.heading')), new Paragraph(t('report.comparison.none'))];
  const compared = report.changes.filter((change) => change.current !== null || change.previous !== null);
  return [
    chapter(t('report.comparison.heading')),
    new Paragraph(
      t('report.comparison.with', {
        name: previous.name,
        period: period(previous.startDate, previous.endDate),
        approvedBy: previous.approval?.approvedBy ?? '–',
        approvedAt: previous.approval ? date(previous.approval.approvedAt) : '–',
      }),
    ),
    note(t(previous.chosen ? 'report.comparison.chosen' : 'report.comparison.rule')),
    table(
      [
        t('report.comparison.subcriterion'),
        t('report.comparison.previous'),
        t('report.comparison.current'),
        t('report.results.change'),
      ],
      compared.map((change) => [
        change.code,
        score(change.previous),
        score(change.current),
        delta(change.delta),
      ]),
      [25, 25, 25, 25],
    ),
  ];
}

/** Subcriterion, measure, owner, deadline, status: the measure's title gets the room. */
const MEASURE_WIDTHS = [17, 31, 18, 14, 20];

function measureRows(report: SelfAssessmentReport, measures: readonly ReportMeasure[]): string[][] {
  const { date } = texts(report);
  return measures.map((measure) => [
    measure.subcriterionCode ?? '',
    measure.title,
    measure.ownerName ?? '',
    measure.deadline ? date(measure.deadline) : '',
    statusText(report, measure),
  ]);
}

function measureHeader(report: SelfAssessmentReport): string[] {
  const { t } = texts(report);
  return [
    t('report.comparison.subcriterion'),
    t('report.plan.measure'),
    t('report.plan.owner'),
    t('report.plan.deadline'),
    t('report.plan.status'),
  ];
}

/** Chapter 5: the improvement plan drawn from the areas for improvement. */
export function planChapter(report: SelfAssessmentReport): Block[] {
  const { t } = texts(report);
  return [
    chapter(t('report.plan.heading')),
    new Paragraph(t('report.plan.intro')),
    report.measures.length === 0
      ? note(t('report.next.noMeasures'))
      : table(measureHeader(report), measureRows(report, report.measures), MEASURE_WIDTHS),
  ];
}

/**
 * The annex: the Kvalita surveys marked as evidence, the previous cycle's measures (what was done
 * since is evidence for this assessment) and the documents the team linked, each with its subcriteria.
 */
export function annexChapter(report: SelfAssessmentReport): Block[] {
  const { t, date } = texts(report);
  const documents = report.subcriteria.flatMap((entry) =>
    entry.evidence.map((link) => [entry.code, link.title, link.url]),
  );
  return [
    chapter(t('report.annex.heading')),
    section(t('report.annex.surveys')),
    report.surveyEvidence.length === 0
      ? note(t('report.annex.noSurveys'))
      : table(
          [
            t('report.annex.survey'),
            t('report.annex.subcriteria'),
            t('report.annex.waves'),
            t('report.annex.lastWave'),
          ],
          report.surveyEvidence.map((survey) => [
            survey.title,
            survey.subcriteria.join(', '),
            String(survey.waves),
            date(survey.lastWaveOpensAt),
          ]),
          [46, 18, 18, 18],
        ),
    ...(report.previousCycle
      ? [
          section(t('report.annex.measures', { name: report.previousCycle.name })),
          report.previousMeasures.length === 0
            ? note(t('report.annex.noMeasures'))
            : table(measureHeader(report), measureRows(report, report.previousMeasures), MEASURE_WIDTHS),
        ]
      : []),
    section(t('report.annex.documents')),
    documents.length === 0
      ? note(t('report.annex.noDocuments'))
      : table(
          [t('report.comparison.subcriterion'), t('report.annex.document'), t('report.annex.address')],
          documents,
          [17, 33, 50],
        ),
    ...documentsInForceSection(report),
  ];
}

/** "Platné řízené dokumenty": the controlled documents in force on the report's date, by code. */
function documentsInForceSection(report: SelfAssessmentReport): Block[] {
  const inForce = report.documentsInForce;
  if (!inForce) return [];
  const { t, date } = texts(report);
  return [
    section(t('documents.report.inForce.title')),
    new Paragraph(`${t('documents.report.inForce.intro')} (${date(inForce.onDate)})`),
    inForce.documents.length === 0
      ? note(t('documents.report.inForce.none'))
      : table(
          [
            t('documents.report.inForce.column.code'),
            t('documents.report.inForce.column.title'),
            t('documents.report.inForce.column.kind'),
            t('documents.report.inForce.column.version'),
            t('documents.report.inForce.column.effectiveFrom'),
          ],
          inForce.documents.map((document) => [
            document.code,
            document.title,
            t(`documents.export.kind.${document.kind}`),
            document.versionLabel,
            date(document.effectiveFrom),
          ]),
          [14, 42, 18, 10, 16],
        ),
  ];
}
