import { safeTextDeep, translate, type Locale, type MeasureSummary, type MessageKey } from '@kvalita/core';
import ExcelJS from 'exceljs';

type Cell = string | number | Date | null;

/** A calendar date (YYYY-MM-DD) as the date Excel shows, without a time zone shifting its day. */
export function excelDate(iso: string | null): Date | null {
  if (!iso) return null;
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return null;
  return new Date(Date.UTC(year, month - 1, day));
}

/** How each language writes a date in a cell. */
const DATE_FORMAT: Readonly<Record<Locale, string>> = { cs: 'd.m.yyyy', en: 'dd/mm/yyyy' };

/**
 * The filtered register as an .xlsx workbook: one sheet, a row per measure with every field of the
 * register's row in the caller's language, dates as Excel dates, departments by name. Texts pass
 * `safeText` first (a character XML cannot hold makes a workbook Excel refuses to open).
 */
export async function registerWorkbook(typed: readonly MeasureSummary[], locale: Locale): Promise<Buffer> {
  const summaries = safeTextDeep(typed);
  const t = (key: string) => translate(locale, key as MessageKey);
  const yesNo = (value: boolean) => t(value ? 'measures.export.yes' : 'measures.export.no');
  const columns = [
    'id',
    'title',
    'kind',
    'status',
    'phase',
    'priority',
    'origin',
    'subcriterion',
    'cycle',
    'department',
    'owner',
    'deadline',
    'checkDate',
    'progress',
    'effective',
    'overdue',
    'modified',
  ] as const;
  const rows = summaries.map((measure): Cell[] => [
    measure.id,
    measure.title,
    t(`measures.kind.${measure.kind}`),
    t(`measures.status.${measure.status}`),
    t(`measures.export.phase.${measure.phase}`),
    t(`measures.export.priority.${measure.priority}`),
    t(`measures.export.origin.${measure.origin}`),
    measure.subcriterionCode,
    measure.cycleId,
    measure.departmentName ?? measure.departmentCode ?? t('measures.export.noDepartment'),
    measure.owner?.displayName ?? null,
    excelDate(measure.deadline),
    excelDate(measure.checkDate),
    measure.progress / 100,
    measure.effective === null ? t('measures.export.notChecked') : yesNo(measure.effective),
    yesNo(measure.overdue),
    excelDate(measure.modifiedAt),
  ]);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvalita';
  const sheet = workbook.addWorksheet(t('measures.export.sheet'));
  sheet.addRow(columns.map((name) => t(`measures.export.column.${name}`))).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const at = (name: (typeof columns)[number]) => columns.indexOf(name) + 1;
  for (const name of ['deadline', 'checkDate', 'modified'] as const)
    sheet.getColumn(at(name)).numFmt = DATE_FORMAT[locale];
  sheet.getColumn(at('progress')).numFmt = '0%';
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 9 : index === 1 ? 48 : 18;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
