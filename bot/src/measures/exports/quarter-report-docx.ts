import { safeTextDeep, type Locale } from '@kvalita/core';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { bullets, chapter, note, section, table, texts } from '../../caf/report/report-blocks';
import type { QuarterCounts, QuarterFigures } from './quarter-figures';

export interface QuarterReport {
  readonly locale: Locale;
  readonly officeName: string;
  /** ISO date and time the report was made. */
  readonly generatedAt: string;
  readonly figures: QuarterFigures;
}

/**
 * The quarterly report on measures for the council (.docx), with the self-assessment report's
 * blocks: a title page, the quarter's figures (planned, done, effective, overdue), the same by
 * department, and the overdue measures with their owners.
 */
export async function buildQuarterReportDocx(typed: QuarterReport): Promise<Buffer> {
  const report = safeTextDeep(typed);
  const { t, date } = texts(report);
  const { figures } = report;
  const period = t('measures.quarter.period', {
    quarter: figures.period.quarter,
    year: figures.period.year,
  });
  const numbers = (counts: QuarterCounts) =>
    [counts.planned, counts.done, counts.effective, counts.overdue].map(String);
  const figureNames = (['planned', 'done', 'effective', 'overdue'] as const).map((name) =>
    t(`measures.quarter.figure.${name}`),
  );
  const department = (code: string | null, name: string | null) =>
    name ?? code ?? t('measures.export.noDepartment');

  const children = [
    new Paragraph({
      text: t('measures.quarter.title'),
      heading: HeadingLevel.TITLE,
      spacing: { before: 2400 },
    }),
    new Paragraph({
      children: [new TextRun({ text: report.officeName, bold: true, size: 32 })],
    }),
    new Paragraph({ spacing: { after: 480 }, text: t('measures.quarter.preparedFor') }),
    table(
      [t('measures.quarter.periodLabel'), period],
      [
        ['', `${date(figures.period.from)} – ${date(figures.period.to)}`],
        [t('measures.quarter.generated'), date(report.generatedAt)],
      ],
      [35, 65],
    ),
    chapter(t('measures.quarter.summary.heading')),
    note(t('measures.quarter.summary.basis')),
    ...(figures.totals.planned === 0 ? [note(t('measures.quarter.none'))] : []),
    table(
      [t('measures.quarter.figure'), t('measures.quarter.count')],
      figureNames.map((name, index) => [name, numbers(figures.totals)[index] ?? '']),
      [70, 30],
    ),
    section(t('measures.quarter.departments.heading')),
    table(
      [t('measures.quarter.department'), ...figureNames],
      [
        ...figures.departments.map((row) => [
          department(row.departmentCode, row.departmentName),
          ...numbers(row),
        ]),
        [t('measures.quarter.total'), ...numbers(figures.totals)],
      ],
      [40, 15, 15, 15, 15],
    ),
    section(t('measures.quarter.overdue.heading')),
    ...(figures.overdue.length === 0
      ? bullets([], t('measures.quarter.overdue.none'))
      : [
          table(
            [
              t('measures.export.column.title'),
              t('measures.export.column.department'),
              t('measures.export.column.owner'),
              t('measures.export.column.deadline'),
              t('measures.export.column.status'),
            ],
            figures.overdue.map((measure) => [
              measure.title,
              department(measure.departmentCode, measure.departmentName),
              measure.owner?.displayName ?? t('measures.quarter.noOwner'),
              date(measure.deadline),
              t(`measures.status.${measure.status}`),
            ]),
            [34, 20, 18, 13, 15],
          ),
        ]),
  ];
  const document = new Document({
    creator: 'Kvalita',
    title: `${t('measures.quarter.title')} – ${period}`,
    description: report.officeName,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
