import { AlignmentType, Footer, HeadingLevel, PageNumber, Paragraph, TableOfContents, TextRun } from 'docx';
import { table, texts, type Block } from './report-blocks';
import type { SelfAssessmentReport } from './report.types';

/** The title page: what the document is, whose, for which cycle, and whether it is approved. */
export function titlePage(report: SelfAssessmentReport): Block[] {
  const { t, date, period } = texts(report);
  const status = report.approval
    ? t('report.status.approved', {
        name: report.approval.approvedBy,
        date: date(report.approval.approvedAt),
      })
    : t('report.status.draft');
  return [
    new Paragraph({ text: t('report.title'), heading: HeadingLevel.TITLE, spacing: { before: 2400 } }),
    new Paragraph({
      spacing: { after: 480 },
      children: [new TextRun({ text: report.officeName, bold: true, size: 32 })],
    }),
    table(
      [t('report.cycle'), report.cycle.name],
      [
        [t('report.period'), period(report.cycle.startDate, report.cycle.endDate)],
        [t('report.status'), status],
        [t('report.generated'), date(report.generatedAt)],
      ],
      [35, 65],
    ),
  ];
}

/**
 * The table of contents as a TOC field over headings 1–3, written filled in (entries and page
 * numbers worked out when the document is built), so it reads the same in Word, LibreOffice and a
 * PDF before anyone updates it; Word refreshes it on its own when the fields are updated.
 */
export function contents(report: SelfAssessmentReport): Block[] {
  const { t } = texts(report);
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { after: 240 },
      children: [new TextRun({ text: t('report.toc.heading'), bold: true, size: 32 })],
    }),
    new TableOfContents(t('report.toc.heading'), { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

/** "Strana 3 z 12": the sentence of the catalogue with its placeholders as PAGE and NUMPAGES fields. */
export function pageFooter(report: SelfAssessmentReport): Footer {
  const { t } = texts(report);
  const sentence = t('report.footer.page', { page: '\u0000PAGE\u0000', pages: '\u0000PAGES\u0000' });
  const children = sentence
    .split('\u0000')
    .filter((part) => part.length > 0)
    .map((part) =>
      part === 'PAGE'
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === 'PAGES'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}
