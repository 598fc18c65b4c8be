import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { registerWorkbook } from '../../../src/measures/exports/register-workbook';
import { summary } from './measure-fixtures';

async function rowsOf(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

const measures = [
  summary({
    id: 7,
    title: 'Zkrátit čekání na podatelně',
    status: 'closed',
    phase: 'act',
    priority: 'high',
    effective: true,
    progress: 100,
    checkDate: '2026-10-15',
  }),
  summary({
    id: 9,
    title: 'Nový web =HYPERLINK("x")\u0001',
    kind: 'improvement',
    origin: 'survey',
    subcriterionCode: null,
    cycleId: null,
    departmentCode: null,
    departmentName: null,
    owner: null,
    overdue: true,
  }),
];

describe('the register as .xlsx', () => {
  it('has a row per measure with every register field in Czech, dates as dates', async () => {
    const { name, rows } = await rowsOf(await registerWorkbook(measures, 'cs'));
    expect(name).toBe('Opatření');
    expect(rows[0]).toEqual([
      'Číslo',
      'Název',
      'Druh',
      'Stav',
      'Fáze PDCA',
      'Priorita',
      'Původ',
      'Subkritérium CAF',
      'Cyklus CAF',
      'Odbor',
      'Odpovědná osoba',
      'Termín',
      'Ověření účinnosti',
      'Plnění',
      'Účinné',
      'Po termínu',
      'Změněno',
    ]);
    expect(rows).toHaveLength(3);
    const [first, second] = [rows[1] ?? [], rows[2] ?? []];
    expect(first.slice(0, 11)).toEqual([
      7,
      'Zkrátit čekání na podatelně',
      'Nápravné',
      'Uzavřeno',
      'Jednej',
      'Vysoká',
      'Sebehodnocení CAF',
      '3.2',
      1,
      'Odbor sociálních věcí',
      'Eva Dvořáková',
    ]);
    expect(first[11]).toEqual(new Date(Date.UTC(2026, 7, 31)));
    expect(first[12]).toEqual(new Date(Date.UTC(2026, 9, 15)));
    expect(first[13]).toBe(1);
    expect(first.slice(14, 16)).toEqual(['ano', 'ne']);
    expect(first[16]).toEqual(new Date(Date.UTC(2026, 6, 2)));
    // No department named, no owner, never checked; the control character gone, the formula inert text.
    expect(second[1]).toBe('Nový web =HYPERLINK("x")');
    expect(second[9]).toBe('Bez odboru');
    expect(second[10] ?? null).toBeNull();
    expect(second.slice(14, 16)).toEqual(['neověřeno', 'ano']);
  });

  it('writes the headers and values in English for an English caller', async () => {
    const { name, rows } = await rowsOf(await registerWorkbook(measures, 'en'));
    expect(name).toBe('Measures');
    expect(rows[0]?.slice(0, 4)).toEqual(['Number', 'Title', 'Kind', 'Status']);
    expect(rows[1]?.slice(2, 7)).toEqual(['Corrective', 'Closed', 'Act', 'High', 'CAF self-assessment']);
  });

  it('is a sheet with only its header row when the filter finds nothing', async () => {
    const { rows } = await rowsOf(await registerWorkbook([], 'cs'));
    expect(rows).toHaveLength(1);
  });
});
