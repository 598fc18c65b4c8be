import { describe, expect, it, jest } from '@jest/globals';
import { aggregate, compareCycles } from '@kvalita/core';
import JSZip from 'jszip';
import { buildReportDocx } from '../../src/caf/report/build-report';
import type { SelfAssessmentReport } from '../../src/caf/report/report.types';

const consensus = { '1.1': 55, '1.2': 40, '3.2': 30, '6.2': 72 };
const before = { '1.1': 40, '3.2': 35 };

function report(overrides: Partial<SelfAssessmentReport> = {}): SelfAssessmentReport {
  return {
    locale: 'cs',
    officeName: 'Městský úřad Lipová',
    generatedAt: '2026-11-22T10:00:00Z',
    cycle: {
      name: 'Sebehodnocení CAF 2026',
      method: 'classical',
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      scope: { kind: 'departments', departmentCodes: ['SOC', 'FIN'] },
      scopeDepartmentNames: ['Odbor sociálních věcí', 'Finanční odbor'],
      currentStep: 6,
    },
    approval: null,
    team: [
      { name: 'Marie Procházková', role: 'member', department: 'Oddělení sociální práce' },
      { name: 'Bc. Lucie Dvořáková', role: 'leader', department: 'Odbor sociálních věcí' },
    ],
    results: aggregate(consensus),
    previousCycle: {
      name: 'Sebehodnocení CAF 2024',
      startDate: '2024-09-02',
      endDate: '2024-12-13',
      approval: { approvedBy: 'Mgr. Petr Svoboda', approvedAt: '2025-01-20' },
    },
    changes: compareCycles(consensus, before),
    previousOverall: aggregate(before).overall,
    previousCriteria: Object.fromEntries(aggregate(before).criteria.map((c) => [c.number, c.score])),
    subcriteria: [
      ...(['1.1', '1.2', '6.2'] as const).map((code) => ({
        code,
        score: consensus[code],
        strengths: [],
        areasForImprovement: [],
        improvementIdeas: [],
        evidence: [],
      })),
      {
        code: '3.2',
        score: 30,
        strengths: ['Plán vzdělávání na každý rok'],
        areasForImprovement: [
          'Zastupitelnost na agendě příspěvku na péči',
          '<script>alert("x")</script> & "uvozovky"',
        ],
        improvementIdeas: [],
        evidence: [
          { title: 'Plán vzdělávání 2026', url: 'https://lipova.sharepoint.com/sites/kvalita/plan.docx' },
        ],
      },
    ],
    measures: [
      {
        title: 'Zaškolit druhou osobu',
        subcriterionCode: '3.2',
        ownerName: 'Bc. Lucie Dvořáková',
        deadline: '2027-06-30',
        status: 'approved',
        effective: null,
      },
    ],
    previousMeasures: [
      {
        title: 'Pravidelné porady vedení',
        subcriterionCode: '1.1',
        ownerName: 'Mgr. Petr Svoboda',
        deadline: '2025-06-30',
        status: 'closed',
        effective: true,
      },
      {
        title: 'Průzkum spokojenosti klientů',
        subcriterionCode: '1.1',
        ownerName: null,
        deadline: '2025-10-31',
        status: 'inProgress',
        effective: false,
      },
    ],
    surveyEvidence: [],
    ...overrides,
  };
}

interface Parsed {
  readonly xml: string;
  readonly text: string;
  /** Heading paragraphs in document order, as [style, text]. */
  readonly headings: readonly (readonly [string, string])[];
  readonly zip: JSZip;
}

async function parse(buffer: Buffer): Promise<Parsed> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const textOf = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  // The contents repeats the headings; the body is read without it.
  const body = xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
  const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => match[0]);
  const headings = paragraphs.flatMap((paragraph) => {
    const style = /<w:pStyle w:val="(Heading\d|Title)"\/>/.exec(paragraph)?.[1];
    return style ? [[style, textOf(paragraph)] as const] : [];
  });
  const text = paragraphs.map(textOf).join('\n');
  return { xml, text, headings, zip };
}

// The usual report is built once and read by every test that needs no variant of it.
let built: Promise<Parsed> | undefined;
const standard = () => (built ??= buildReportDocx(report()).then(parse));

