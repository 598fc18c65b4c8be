import { describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { departmentReportDocx } from '../../../src/mystery/exports/department-report-docx';
import { AUTHOR, AUTUMN, CHECKLISTS, EVALUATORS, NAMES, odResults } from './exports-fixture';

/** The document's paragraphs as text, table cells one paragraph each, and its headings. */
async function bodyText(docx: Uint8Array) {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => match[0]);
  const textOf = (paragraph: string) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  return {
    lines: paragraphs.map(textOf),
    headings: paragraphs.filter((p) => /<w:pStyle w:val="Heading2"\/>/.test(p)).map(textOf),
    everything: xml + core,
  };
}

/** The cells of the table row whose first cell is `first`, read as consecutive paragraphs. */
const rowAfter = (lines: readonly string[], first: string, cells: number) => {
  const at = lines.indexOf(first);
  if (at < 0) throw new Error(`no row ${first}`);
  return lines.slice(at, at + cells);
};

describe("a department's mystery-shopping report (.docx)", () => {
  it('gives the head the campaign, the staff notice, the score beside the previous campaign and every breakdown, in Czech', async () => {
    const results = odResults();
    const { lines, headings } = await bodyText(
      await departmentReportDocx('cs', 'Městský úřad Lipová', results, NAMES, AUTUMN, CHECKLISTS),
    );
    expect(lines).toEqual(
      expect.arrayContaining(['Výsledky mystery shoppingu', 'Odbor dopravy', 'Městský úřad Lipová']),
    );
    expect(rowAfter(lines, 'Kampaň', 2)).toEqual(['Kampaň', 'Mystery shopping – podzim 2026']);
    expect(rowAfter(lines, 'Období', 2)).toEqual(['Období', '7. 9. 2026 – 27. 11. 2026']);
    expect(rowAfter(lines, 'Započtená hodnocení', 2)).toEqual(['Započtená hodnocení', '3']);
    expect(headings).toEqual([
      'Oznámení zaměstnancům',
      'Celkový výsledek',
      'Výsledky podle oddílů kontrolního seznamu',
      'Výsledky podle kanálů',
      'Výsledky podle scénářů',
      'Položky, které nebyly splněny',
      'Časy a dostupnost',
      'Správnost odpovědí a lhůty',
      'Scénáře kampaně',
      'Použité kontrolní seznamy',
    ]);
    expect(lines).toContain(
      'Zaměstnanci byli o konání mystery shoppingu předem informováni dne 20. 8. 2026 (bez sdělení termínů kontaktů).',
    );
    expect(lines.some((line) => line.includes('řízeného dokumentu č. 42'))).toBe(true);

    // Released and locked sheets of OD only: 100, 0 (critical failed), 82.4 (e-mail) → 60.8; spring 100 and 92 → 96.
    expect(results.overall).toEqual({ evaluations: 3, meanScore: 60.8, failed: 1 });
    expect(rowAfter(lines, 'Průměrné skóre (0–100)', 4)).toEqual([
      'Průměrné skóre (0–100)',
      '60,8',
      '96',
      '−35,2',
    ]);
    expect(rowAfter(lines, 'Počet hodnocení', 4)).toEqual(['Počet hodnocení', '3', '2', '+1']);
    expect(rowAfter(lines, 'Hodnocení nesplněná kvůli kritické položce', 4)).toEqual([
      'Hodnocení nesplněná kvůli kritické položce',
      '1',
      '0',
      '+1',
    ]);
    expect(lines).toContain('Předchozí kampaň: Mystery shopping – jaro 2026.');

    // Sections, channels and scenarios, each with its previous figure where spring had one.
    expect(rowAfter(lines, 'Osobní návštěva', 6)).toEqual(['Osobní návštěva', '2', '50', '1', '96', '−46']);
    expect(rowAfter(lines, 'E-mail', 6)).toEqual(['E-mail', '1', '82,4', '0', '–', '–']);
    expect(rowAfter(lines, 'Přepis ojetého vozidla', 6)[1]).toBe('1');
    const communication = results.bySection.find((row) => row.key === 'communication')!;
    expect(rowAfter(lines, 'Komunikace', 3)).toEqual([
      'Komunikace',
      String(communication.evaluations),
      String(communication.meanScore).replace('.', ','),
    ]);

    // The failed items, the worst first: the critical data item among them, marked critical.
    const data = rowAfter(lines, 'Pracovník nesdělil údaje o jiné osobě ani je nenechal volně ležet.', 8);
    expect(data).toEqual([
      'Pracovník nesdělil údaje o jiné osobě ani je nenechal volně ležet.',
      'Osobní návštěva',
      'Komunikace',
      'ano',
      '2',
      '1',
      '0',
      '50\u00a0%',
    ]);

    // Times: visits waited 4 and 22 minutes; the e-mail took 80 hours.
    expect(rowAfter(lines, 'Čekání na obsloužení (minuty)', 4)).toEqual([
      'Čekání na obsloužení (minuty)',
      '2',
      '13',
      '22',
    ]);
    expect(rowAfter(lines, 'Doba do písemné odpovědi (hodiny)', 4)).toEqual([
      'Doba do písemné odpovědi (hodiny)',
      '1',
      '80',
      '80',
    ]);
    expect(lines).toContain(
      'Správnou odpověď podle scénáře dostal hodnotitel v 2 z 3 kontaktů (66,7\u00a0%).',
    );
    expect(lines).toContain('Písemných odpovědí po lhůtě scénáře nebo bez odpovědi: 1.');
    expect(
      lines.some((line) => line.startsWith('Přepis ojetého vozidla (E-mail; lhůta odpovědi 72 h)')),
    ).toBe(true);
    expect(
      lines.some((line) => line.startsWith('Osobní návštěva (Osobní návštěva), verze 2: 13 položek')),
    ).toBe(true);
  });

  it('names no evaluator, no author and no other department, and is written in English when asked', async () => {
    const file = await departmentReportDocx(
      'en',
      'Lipová Town Office',
      odResults(),
      NAMES,
      AUTUMN,
      CHECKLISTS,
    );
    const { lines, everything } = await bodyText(file);
    for (const person of [...EVALUATORS, AUTHOR]) {
      expect(everything).not.toContain(person.displayName);
      expect(everything).not.toContain(person.email);
    }
    expect(everything).not.toContain('Odbor výstavby');
    expect(everything).not.toContain('Kancelář stavebního úřadu');
    expect(lines).toEqual(
      expect.arrayContaining(['Mystery shopping results', 'Overall result', 'Items not met']),
    );
    expect(rowAfter(lines, 'Mean score (0–100)', 4)).toEqual(['Mean score (0–100)', '60.8', '96', '−35.2']);
  });

  it('says so when nothing counted and no earlier campaign exists, and leaves out a notice that names someone', async () => {
    const empty = {
      ...odResults(),
      overall: { evaluations: 0, meanScore: null, failed: 0 },
      byDepartment: [],
      byChannel: [],
      byScenario: [],
      bySection: [],
      items: [],
      times: {
        waitMinutes: { count: 0, median: null, p90: null },
        rings: { count: 0, median: null, p90: null },
        replyHours: { count: 0, median: null, p90: null },
      },
      correctAnswers: { count: 0, correct: 0 },
      lateReplies: 0,
      previous: null,
    };
    const notice = {
      ...AUTUMN,
      staffNotice: { informedOn: null, documentId: null, note: 'Oznámila to Ing. Nováková na poradě.' },
    };
    const { lines } = await bodyText(await departmentReportDocx('cs', 'Úřad', empty, NAMES, notice, []));
    expect(lines).toEqual(
      expect.arrayContaining([
        'Datum oznámení zaměstnancům není v kampani uvedeno.',
        'Předchozí kampaň pro srovnání není.',
        'Žádná započtená hodnocení.',
        'Všechny posouzené položky byly splněny.',
        'Správnost odpovědi nebyla u žádného kontaktu posouzena.',
      ]),
    );
    // A notice that names someone stays out.
    expect(lines.join('\n')).not.toContain('Nováková');
  });
});
