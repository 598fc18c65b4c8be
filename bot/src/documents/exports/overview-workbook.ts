import {
  safeTextDeep,
  translate,
  type DocumentOverviewReply,
  type DocumentSummary,
  type Locale,
  type MessageKey,
} from '@kvalita/core';
import ExcelJS from 'exceljs';
import { excelDate } from '../../measures/exports/register-workbook';

type Cell = string | number | Date | null;

const DATE_FORMAT: Readonly<Record<Locale, string>> = { cs: 'd.m.yyyy', en: 'dd/mm/yyyy' };

/**
 * The quality manager's overview as an .xlsx workbook: a sheet each for the approvals waiting, the
 * reviews due or overdue, and the acknowledgement rates by document and by department, in the
 * caller's language, dates as Excel dates and rates as percentages. Texts pass `safeText` first
 * (a character XML cannot hold makes a workbook Excel refuses to open).
 */
export async function overviewWorkbook(typed: DocumentOverviewReply, locale: Locale): Promise<Buffer> {
  const overview = safeTextDeep(typed);
  const t = (key: string) => translate(locale, key as MessageKey);
  const yesNo = (value: boolean) => t(value ? 'documents.export.yes' : 'documents.export.no');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvalita';

  const documentColumns = [
    'code',
    'title',
    'kind',
    'status',
    'version',
    'effectiveFrom',
    'nextReviewDate',
    'reviewOverdue',
    'owner',
    'revision',
  ] as const;
  const documentRow = (row: DocumentSummary): Cell[] => [
    row.code,
    row.title,
    t(`documents.export.kind.${row.kind}`),
    t(`documents.export.status.${row.status}`),
    row.versionLabel ?? t('documents.export.none'),
    excelDate(row.effectiveFrom),
    excelDate(row.nextReviewDate),
    yesNo(row.reviewOverdue),
    row.owner?.displayName ?? null,
    row.revisionStatus === null
      ? t('documents.export.none')
      : t(`documents.export.status.${row.revisionStatus}`),
  ];
  const sheet = (
    name: string,
    columns: readonly string[],
    rows: readonly Cell[][],
    dates: number[],
    rates: number[],
  ) => {
    const added = workbook.addWorksheet(t(`documents.export.sheet.${name}`));
    added.addRow(columns.map((column) => t(`documents.export.column.${column}`))).font = { bold: true };
    for (const row of rows) added.addRow(row);
    for (const index of dates) added.getColumn(index + 1).numFmt = DATE_FORMAT[locale];
    for (const index of rates) added.getColumn(index + 1).numFmt = '0%';
    added.columns.forEach((column, index) => {
      column.width = index === 1 ? 44 : 16;
    });
    added.views = [{ state: 'frozen', ySplit: 1 }];
    added.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  };
  const dateColumns = [documentColumns.indexOf('effectiveFrom'), documentColumns.indexOf('nextReviewDate')];
  sheet('awaitingApproval', documentColumns, overview.awaitingApproval.map(documentRow), dateColumns, []);
  sheet('reviewsDue', documentColumns, overview.reviewsDue.map(documentRow), dateColumns, []);
  const rate = (audience: number, acknowledged: number) => (audience === 0 ? null : acknowledged / audience);
  sheet(
    'byDocument',
    ['code', 'title', 'version', 'audience', 'acknowledged', 'rate'],
    overview.acknowledgementsByDocument.map((row) => [
      row.code,
      row.title,
      row.versionLabel,
      row.audience,
      row.acknowledged,
      rate(row.audience, row.acknowledged),
    ]),
    [],
    [5],
  );
  sheet(
    'byDepartment',
    ['department', 'audience', 'acknowledged', 'rate'],
    overview.acknowledgementsByDepartment.map((row) => [
      row.departmentName,
      row.audience,
      row.acknowledged,
      rate(row.audience, row.acknowledged),
    ]),
    [],
    [3],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