const chapters = (parsed: Parsed) =>
  parsed.headings.filter(([style]) => style === 'Heading1').map(([, text]) => text);

// Laying out the pages for the contents' page numbers takes a second or two on a busy machine.
jest.setTimeout(30_000);

describe('self-assessment report (.docx)', () => {
  it('follows the recommended structure: title page, contents, then the chapters in order', async () => {
    const parsed = await standard();
    expect(parsed.headings[0]).toEqual(['Title', 'Zpráva o sebehodnocení podle modelu CAF 2020']);
    expect(chapters(parsed)).toEqual([
      'Shrnutí',
      'Organizace a průběh sebehodnocení',
      'Hodnocení subkritérií',
      'Srovnání s předchozím cyklem',
      'Plán zlepšování',
      'Příloha: průzkumy a opatření použité jako doklady',
    ]);
    // The contents is a TOC field over headings 1–3, filled in already, and Word updates fields on opening.
    expect(parsed.xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    expect(parsed.xml).toMatch(/<w:docPartGallery w:val="Table of Contents"\/>[\s\S]*Hodnocení subkritérií/);
    expect(parsed.text.indexOf('Obsah')).toBeLessThan(parsed.text.indexOf('Shrnutí'));
    const settings = (await parsed.zip.file('word/settings.xml')?.async('string')) ?? '';
    expect(settings).toContain('<w:updateFields');
    // Every subcriterion has its heading, under its criterion.
    expect(parsed.headings.filter(([style]) => style === 'Heading3')).toHaveLength(28);
    expect(parsed.headings.filter(([style]) => style === 'Heading2').map(([, text]) => text)).toContain(
      '3. Zaměstnanci',
    );
  });

  it('numbers the pages in the footer (PAGE of NUMPAGES), but not on the title page', async () => {
    const { zip, xml } = await standard();
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    const numbered = footers.filter((footer) => footer.includes('PAGE') && footer.includes('NUMPAGES'));
    expect(numbered).toHaveLength(1);
    expect(numbered[0]).toContain('Strana ');
    expect(xml).toContain('<w:titlePg');
  });

  it('summarises overall and per criterion with a native bar chart of this and the previous cycle', async () => {
    const { text, zip, xml } = await standard();
    expect(text).toContain('Celkové skóre je ');
    expect(text).toContain(
      'Oproti cyklu Sebehodnocení CAF 2024 (2. 9. 2024 – 13. 12. 2024) se celkové skóre změnilo o',
    );
    expect(text).toContain('Počet opatření v plánu zlepšování: 1.');
    expect(text).toContain(
      'Nejvýše hodnocená subkritéria: 6.2 Měření výkonnosti (72); 1.1 Udávat směr organizaci rozvíjením jejího poslání, vize a hodnot (55).',
    );
    expect(text).toContain(
      'Nejníže hodnocená subkritéria, kde je nejvíce prostoru pro zlepšení: 3.2 Rozvíjet a řídit kompetence zaměstnanců (30); 1.2 ',
    );
    expect(text).toContain('ohodnocena jsou jen některá subkritéria (4 z 28)');
    expect(xml).toContain('http://schemas.openxmlformats.org/drawingml/2006/chart');
    const chart = (await zip.file('word/charts/chart1.xml')?.async('string')) ?? '';
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('Tento cyklus');
    expect(chart).toContain('Sebehodnocení CAF 2024');
    expect(chart).toContain('1. Vedení');
  });

  it('describes the organisation and the process: department names, dates, the team leader first, the steps and the method', async () => {
    const { text } = await standard();
    expect(text).toContain('Rozsah: Odbor sociálních věcí, Finanční odbor.');
    expect(text).not.toMatch(/\bSOC\b|\bFIN\b/);
    expect(text).toContain('Sebehodnocení probíhalo od 1. 9. 2026 do 15. 12. 2026.');
    expect(text.indexOf('Bc. Lucie Dvořáková')).toBeLessThan(text.indexOf('Marie Procházková'));
    expect(text).toContain('4. Zorganizovat školení\nHotovo');
    expect(text).toContain('6. Zpracovat zprávu popisující výsledky\nProbíhá');
    expect(text).toContain('Klasické hodnocení');
  });

  it('gives each subcriterion its score, change, texts and evidence', async () => {
    const { text } = await standard();
    const start = text.indexOf('3.2 Rozvíjet a řídit kompetence zaměstnanců');
    const part = text.slice(start, text.indexOf('3.3 ', start));
    expect(part).toContain('Skóre: 30 – PLAN: přístup je naplánován');
    expect(part).toContain('Oproti cyklu Sebehodnocení CAF 2024: −5 (tehdy 35).');
    expect(part).toContain('Silné stránky\nPlán vzdělávání na každý rok');
    expect(part).toContain('Oblasti pro zlepšení\nZastupitelnost na agendě příspěvku na péči');
    expect(part).toContain('Náměty na zlepšení\nNeuvedeno.');
    expect(part).toContain('Plán vzdělávání 2026 – https://lipova.sharepoint.com/sites/kvalita/plan.docx');
    expect(part).toContain('Opatření plánu zlepšování\nZaškolit druhou osobu');
  });

  it('lists under each subcriterion the measures since the previous cycle, with status and effectiveness', async () => {
    const { text } = await standard();
    const detail = text.slice(
      text.indexOf('\nHodnocení subkritérií\n'),
      text.indexOf('\nSrovnání s předchozím cyklem\n'),
    );
    const first = detail.slice(detail.indexOf('1.1 '), detail.indexOf('1.2 '));
    expect(first).toContain('Opatření od cyklu Sebehodnocení CAF 2024');
    expect(first).toContain('Pravidelné porady vedení – Uzavřeno, účinné');
    expect(first).toContain('Průzkum spokojenosti klientů – Probíhá, neúčinné (znovu otevřeno)');
    // A subcriterion without such measures says nothing of them.
    const other = detail.slice(detail.indexOf('6.2 '));
    expect(other).not.toContain('Opatření od cyklu');
  });

  it('names the previous cycle it compares with, with its dates and approval, or says there is none', async () => {
    const { text } = await standard();
    expect(text).toContain(
      'Srovnává se s cyklem Sebehodnocení CAF 2024 (2. 9. 2024 – 13. 12. 2024); jeho zprávu schválil(a) Mgr. Petr Svoboda dne 20. 1. 2025.',
    );
    expect(text).toContain('1.1\n40\n55\n+15');
    const { text: first } = await parse(
      await buildReportDocx(
        report({ previousCycle: null, changes: [], previousOverall: null, previousCriteria: {} }),
      ),
    );
    expect(first).toContain('Předchozí srovnatelný cyklus není');
    const { text: unscored } = await parse(await buildReportDocx(report({ results: aggregate({}) })));
    expect(unscored).toContain('Tým zatím nedosáhl konsenzu u žádného subkritéria');
    expect(unscored).not.toContain('Celkové skóre je');
    expect(first).not.toContain('Sebehodnocení CAF 2024');
  });

  it('says the quality manager chose the cycle it compares with, instead of the default rule', async () => {
    const { text: byRule } = await standard();
    expect(byRule).toContain('Předchozím cyklem je poslední uzavřený cyklus se schválenou zprávou');
    const chosen = {
      name: 'Sebehodnocení CAF 2024',
      startDate: '2024-09-02',
      endDate: '2024-12-13',
      approval: { approvedBy: 'Mgr. Petr Svoboda', approvedAt: '2025-01-20' },
      chosen: true,
    };
    const { text } = await parse(await buildReportDocx(report({ previousCycle: chosen })));
    expect(text).toContain('Srovnává se s cyklem Sebehodnocení CAF 2024');
    expect(text).toContain('Cyklus pro srovnání zvolil(a) manažer/ka kvality');
    expect(text).not.toContain('Předchozím cyklem je poslední uzavřený cyklus se schválenou zprávou');
  });

  it('lists the improvement plan and, in the annex, the surveys, the previous plan and the documents used as evidence', async () => {
    const { text } = await parse(
      await buildReportDocx(
        report({
          surveyEvidence: [
            {
              title: 'Týdenní pulz: pohoda v práci',
              subcriteria: ['7.1', '3.3'],
              waves: 6,
              lastWaveOpensAt: '2026-11-16T07:00:00Z',
            },
          ],
        }),
      ),
    );
    const plan = text.slice(text.indexOf('\nPlán zlepšování\n'));
    expect(plan).toContain('3.2\nZaškolit druhou osobu\nBc. Lucie Dvořáková\n30. 6. 2027\nSchváleno');
    const annex = text.slice(text.indexOf('Příloha: průzkumy a opatření použité jako doklady'));
    expect(annex).toContain('Týdenní pulz: pohoda v práci\n7.1, 3.3\n6\n16. 11. 2026');
    expect(annex).toContain('Opatření z plánu zlepšování cyklu Sebehodnocení CAF 2024');
    expect(annex).toContain('1.1\nPravidelné porady vedení\nMgr. Petr Svoboda\n30. 6. 2025\nUzavřeno');
    expect(annex).toContain(
      '3.2\nPlán vzdělávání 2026\nhttps://lipova.sharepoint.com/sites/kvalita/plan.docx',
    );
    // The survey also appears under each of its subcriteria.
    expect(text.indexOf('Týdenní pulz')).toBeGreaterThan(text.indexOf('3.3 '));
  });

  it('lists released mystery-shopping campaigns as evidence under 6.1, 6.2 and 5.2', async () => {
    const { text } = await parse(
      await buildReportDocx(
        report({
          mysteryEvidence: [
            {
              campaignName: 'Mystery shopping – jaro 2026',
              endDate: '2026-06-30',
              evaluations: 120,
              meanScore: 78.4,
              subcriteria: ['6.1', '6.2', '5.2'],
            },
          ],
        }),
      ),
    );
    const line =
      'Mystery shopping – jaro 2026 (do 30. 6. 2026) – zveřejněných hodnocení: 120, průměrné skóre 78,4 %';
    const under62 = text.slice(text.indexOf('\n6.2 Měření výkonnosti\nSkóre'));
    expect(under62).toContain(`Doklady z mystery shoppingu\n${line}`);
    expect(text.split(line)).toHaveLength(4);
  });

  it('is a complete package: every part has a content type and every relationship a target, as Word requires to open it without repair', async () => {
    const { zip } = await standard();
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1]));
    const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => m[1]));
    const parts = Object.keys(zip.files).filter(
      (name) => !zip.files[name]?.dir && name !== '[Content_Types].xml',
    );
    for (const part of parts) {
      const extension = part.split('.').pop() ?? '';
      expect(
        overrides.has(`/${part}`) || defaults.has(extension) ? part : `${part} has no content type`,
      ).toBe(part);
    }
    for (const rels of parts.filter((name) => name.endsWith('.rels'))) {
      const folder = rels.replace(/_rels\/[^/]*\.rels$/, '');
      const xml = (await zip.file(rels)?.async('string')) ?? '';
      for (const [, target, mode] of xml.matchAll(/Target="([^"]+)"(?: TargetMode="([^"]+)")?/g)) {
        if (mode === 'External' || target === undefined) continue;
        const resolved = new URL(target, `file:///${folder}`).pathname.slice(1);
        expect(parts.includes(resolved) ? resolved : `${rels} points at missing ${target}`).toBe(resolved);
      }
    }
    expect(overrides.has('/word/charts/chart1.xml')).toBe(true);
  });

  it('keeps typed text as text: markup and quotes are escaped, never interpreted', async () => {
    const { xml, text } = await standard();
    expect(xml).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;uvozovky&quot;');
  });

  it('is written in English on request, with the approval recorded', async () => {
    const parsed = await parse(
      await buildReportDocx(
        report({
          locale: 'en',
          approval: { approvedBy: 'Mgr. Petr Svoboda', approvedAt: '2026-12-20T09:00:00Z' },
        }),
      ),
    );
    expect(chapters(parsed)).toEqual([
      'Summary',
      'The organisation and the self-assessment process',
      'Subcriterion assessment',
      'Comparison with the previous cycle',
      'Improvement plan',
      'Annex: surveys and measures used as evidence',
    ]);
    expect(parsed.text).toContain('Approved: Mgr. Petr Svoboda, 20 Dec 2026');
    expect(parsed.text).toContain('3.2 Develop and manage competencies of people');
    expect(parsed.text).toContain(
      'Compared with the cycle Sebehodnocení CAF 2024 (2 Sept 2024 – 13 Dec 2024)',
    );
    expect(parsed.text).toContain('Areas for improvement');
    expect(parsed.text).not.toContain('Shrnutí');
  });
});
