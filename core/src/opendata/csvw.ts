import type { BilingualText } from '../surveys/contract';
import type { ColumnDatatype, OpenColumn, ValidationProblem } from './contract';
import { COLUMN_DATATYPES } from './contract';
import { parseCsv } from './csv';

/*
 * The CSV on the Web (W3C CSVW) metadata of a published CSV, and the check of a CSV against it.
 * The header cells are the columns' Czech names (CSVW `titles`); `name`, which URI templates use,
 * is the same words without diacritics. The check reads the metadata as published (parsed back
 * from JSON), not the definitions it was written from, so it catches a file and metadata apart.
 */

export const CSVW_CONTEXT = 'http://www.w3.org/ns/csvw';

/** A CSVW column name: the Czech name without diacritics (URI-template safe). */
export function csvwName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
}

const langValues = (text: BilingualText) => [
  { '@value': text.cs, '@language': 'cs' },
  { '@value': text.en, '@language': 'en' },
];

export interface CsvwInput {
  /** The metadata file's own address (its @id). */
  readonly metadataUrl: string;
  readonly csvUrl: string;
  readonly title: BilingualText;
  readonly description: BilingualText;
  readonly columns: readonly OpenColumn[];
  readonly publisherIri: string;
  readonly modified: string;
}

/** Dates as the Czech norms' CSVW examples write them: xsd:date in ISO form. */
const DATE_DATATYPE = { base: 'date', format: 'yyyy-MM-dd' } as const;

/**
 * The metadata file (x.csv-metadata.json) of one CSV, shaped as the open formal norms' examples:
 * a Table with its @id, the CSV's url, and a column per header cell (the defaults of CSVW's dialect,
 * comma and a header row, are the Czech rules, so no dialect is written).
 */
export function csvwMetadata(input: CsvwInput): Record<string, unknown> {
  return {
    '@context': [CSVW_CONTEXT, { '@language': 'cs' }],
    '@id': input.metadataUrl,
    '@type': 'Table',
    url: input.csvUrl,
    'dc:title': langValues(input.title),
    'dc:description': langValues(input.description),
    'dc:publisher': { '@id': input.publisherIri },
    'dc:modified': { '@value': input.modified, '@type': 'xsd:date' },
    tableSchema: {
      '@type': 'Schema',
      columns: input.columns.map((column) => ({
        '@type': 'Column',
        name: csvwName(column.name),
        titles: column.name,
        'dc:title': langValues(column.title),
        'dc:description': langValues(column.description),
        datatype: column.datatype === 'date' ? DATE_DATATYPE : column.datatype,
        required: column.required,
      })),
    },
  };
}

/** A column's datatype as the metadata writes it: a name, or a derived date with its format. */
function datatypeOf(value: unknown): ColumnDatatype | null {
  if (typeof value === 'string')
    return COLUMN_DATATYPES.includes(value as ColumnDatatype) ? (value as ColumnDatatype) : null;
  if (typeof value === 'object' && value !== null) {
    const derived = value as Record<string, unknown>;
    if (derived['base'] === 'date' && (derived['format'] === undefined || derived['format'] === 'yyyy-MM-dd'))
      return 'date';
  }
  return null;
}

interface ReadColumn {
  readonly name: string;
  readonly titles: string;
  readonly datatype: ColumnDatatype;
  readonly required: boolean;
}

function columnsOf(metadata: unknown, file: string, problems: ValidationProblem[]): ReadColumn[] {
  const missing = (message: string) =>
    problems.push({ file, row: null, column: null, code: 'missingProperty', message });
  if (typeof metadata !== 'object' || metadata === null) {
    missing('the metadata is not a JSON object');
    return [];
  }
  const record = metadata as Record<string, unknown>;
  const context = record['@context'];
  if (!(context === CSVW_CONTEXT || (Array.isArray(context) && context[0] === CSVW_CONTEXT)))
    missing(`@context must be (or start with) ${CSVW_CONTEXT}`);
  if (typeof record['url'] !== 'string' || record['url'] === '') missing('url is missing');
  const schema = record['tableSchema'] as { columns?: unknown } | undefined;
  if (!schema || !Array.isArray(schema.columns) || schema.columns.length === 0) {
    missing('tableSchema.columns is missing');
    return [];
  }
  return schema.columns.flatMap((candidate: unknown, index): ReadColumn[] => {
    const value = (candidate ?? {}) as Record<string, unknown>;
    const datatype = datatypeOf(value['datatype']);
    if (typeof value['name'] !== 'string' || typeof value['titles'] !== 'string' || datatype === null) {
      missing(`column ${index + 1} needs a name, titles and a datatype of ${COLUMN_DATATYPES.join(', ')}`);
      return [];
    }
    return [
      {
        name: value['name'],
        titles: value['titles'],
        datatype,
        required: value['required'] === true,
      },
    ];
  });
}

const DATATYPE_TESTS: Readonly<Record<ColumnDatatype, (value: string) => boolean>> = {
  string: () => true,
  integer: (value) => /^-?(0|[1-9]\d*)$/.test(value),
  decimal: (value) => /^-?(0|[1-9]\d*)(\.\d+)?$/.test(value),
  date: (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  },
  anyURI: (value) => /^https?:\/\/[^\s/?#]+[^\s]*$/.test(value),
};

/**
 * What is wrong with a CSV against its CSVW metadata: the header must be the columns' titles in
 * order, every record as many cells, a required cell filled, every cell of its column's datatype.
 * Empty: the file is what its metadata says.
 */
export function csvProblems(file: string, csvText: string, metadata: unknown): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const columns = columnsOf(metadata, file, problems);
  if (columns.length === 0) return problems;
  let records: string[][];
  try {
    records = parseCsv(csvText.startsWith('\uFEFF') ? csvText.slice(1) : csvText);
  } catch (error) {
    return [{ file, row: null, column: null, code: 'columnCount', message: String(error) }];
  }
  const [header = [], ...rows] = records;
  const titles = columns.map((column) => column.titles);
  if (header.join('\u0000') !== titles.join('\u0000'))
    problems.push({
      file,
      row: 1,
      column: null,
      code: 'header',
      message: `the header is "${header.join(',')}", the metadata says "${titles.join(',')}"`,
    });
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== columns.length) {
      problems.push({
        file,
        row,
        column: null,
        code: 'columnCount',
        message: `row ${row} has ${cells.length} cells, the table ${columns.length} columns`,
      });
      return;
    }
    columns.forEach((column, at) => {
      const cell = cells[at] ?? '';
      if (cell === '') {
        if (column.required)
          problems.push({
            file,
            row,
            column: column.titles,
            code: 'required',
            message: `row ${row}: ${column.titles} is empty`,
          });
        return;
      }
      if (!DATATYPE_TESTS[column.datatype](cell))
        problems.push({
          file,
          row,
          column: column.titles,
          code: 'datatype',
          message: `row ${row}: ${column.titles} "${cell.slice(0, 40)}" is not ${column.datatype}`,
        });
    });
  });
  return problems;
}
