import { LOCALES, translate, type Locale, type MessageKey } from '@kvalita/core';

/*
 * The layout of a competency model's workbook, shared by the export and the import so one reads
 * what the other writes. Sheet "Škála" (Scale): the model's name and description, then the five
 * anchors under a header row. Sheet "Kompetence" (Competencies): a header row, then one row per
 * behaviour with its group and competency repeated, so rows can be sorted, filtered and moved in
 * Excel. Names follow the workbook's language; the import knows both.
 */

export const SCALE_SHEET: MessageKey = 'feedback.export.sheet.scale';
export const COMPETENCIES_SHEET: MessageKey = 'feedback.export.sheet.competencies';
export const MODEL_NAME_LABEL: MessageKey = 'feedback.export.modelName';
export const MODEL_DESCRIPTION_LABEL: MessageKey = 'feedback.export.modelDescription';

/** Scale sheet rows: name (1), description (2), header (4), anchors from 5. */
export const SCALE_ROWS = { name: 1, description: 2, header: 4, firstAnchor: 5 } as const;

export const SCALE_COLUMNS = ['point', 'label', 'description'] as const;
export const COMPETENCY_COLUMNS = [
  'groupKey',
  'group',
  'competencyKey',
  'competency',
  'definition',
  'behaviourKey',
  'behaviour',
] as const;
export type CompetencyColumn = (typeof COMPETENCY_COLUMNS)[number];

export const columnKey = (column: string) => `feedback.export.column.${column}` as MessageKey;

/** A text in every language the import accepts, compared case- and space-insensitively. */
export function namesOf(key: MessageKey): Set<string> {
  return new Set(LOCALES.map((locale: Locale) => comparable(translate(locale, key))));
}

export const comparable = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Excel's column letter of a 1-based column number (up to Z: the layout has 7). */
export const columnLetter = (column: number) => String.fromCharCode(64 + column);
