import { translate } from '@kvalita/core';
import { Document, Packer } from 'docx';
import {
  coverSection,
  detailSection,
  methodSection,
  nextStepsSection,
  resultsSection,
  teamSection,
} from './report-sections';
import type { SelfAssessmentReport } from './report.types';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The self-assessment report as a Word document (.docx), in the report's language. */
export async function buildReportDocx(report: SelfAssessmentReport): Promise<Buffer> {
  const document = new Document({
    creator: 'Kvalita',
    title: `${translate(report.locale, 'report.title')} – ${report.cycle.name}`,
    description: report.officeName,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        children: [
          ...coverSection(report),
          ...teamSection(report),
          ...methodSection(report),
          ...resultsSection(report),
          ...detailSection(report),
          ...nextStepsSection(report),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
