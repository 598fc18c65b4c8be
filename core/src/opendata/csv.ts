import type { OpenCell, OpenColumn, OpenRow } from './contract';

/*
 * CSV as RFC 4180 writes it and CSV on the Web reads it by default: UTF-8 without a byte-order mark,
 * a header row, comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote, a
 * line break or edge spaces (quotes doubled). Numbers with a decimal point, never a comma: the file
 * is for machines; an empty cell is no value.
 */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A decimal as the file writes it: at most `digits` decimals, no trailing zeros, no exponent. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`a CSV cell must be a finite number, not ${value}`);
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

function cellText(value: OpenCell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? numberText(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of rows, columns in the given order, header first. */
export function writeCsv(columns: readonly OpenColumn[], rows: readonly OpenRow[]): string {
  const lines = [columns.map((column) => cellText(column.name)).join(',')];
  for (const row of rows) lines.push(columns.map((column) => cellText(row[column.name] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The records of a CSV text (header included), as strings. Quoted fields may hold commas, quotes and
 * line breaks. A quote left open is an error: the file is cut off or was never CSV.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\r' && text[index + 1] === '\n') {
      endRecord();
      index += 1;
    } else if (char === '\n') endRecord();
    else field += char;
    index += 1;
  }
  if (quoted) throw new SyntaxError('the CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
