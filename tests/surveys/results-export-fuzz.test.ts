import { describe, expect, it, jest } from '@jest/globals';
import type { BilingualText, Locale, QuestionResult, SurveyResults } from '@kvalita/core';
import ExcelJS from 'exceljs';
import { resultsWorkbook } from '../../bot/src/surveys/results-export';
import { hostileCharactersIn, hostileText, seededRandom, type HostileText } from '../support/hostile-text';
import { parseXmlParts } from '../support/office-files';

/**
 * The survey results export (.xlsx) with hostile characters in every text people type (titles,
 * questions, options, department names, text answers): it still opens, and shows what was typed
 * minus the characters XML cannot hold and the bidirectional controls. (The .docx report is also
 * opened by LibreOffice; only its Writer is installed for that, so the workbook is read back by a
 * strict XML parser and by ExcelJS.)
 */

// Writing, unzipping and parsing a workbook takes well under a second each.
jest.setTimeout(30_000);

interface Fuzzed {
  readonly results: SurveyResults;
  /** Every text typed into the results, as it must show. */
  readonly visible: readonly string[];
}

function fuzzedResults(seed: number, locale: Locale): Fuzzed {
  const random = seededRandom(seed);
  const typed: HostileText[] = [];
  const text = (length?: number) => {
    const hostile = hostileText(random, length);
    typed.push(hostile);
    return hostile.typed;
  };
  // Only the export's language shows; the other one is hostile too, but not looked for.
  const bilingual = (length?: number): BilingualText => {
    const shown = text(length);
    const other = hostileText(random, length).typed;
    return locale === 'cs' ? { cs: shown, en: other } : { cs: other, en: shown };
  };
  const wave = (number: number) => ({
    number,
    opensAt: `2026-11-${String(9 + number * 7).padStart(2, '0')}T07:00:00.000Z`,
    closesAt: `2026-11-${String(13 + number * 7).padStart(2, '0')}T16:00:00.000Z`,
    remindAt: null,
  });
  const scaleText = bilingual(300);
  const choiceText = bilingual();
  const questions: QuestionResult[] = [
    {
      key: 'q1',
      type: 'scale5',
      text: scaleText,
      distribution: { '1': 0, '2': 1, '3': 2, '4': 5, '5': 4 },
      average: 4,
      enps: null,
      optionCounts: null,
      optionTexts: { cs: [], en: [] },
      texts: null,
      answered: 12,
    },
    {
      key: 'q2',
      type: 'singleChoice',
      text: choiceText,
      distribution: null,
      average: null,
      enps: null,
      optionCounts: [7, 5],
      optionTexts: (() => {
        const first = bilingual(80);
        const second = bilingual(80);
        return { cs: [first.cs, second.cs], en: [first.en, second.en] };
      })(),
      texts: null,
      answered: 12,
    },
    {
      key: 'q3',
      type: 'text',
      text: bilingual(),
      distribution: null,
      average: null,
      enps: null,
      optionCounts: null,
      optionTexts: { cs: [], en: [] },
      // Ten answers, one at the 500-character limit, the rest of any length.
      texts: Array.from({ length: 10 }, (_, index) => text(index === 0 ? 500 : 20 + index * 17)),
      answered: 10,
    },
  ];
  const results: SurveyResults = {
    surveyKey: 'srv-fuzz0001',
    title: bilingual(120),
    threshold: 5,
    textThreshold: 10,
    waves: [
      {
        wave: wave(1),
        invited: 20,
        respondents: 12,
        responseRate: 0.6,
        respondentsRounded: false,
        inProgress: false,
        hidden: false,
        questions,
        differencing: null,
        departments: [
          {
            code: 'OSV',
            name: text(),
            hidden: false,
            respondents: 7,
            questions: [{ key: 'q1', average: 4.2, enps: null }],
          },
          { code: 'KT', name: text(), hidden: true, respondents: null, questions: [] },
        ],
      },
    ],
    trends: [
      {
        key: 'q1',
        type: 'scale5',
        text: scaleText,
        points: [{ wave: 1, opensAt: wave(1).opensAt, average: 4, enps: null }],
      },
    ],
  };
  return { results, visible: typed.map((hostile) => hostile.visible) };
}

/** Every string cell of every sheet, as ExcelJS reads the file back. */
async function cellTexts(file: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    ),
  );
  return texts;
}

describe('.xlsx export with hostile text in every field', () => {
  it('is well-formed XML in every part, and every sheet shows every text minus the removed characters', async () => {
    for (const [seed, locale] of [
      [1, 'cs'],
      [2, 'en'],
      [3, 'cs'],
      [4, 'en'],
    ] as const) {
      const { results, visible } = fuzzedResults(seed, locale);
      const file = await resultsWorkbook(results, locale);
      const parts = await parseXmlParts(file);
      expect(parts.map((part) => part.name)).toContain('xl/sharedStrings.xml');
      for (const part of parts) expect([part.name, hostileCharactersIn(part.text)]).toEqual([part.name, []]);
      const cells = await cellTexts(file);
      for (const text of visible)
        expect(cells.some((cell) => cell.includes(text)) ? text : `missing: ${text}`).toBe(text);
    }
  });
});
