import { odataString } from '../platform/odata';

/*
 * Several codes in one text column (";OSV;OD;"), so SharePoint indexes the column and a filter
 * matches one whole code with substringof(';OD;', …) — never "OD" inside "OD2".
 */

export function writeCodes(codes: readonly string[]): string | null {
  const clean = [...new Set(codes.map((code) => code.trim()).filter((code) => code !== ''))];
  if (clean.some((code) => code.includes(';'))) throw new RangeError('A code may not contain ";"');
  return clean.length === 0 ? null : `;${clean.join(';')};`;
}

export function readCodes(value: string | null | undefined): string[] {
  return (value ?? '').split(';').filter((code) => code !== '');
}

/** The $filter clause "the column holds this code". */
export function holdsCode(column: string, code: string): string {
  return `substringof(${odataString(`;${code};`)},${column})`;
}
