import {
  formatDate,
  roundScore,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@kvalita/core';
import type { TableOfContents } from 'docx';
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportMeasure, SelfAssessmentReport } from './report.types';

/** The building blocks every chapter of the report uses; one file per chapter keeps each readable. */
export type Block = Paragraph | Table | TableOfContents;

const numberTag = (locale: Locale) => (locale === 'cs' ? 'cs-CZ' : 'en-GB');

export function texts(report: Pick<SelfAssessmentReport, 'locale'>) {
  const t = (key: MessageKey, params?: MessageParams) => translate(report.locale, key, params);
  const date = (iso: string) => formatDate(report.locale, iso);
  const period = (start: string, end: string) => `${date(start)} – ${date(end)}`;
  const score = (value: number | null) =>
    value === null
      ? t('report.results.notScored')
      : roundScore(value).toLocaleString(numberTag(report.locale));
  /** A change with its sign, so a rise reads as one: +15, −4, 0. */
  const delta = (value: number | null) => {
    if (value === null) return '–';
    const rounded = roundScore(value);
    const text = Math.abs(rounded).toLocaleString(numberTag(report.locale));
    return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
  };
  return { t, date, period, score, delta };
}

/** A chapter starts on a new page, so the contents' page numbers point at its first line. */
export const chapter = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_1, pageBreakBefore: true, keepNext: true });
/** Headings keep with what follows them, so none ends a page alone (nor the chart's its chart). */
export const section = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_2, keepNext: true });
export const subsection = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_3, keepNext: true });
export const label = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
export const note = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });

/** The text width of an A4 page with the default 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });

/**
 * A table with a header row that repeats on every page it runs over. `widths` are the columns'
 * shares of the page in percent (equal when not given), so a title column is not squeezed.
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  widths: readonly number[] = header.map(() => 100 / header.length),
): Table {
  const columns = widths.map((percent) => Math.round((TEXT_WIDTH * percent) / 100));
  const row = (texts: readonly string[], bold: boolean) =>
    texts.map((text, index) => cell(text, columns[index] ?? 0, bold));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    rows: [
      new TableRow({ tableHeader: true, children: row(header, true) }),
      ...rows.map((texts) => new TableRow({ cantSplit: true, children: row(texts, false) })),
    ],
  });
}

export function bullets(items: readonly string[], none: string): Paragraph[] {
  if (items.length === 0) return [note(none)];
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

/** "Uzavřeno, účinné": the status, with the effectiveness check's outcome once there is one. */
export function statusText(report: SelfAssessmentReport, measure: ReportMeasure): string {
  const { t } = texts(report);
  const status = t(`measures.status.${measure.status}`);
  if (measure.effective === null) return status;
  return `${status}, ${t(measure.effective ? 'report.measure.effective' : 'report.measure.notEffective')}`;
}
