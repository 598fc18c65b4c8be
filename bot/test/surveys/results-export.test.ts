import { describe, expect, it } from '@jest/globals';
import type { Survey } from '@kvalita/core';
import ExcelJS from 'exceljs';
import { attachmentDisposition, resultsWorkbook } from '../../src/surveys/results-export';
import { SurveyResultsService } from '../../src/surveys/survey-results';
import { MemoryAnswers, departmentsOf, sampleDraft, seededRandom } from './fakes';

const survey: Survey = {
  ...sampleDraft(),
  key: 'srv-export01',
  status: 'closed',
  currentWave: 2,
  ownerEmail: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  etag: '"1"',
};

async function results(textsPerWave: number) {
  const answers = new MemoryAnswers();
  const add = (wave: number, department: string, score: number, text: string | null) => {
    answers.add(wave, 'q1', [{ score, choice: null, text: null, departmentCode: department }]);
    answers.add(wave, 'q2', [{ score: score * 2, choice: null, text: null, departmentCode: department }]);
    answers.add(wave, 'q3', [{ score: null, choice: '1', text: null, departmentCode: department }]);
    answers.add(wave, 'q4', [{ score: null, choice: '0;1', text: null, departmentCode: department }]);
    answers.add(wave, 'q5', [{ score: null, choice: null, text, departmentCode: department }]);
  };
  // Wave 1: OSV 6 (average 4), OD 5, KT 2 (average 1: must appear nowhere). Wave 2: 3 people.
  for (let index = 0; index < 6; index += 1)
    add(1, 'OSV', 4, index < textsPerWave ? `=HYPERLINK("x") ${index}` : null);
  for (let index = 0; index < 5; index += 1) add(1, 'OD', 3, null);
  for (let index = 0; index < 2; index += 1) add(1, 'KT', 1, null);
  for (let index = 0; index < 3; index += 1) add(2, 'OSV', 5, 'druhá vlna');
  answers.sent.set(1, 26);
  return new SurveyResultsService({
    answers,
    deliveries: answers,
    departments: departmentsOf([
      ['OSV', 'Odbor sociálních věcí'],
      ['OD', 'Odbor dopravy'],
      ['KT', 'Kancelář tajemníka'],
    ]),
    now: () => new Date('2026-12-01T00:00:00Z'),
    threshold: 5,
    textThreshold: 10,
    random: seededRandom(),
  }).results(survey);
}

