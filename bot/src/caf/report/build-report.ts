import { safeTextDeep, translate } from '@kvalita/core';
import { Document, Footer, Packer, Paragraph } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { contents, pageFooter, titlePage } from './report-front';
import { summaryChapter } from './report-summary';
import { processChapter } from './report-process';
import { subcriteriaChapter } from './report-subcriteria';
import { annexChapter, comparisonChapter, planChapter } from './report-back';
import type { SelfAssessmentReport } from './report.types';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The self-assessment report as a Word document (.docx), in the report's language, in the order
 * EIPA recommends: title page, contents, summary, the organisation and the process, the
 * subcriteria, the comparison with the previous cycle, the improvement plan, the annex of evidence.
 * Page numbers in the footer from page 2; the contents' page numbers are worked out when it is built.
 * Every text typed into the report (names, consensus texts, evidence, measures) passes `safeText`
 * first: one character XML cannot hold made the whole document one Word refuses to open.
 */
export async function buildReportDocx(typed: SelfAssessmentReport): Promise<Buffer> {
  const report = safeTextDeep(typed);
  const document = new Document({
    creator: 'Kvalita',
    title: `${translate(report.locale, 'report.title')} – ${report.cycle.name}`,
    description: report.officeName,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    // Page numbers of the contents worked out now, and Word asked to refresh them when it opens the file.
    pageNumbers: estimatePageNumbers,
    features: { updateFields: true },
    sections: [
      {
        properties: { titlePage: true },
        footers: { default: pageFooter(report), first: new Footer({ children: [new Paragraph('')] }) },
        children: [
          ...titlePage(report),
          ...contents(report),
          ...summaryChapter(report),
          ...processChapter(report),
          ...subcriteriaChapter(report),
          ...comparisonChapter(report),
          ...planChapter(report),
          ...annexChapter(report),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
