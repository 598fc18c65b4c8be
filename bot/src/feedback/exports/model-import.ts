import {
  FEEDBACK_LIMITS,
  FeedbackInvalidError,
  type CompetencyModelDraft,
  type MessageKey,
  type RatingPoint,
} from '@kvalita/core';
import { competencyModelDraftSchema } from '@kvalita/core/schemas';
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
  columnLetter,
  comparable,
  namesOf,
  type CompetencyColumn,
} from './model-sheets';

/** Where a value came from in the workbook, to name it in an error. */
interface Place {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** At most this many problems are listed (a wholly wrong file would list every cell). */
const MAX_PROBLEMS = 25;
/** Rows read from the competencies sheet: a model has at most 40 behaviours; more is not a model. */
const MAX_ROWS = FEEDBACK_LIMITS.behavioursPerModel * 5;

const textOf = (cell: ExcelJS.Cell | undefined): string => {
  if (!cell || cell.value === null || cell.value === undefined) return '';
  return typeof cell.value === 'string' ? cell.value : cell.text;
};

/**
 * A competency model from an .xlsx workbook as the export writes it (model-sheets.ts), in either
 * language. Everything is read and checked before anything is stored: each problem is named by
 * sheet, cell and column ("Kompetence!G5 (Pozorovatelné chování): required"), the model's rules
 * (core model-rules.ts, through the request schema) included, and one bad row refuses the file.
 */
export async function readModelWorkbook(bytes: Uint8Array): Promise<CompetencyModelDraft> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new FeedbackInvalidError('importFile', 'not an .xlsx workbook');
  }
  const find = (key: MessageKey) =>
    workbook.worksheets.find((sheet) => namesOf(key).has(comparable(sheet.name)));
  const scale = find(SCALE_SHEET);
  const competencies = find(COMPETENCIES_SHEET);
  if (!scale || !competencies)
    throw new FeedbackInvalidError(
      'importFile',
      'the sheets Škála (Scale) and Kompetence (Competencies) are needed',
    );

  const problems: string[] = [];
  const places = new Map<string, Place>();
  const header = (sheet: ExcelJS.Worksheet, column: number, row: number) =>
    textOf(sheet.getRow(row).getCell(column)) || columnLetter(column);
  const problem = (place: Place, message: string) => {
    const sheet = place.sheet === scale.name ? scale : competencies;
    const headerRow = sheet === scale ? SCALE_ROWS.header : 1;
    const label = place.row > headerRow ? ` (${header(sheet, place.column, headerRow)})` : '';
    problems.push(`${place.sheet}!${columnLetter(place.column)}${place.row}${label}: ${message}`);
  };

  // Scale: the labels say where the name and description are; the header row says the columns.
  const labelled = (row: number, key: MessageKey) =>
    namesOf(key).has(comparable(textOf(scale.getRow(row).getCell(1))));
  if (
    !labelled(SCALE_ROWS.name, MODEL_NAME_LABEL) ||
    !labelled(SCALE_ROWS.description, MODEL_DESCRIPTION_LABEL)
  )
    throw new FeedbackInvalidError(
      'importFile',
      `${scale.name}: A1 and A2 name the model's name and description`,
    );
  const scaleColumns = columnsOf(scale.getRow(SCALE_ROWS.header), SCALE_COLUMNS);
  if (scaleColumns.missing.length > 0)
    throw new FeedbackInvalidError(
      'importFile',
      `${scale.name} row ${SCALE_ROWS.header} lacks: ${scaleColumns.missing.join(', ')}`,
    );
  const name = textOf(scale.getRow(SCALE_ROWS.name).getCell(2));
  const description = textOf(scale.getRow(SCALE_ROWS.description).getCell(2));
  places.set('name', { sheet: scale.name, row: SCALE_ROWS.name, column: 2 });
  places.set('description', { sheet: scale.name, row: SCALE_ROWS.description, column: 2 });
  places.set('scale', { sheet: scale.name, row: SCALE_ROWS.header, column: 1 });
  const anchors: { point: RatingPoint; label: string; description: string }[] = [];
  for (let row = SCALE_ROWS.firstAnchor; row < SCALE_ROWS.firstAnchor + 20; row++) {
    const cells = scale.getRow(row);
    const values = SCALE_COLUMNS.map((column) => textOf(cells.getCell(scaleColumns.at[column])).trim());
    if (values.every((value) => value === '')) continue;
    const index = anchors.length;
    const at = (column: (typeof SCALE_COLUMNS)[number]) => ({
      sheet: scale.name,
      row,
      column: scaleColumns.at[column],
    });
    places.set(`scale.${index}`, at('point'));
    for (const column of SCALE_COLUMNS) places.set(`scale.${index}.${column}`, at(column));
    const point = Number(values[0]);
    if (!Number.isInteger(point) || point < 1 || point > 5)
      problem(at('point'), 'a point is a whole number 1–5');
    anchors.push({ point: point as RatingPoint, label: values[1] ?? '', description: values[2] ?? '' });
  }

  // Competencies: one row per behaviour, its group and competency named on each row.
  const columns = columnsOf(competencies.getRow(1), COMPETENCY_COLUMNS);
  if (columns.missing.length > 0)
    throw new FeedbackInvalidError(
      'importFile',
      `${competencies.name} row 1 lacks: ${columns.missing.join(', ')}`,
    );
  places.set('groups', { sheet: competencies.name, row: 1, column: 1 });
  interface Building {
    key: string;
    name: string;
    row: number;
    competencies: {
      key: string;
      name: string;
      definition: string;
      row: number;
      behaviours: { key: string; text: string }[];
    }[];
  }
  const groups: Building[] = [];
  const last = Math.min(competencies.rowCount, MAX_ROWS + 1);
  for (let row = 2; row <= last; row++) {
    const cells = competencies.getRow(row);
    const value = (column: CompetencyColumn) => textOf(cells.getCell(columns.at[column])).trim();
    if (COMPETENCY_COLUMNS.every((column) => value(column) === '')) continue;
    const at = (column: CompetencyColumn): Place => ({
      sheet: competencies.name,
      row,
      column: columns.at[column],
    });
    for (const column of ['groupKey', 'competencyKey', 'behaviourKey', 'behaviour'] as const)
      if (value(column) === '') problem(at(column), 'required');
    let group = groups.find((candidate) => candidate.key === value('groupKey'));
    if (!group) {
      group = { key: value('groupKey'), name: value('group'), row, competencies: [] };
      groups.push(group);
      const g = groups.length - 1;
      places.set(`groups.${g}`, at('groupKey'));
      places.set(`groups.${g}.key`, at('groupKey'));
      places.set(`groups.${g}.name`, at('group'));
      places.set(`groups.${g}.competencies`, at('competencyKey'));
    } else if (value('group') !== '' && value('group') !== group.name) {
      problem(at('group'), `differs from row ${group.row} of the same group key`);
    }
    const g = groups.indexOf(group);
    let competency = group.competencies.find((candidate) => candidate.key === value('competencyKey'));
    if (!competency) {
      competency = {
        key: value('competencyKey'),
        name: value('competency'),
        definition: value('definition'),
        row,
        behaviours: [],
      };
      group.competencies.push(competency);
      const base = `groups.${g}.competencies.${group.competencies.length - 1}`;
      places.set(base, at('competencyKey'));
      places.set(`${base}.key`, at('competencyKey'));
      places.set(`${base}.name`, at('competency'));
      places.set(`${base}.definition`, at('definition'));
      places.set(`${base}.behaviours`, at('behaviourKey'));
    } else {
      for (const column of ['competency', 'definition'] as const) {
        const stored = column === 'competency' ? competency.name : competency.definition;
        if (value(column) !== '' && value(column) !== stored)
          problem(at(column), `differs from row ${competency.row} of the same competency key`);
      }
    }
    const c = group.competencies.indexOf(competency);
    competency.behaviours.push({ key: value('behaviourKey'), text: value('behaviour') });
    const base = `groups.${g}.competencies.${c}.behaviours.${competency.behaviours.length - 1}`;
    places.set(base, at('behaviourKey'));
    places.set(`${base}.key`, at('behaviourKey'));
    places.set(`${base}.text`, at('behaviour'));
  }
  if (competencies.rowCount > MAX_ROWS + 1)
    problem({ sheet: competencies.name, row: MAX_ROWS + 2, column: 1 }, `at most ${MAX_ROWS} rows are read`);

  const draft = {
    name,
    description,
    scale: anchors,
    groups: groups.map((group) => ({
      key: group.key,
      name: group.name,
      competencies: group.competencies.map(({ row: _row, ...competency }) => competency),
    })),
  };
  const checked = competencyModelDraftSchema.safeParse(draft);
  if (!checked.success)
    for (const issue of checked.error.issues) problem(placeOf(places, issue.path), issue.message);
  if (problems.length > 0 || !checked.success)
    throw new FeedbackInvalidError(
      'importRows',
      [...new Set(problems)].slice(0, MAX_PROBLEMS).join('; ') +
        (problems.length > MAX_PROBLEMS ? `; … ${problems.length - MAX_PROBLEMS} more` : ''),
    );
  return checked.data;
}

/** Each layout column's number in this header row (either language), and the names missing. */
function columnsOf<T extends string>(row: ExcelJS.Row, layout: readonly T[]) {
  const at = {} as Record<T, number>;
  const missing: string[] = [];
  for (const column of layout) {
    const names = namesOf(columnKey(column));
    let found = 0;
    row.eachCell((cell, number) => {
      if (found === 0 && names.has(comparable(textOf(cell)))) found = number;
    });
    if (found === 0) missing.push(column);
    at[column] = found;
  }
  return { at, missing };
}

/** The cell an issue's path points at: the path itself, else its nearest parent that is known. */
function placeOf(places: ReadonlyMap<string, Place>, path: readonly PropertyKey[]): Place {
  for (let length = path.length; length > 0; length--) {
    const place = places.get(path.slice(0, length).map(String).join('.'));
    if (place) return place;
  }
  return places.get('name') ?? { sheet: '', row: 1, column: 1 };
}