async function read(buffer: Buffer): Promise<Map<string, (string | number | null)[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets = new Map<string, (string | number | null)[][]>();
  workbook.eachSheet((sheet) => {
    const rows: (string | number | null)[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[];
      rows.push(Array.from(values.slice(1), (value) => (value ?? null) as string | number | null));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

describe('.xlsx export of survey results', () => {
  it('writes a sheet per content with Czech headers', async () => {
    const sheets = await read(await resultsWorkbook(await results(0), 'cs'));
    expect([...sheets.keys()]).toEqual(['Přehled', 'Otázky', 'Rozložení odpovědí', 'Útvary', 'Vývoj']);
    const summary = sheets.get('Přehled') ?? [];
    expect(summary[0]?.[0]).toBe('Výsledky průzkumu: Jak se máme');
    expect(summary[2]).toEqual([
      'Vlna',
      'Otevřena',
      'Uzavírá se',
      'Osloveno',
      'Odpovědělo',
      'Návratnost',
      'Výsledky',
    ]);
    expect(summary[3]?.slice(3)).toEqual([26, 13, 0.5, 'zobrazeny']);
    expect(summary[4]?.slice(3)).toEqual([0, 3, null, 'skryty – odpovědí je méně než 5']);
  });

  it('writes only counts for a wave still in progress, and no department of it', async () => {
    const answers = new MemoryAnswers();
    for (let index = 0; index < 12; index += 1) {
      for (const key of ['q1', 'q2', 'q3', 'q4'])
        answers.add(1, key, [{ score: 4, choice: '0', text: null, departmentCode: 'OSV' }]);
      answers.add(1, 'q5', [{ score: null, choice: null, text: `průběžně ${index}`, departmentCode: 'OSV' }]);
    }
    answers.sent.set(1, 20);
    const running = await new SurveyResultsService({
      answers,
      deliveries: answers,
      departments: departmentsOf([['OSV', 'Odbor sociálních věcí']]),
      // Wave 1 runs 16–21 November.
      now: () => new Date('2026-11-18T00:00:00Z'),
      threshold: 5,
      textThreshold: 10,
      random: seededRandom(),
    }).results({ ...survey, status: 'open', currentWave: 1 });
    const sheets = await read(await resultsWorkbook(running, 'cs'));
    // Twelve answers so far, shown as ten (the threshold is 5): polling cannot time one answer.
    expect(sheets.get('Přehled')?.[3]?.slice(3)).toEqual([
      20,
      10,
      0.5,
      'zatím skryty – vlna ještě probíhá; dosavadní odpovědi zaokrouhleny dolů na násobek 5',
    ]);
    for (const row of (sheets.get('Otázky') ?? []).slice(1))
      expect(row.slice(3, 9).every((cell) => cell === null)).toBe(true);
    expect(sheets.get('Útvary')).toHaveLength(1);
    expect(sheets.get('Rozložení odpovědí')).toHaveLength(1);
    expect(
      sheets
        .get('Vývoj')
        ?.slice(1)
        .every((row) => (row[3] ?? null) === null && (row[4] ?? null) === null),
    ).toBe(true);
    expect(sheets.has('Textové odpovědi')).toBe(false);
    expect(JSON.stringify([...sheets.values()])).not.toContain('průběžně');
  });

  it('lists a department of the audience nobody answered from as hidden, like a small one', async () => {
    const answers = new MemoryAnswers();
    for (const [department, count] of [
      ['OSV', 6],
      ['OD', 5],
    ] as const) {
      for (let index = 0; index < count; index += 1)
        for (const key of ['q1', 'q2', 'q3', 'q4', 'q5'])
          answers.add(1, key, [{ score: 3, choice: '0', text: null, departmentCode: department }]);
    }
    const shown = await new SurveyResultsService({
      answers,
      deliveries: answers,
      departments: departmentsOf([
        ['OSV', 'Odbor sociálních věcí'],
        ['OD', 'Odbor dopravy'],
        ['KT', 'Kancelář tajemníka'],
      ]),
      now: () => new Date('2026-12-01T00:00:00Z'),
      threshold: 5,
      textThreshold: 10,
      random: seededRandom(),
    }).results({ ...survey, currentWave: 1 });
    const departments = (await read(await resultsWorkbook(shown, 'cs'))).get('Útvary') ?? [];
    expect(departments.filter((row) => row[1] === 'Kancelář tajemníka')).toEqual([
      [1, 'Kancelář tajemníka', null, 'skryto na ochranu malých skupin'],
    ]);
    expect(departments.filter((row) => row[1] === 'Odbor dopravy').map((row) => row[2])).toEqual([5, 5]);
  });

  it('leaves out every figure of a hidden department and a hidden wave', async () => {
    const sheets = await read(await resultsWorkbook(await results(0), 'en'));
    const departments = sheets.get('Departments') ?? [];
    expect(departments[0]).toEqual(['Wave', 'Department', 'Respondents', 'Question', 'Average', 'eNPS']);
    const kt = departments.filter((row) => row[1] === 'Kancelář tajemníka');
    expect(kt).toEqual([[1, 'Kancelář tajemníka', null, 'hidden to protect small groups']]);
    // Complementary suppression hides OD too; OSV is shown.
    expect(departments.filter((row) => row[1] === 'Odbor dopravy')).toHaveLength(1);
    expect(departments.filter((row) => row[1] === 'Odbor sociálních věcí')[0]).toEqual([
      1,
      'Odbor sociálních věcí',
      6,
      'How are you?',
      4,
    ]);
    // Wave 2 has three respondents: its question rows carry no figure.
    const wave2 = (sheets.get('Questions') ?? []).filter((row) => row[0] === 2);
    expect(wave2).toHaveLength(5);
    for (const row of wave2) expect(row.slice(3, 9).every((cell) => cell === null)).toBe(true);
    expect((sheets.get('Answer breakdown') ?? []).some((row) => row[0] === 2)).toBe(false);
  });

  async function textWave(respondents: number) {
    const answers = new MemoryAnswers();
    for (let index = 0; index < respondents; index += 1) {
      for (const key of ['q1', 'q2', 'q3', 'q4'])
        answers.add(1, key, [{ score: 3, choice: '0', text: null, departmentCode: null }]);
      answers.add(1, 'q5', [{ score: null, choice: null, text: `=1+1 ${index}`, departmentCode: null }]);
    }
    const shown = await new SurveyResultsService({
      answers,
      deliveries: answers,
      departments: departmentsOf([]),
      now: () => new Date('2026-11-17T00:00:00Z'),
      threshold: 5,
      textThreshold: 10,
      random: seededRandom(),
    }).results({ ...survey, currentWave: 1 });
    return read(await resultsWorkbook(shown, 'en'));
  }

  it('has no text sheet when nine people answered', async () => {
    const sheets = await textWave(9);
    expect(sheets.has('Text answers')).toBe(false);
    expect(JSON.stringify([...sheets.values()])).not.toContain('=1+1');
  });

  it('lists ten text answers, a formula-like answer kept as text', async () => {
    const texts = (await textWave(10)).get('Text answers') ?? [];
    expect(texts[0]).toEqual(['Wave', 'Question', 'Answer']);
    expect(texts).toHaveLength(11);
    expect(texts.slice(1).every((row) => typeof row[2] === 'string' && row[2].startsWith('=1+1'))).toBe(true);
  });
});

describe('download file name', () => {
  it('strips quotes, slashes and control characters and keeps the full name in filename*', () => {
    const header = attachmentDisposition('Pulz "wellbeing" / Q4\r\n – výsledky', 'xlsx');
    expect(header).toBe(
      `attachment; filename="Pulz wellbeing Q4 _ vysledky.xlsx"; filename*=UTF-8''Pulz%20wellbeing%20Q4%20%E2%80%93%20v%C3%BDsledky.xlsx`,
    );
  });

  it('names the file after a title with a lone surrogate, U+FFFE or a bidi override, without them', () => {
    // encodeURIComponent throws on half a surrogate pair: the download answered 500.
    const header = attachmentDisposition('Pulz\uD800 \u202Eodbor\uFFFE 😀', 'xlsx');
    expect(header).toBe(
      `attachment; filename="Pulz odbor __.xlsx"; filename*=UTF-8''Pulz%20odbor%20%F0%9F%98%80.xlsx`,
    );
  });
});
