import {
  safeTextDeep,
  translate,
  type CompetencyModelDraft,
  type Locale,
  type MessageKey,
} from '@kvalita/core';
import ExcelJS from 'exceljs';
import {
  COMPETENCIES_SHEET,
  COMPETENCY_COLUMNS,
  MODEL_DESCRIPTION_LABEL,
  MODEL_NAME_LABEL,
  SCALE_COLUMNS,
  SCALE_ROWS,
  SCALE_SHEET,
  columnKey,
} from './model-sheets';

/**
 * A competency model version as an .xlsx workbook (model-sheets.ts says the layout) in the
 * caller's language, which POST /api/feedback/models/import reads back into the same model. Texts
 * pass `safeText` first (a character XML cannot hold makes a workbook Excel refuses to open) and
 * are written as text cells, never as formulas.
 */
export async function modelWorkbook(typed: CompetencyModelDraft, locale: Locale): Promise<Buffer> {
  const model = safeTextDeep(typed);
  const t = (key: MessageKey) => translate(locale, key);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvalita';

  const scale = workbook.addWorksheet(t(SCALE_SHEET));
  scale.getCell(SCALE_ROWS.name, 1).value = t(MODEL_NAME_LABEL);
  scale.getCell(SCALE_ROWS.name, 2).value = model.name;
  scale.getCell(SCALE_ROWS.description, 1).value = t(MODEL_DESCRIPTION_LABEL);
  scale.getCell(SCALE_ROWS.description, 2).value = model.description;
  scale.getCell(SCALE_ROWS.description, 2).alignment = { wrapText: true, vertical: 'top' };
  const header = scale.getRow(SCALE_ROWS.header);
  header.values = SCALE_COLUMNS.map((column) => t(columnKey(column)));
  header.font = { bold: true };
  scale.getCell(SCALE_ROWS.name, 1).font = { bold: true };
  scale.getCell(SCALE_ROWS.description, 1).font = { bold: true };
  model.scale.forEach((anchor, index) => {
    scale.getRow(SCALE_ROWS.firstAnchor + index).values = [anchor.point, anchor.label, anchor.description];
  });
  scale.columns.forEach((column, index) => {
    column.width = [20, 24, 80][index] ?? 20;
  });

  const sheet = workbook.addWorksheet(t(COMPETENCIES_SHEET));
  sheet.addRow(COMPETENCY_COLUMNS.map((column) => t(columnKey(column)))).font = { bold: true };
  for (const group of model.groups)
    for (const competency of group.competencies)
      for (const behaviour of competency.behaviours)
        sheet.addRow([
          group.key,
          group.name,
          competency.key,
          competency.name,
          competency.definition,
          behaviour.key,
          behaviour.text,
        ]);
  sheet.columns.forEach((column, index) => {
    column.width = [16, 28, 18, 28, 60, 16, 70][index] ?? 20;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COMPETENCY_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
