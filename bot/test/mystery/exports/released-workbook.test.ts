import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { releasedWorkbook } from '../../../src/mystery/exports/released-workbook';
import { AUTHOR, AUTUMN, AUTUMN_SHEETS, CHECKLISTS, EVALUATORS, NAMES, VISIT } from './exports-fixture';

async function sheetsOf(file: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  });
}

/** Every text inside the package, to look for what must not be there. */
async function everything(file: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const parts = await Promise.all(Object.values(zip.files).map((entry) => entry.async('string')));
  return parts.join('\n');
}

describe('the released evaluations as .xlsx', () => {
  it('has a sheet of evaluations and one of answers, released and locked sheets only, in Czech', async () => {
    const file = await releasedWorkbook('cs', AUTUMN, AUTUMN_SHEETS, CHECKLISTS, NAMES);
    const [evaluations, answers, ...rest] = await sheetsOf(file);
    expect(rest).toEqual([]);
    expect(evaluations!.name).toBe('Hodnocení');
    expect(evaluations!.rows[0]).toEqual([
      'Číslo hodnocení',
      'Odbor',
      'Kontaktní místo',
      'Kanál',
      'Scénář',
      'Týden',
      'Čas kontaktu',
      'Čas odpovědi',
      'Skóre',
      'Skóre bez kritických položek',
      'Nesplněné kritické položky',
      'Čekání (min)',
      'Zazvonění',
      'Do odpovědi (h)',
      'Po lhůtě',
      'Správná odpověď',
      'Stav',
      'Zveřejněno',
      'Celková poznámka',
    ]);
    const counted = AUTUMN_SHEETS.filter((sheet) => sheet.status === 'locked');
    expect(evaluations!.rows.slice(1).map((row) => row[0])).toEqual(counted.map((sheet) => sheet.id));

    const [, failed, email, other] = counted;
    const rowOf = (id: number) => evaluations!.rows.find((row) => row[0] === id)!;
    // A critical item failed: score 0, the raw score what the answers gave, the item by its text.
    expect(rowOf(failed!.id)).toEqual([
      failed!.id,
      'Odbor dopravy',
      'Přepážka 3 – řidičské průkazy',
      'Osobní návštěva',
      'Výměna řidičského průkazu',
      '2026-W38',
      // 12:30 UTC is 14:30 in Prague in October (summer time), written as the office's clock shows it.
      new Date(Date.UTC(2026, 9, 6, 14, 30)),
      undefined, // empty cells read back as nothing
      0,
      84,
      'Pracovník nesdělil údaje o jiné osobě ani je nenechal volně ležet.',
      22,
      undefined,
      undefined,
      undefined,
      'ano',
      'Uzamčeno',
      new Date(Date.UTC(2026, 10, 30, 10, 0)),
      'Pracovnice u přepážky vysvětlila postup.',
    ]);
    // The e-mail: reply time and lateness measured, the answer wrong.
    expect(rowOf(email!.id).slice(6, 16)).toEqual([
      new Date(Date.UTC(2026, 8, 21, 10, 0)),
      new Date(Date.UTC(2026, 8, 24, 18, 0)),
      82.4,
      82.4,
      undefined,
      undefined,
      undefined,
      80,
      'ano',
      'ne',
    ]);
    expect(rowOf(other!.id)[1]).toBe('Odbor výstavby');

    expect(answers!.name).toBe('Odpovědi');
    expect(answers!.rows[0]).toEqual([
      'Číslo hodnocení',
      'Klíč položky',
      'Oddíl',
      'Položka',
      'Váha',
      'Kritická',
      'Odpověď',
      'Poznámka',
    ]);
    // Every item of every counted sheet, in the checklist's order.
    const answerRows = answers!.rows.slice(1);
    expect(answerRows).toHaveLength(
      counted.reduce((sum, sheet) => sum + Object.keys(sheet.record.items).length, 0),
    );
    const ofFailed = answerRows.filter((row) => row[0] === failed!.id);
    expect(ofFailed.map((row) => row[1])).toEqual(VISIT.items.map((item) => item.key));
    expect(ofFailed.find((row) => row[1] === 'co-data')).toEqual([
      failed!.id,
      'co-data',
      'Komunikace',
      'Pracovník nesdělil údaje o jiné osobě ani je nenechal volně ležet.',
      3,
      'ano',
      'Ne',
      'Na přepážce ležel otevřený spis jiného klienta.',
    ]);
    expect(ofFailed.find((row) => row[1] === 'en-privacy')?.[6]).toBe('Částečně');
  });

  it('never holds an evaluator, the author, a review comment or a sheet not released', async () => {
    for (const locale of ['cs', 'en'] as const) {
      const text = await everything(await releasedWorkbook(locale, AUTUMN, AUTUMN_SHEETS, CHECKLISTS, NAMES));
      for (const person of [...EVALUATORS, AUTHOR]) {
        expect(text).not.toContain(person.displayName);
        expect(text).not.toContain(person.email);
      }
      expect(text).not.toContain('Vyřazeno');
    }
    const ids = (
      await sheetsOf(await releasedWorkbook('cs', AUTUMN, AUTUMN_SHEETS, CHECKLISTS, NAMES))
    )[0]!.rows
      .slice(1)
      .map((row) => row[0]);
    for (const sheet of AUTUMN_SHEETS.filter((one) => one.status !== 'locked'))
      expect(ids).not.toContain(sheet.id);
  });

  it('writes English headings and values when asked, and keeps a hostile note as plain text', async () => {
    const [first] = AUTUMN_SHEETS;
    const hostile = {
      ...first!,
      record: { ...first!.record, generalNote: '=HYPERLINK("http://x")\u0001 a\u202Eb' },
    };
    const [evaluations, answers] = await sheetsOf(
      await releasedWorkbook('en', AUTUMN, [hostile], CHECKLISTS, NAMES),
    );
    expect(evaluations!.name).toBe('Evaluations');
    expect(answers!.name).toBe('Answers');
    expect(evaluations!.rows[1]?.[3]).toBe('Visit');
    expect(evaluations!.rows[1]?.[16]).toBe('Locked');
    expect(evaluations!.rows[1]?.[18]).toBe('=HYPERLINK("http://x") ab');
    expect(answers!.rows[1]?.[6]).toBe('Yes');
  });
});
