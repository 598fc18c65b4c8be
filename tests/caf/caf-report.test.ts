import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_MEASURES } from '../../scripts/local/demo/office';
import { startTestStack, type LocalStack } from '../support/e2e-stack';
import { convertWithLibreOffice, requireLibreOffice } from '../support/office-files';

/**
 * The self-assessment report of the demo office's cycle, as a quality manager downloads it: its
 * chapters, its comparison with the previous cycle and its annex, then opened by LibreOffice, which
 * must convert it without a complaint and lay out a document of plausible length.
 */
// Laying out the pages for the contents takes a second or two per report on a busy machine.
const REPORT_TIMEOUT = 60_000;

describe('self-assessment report of the demo office (.docx)', () => {
  let stack: LocalStack;
  let current: number;
  let scratch: string;
  const headers = (who: string) => ({
    Authorization: `Demo ${who}@lipova.example`,
    'content-type': 'application/json',
  });
  const download = async (id: number, locale: 'cs' | 'en') => {
    const response = await fetch(`${stack.serviceUrl}/api/caf/cycles/${id}/report.docx?locale=${locale}`, {
      headers: headers('jana.novakova'),
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const bodyText = async (docx: Buffer) => {
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    const body = xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
    const paragraphs = [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => match[0]);
    const textOf = (paragraph: string) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
    return {
      text: paragraphs.map(textOf).join('\n'),
      chapters: paragraphs.filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map(textOf),
    };
  };

  beforeAll(async () => {
    stack = await startTestStack();
    scratch = mkdtempSync(join(tmpdir(), 'kvalita-report-'));
    const response = await fetch(`${stack.serviceUrl}/api/caf/cycles`, { headers: headers('jana.novakova') });
    const { cycles } = (await response.json()) as { cycles: { id: number; status: string }[] };
    current = cycles.find((cycle) => cycle.status === 'scoring')?.id ?? 0;
  }, 60_000);
  afterAll(async () => {
    await stack.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it(
    'has the chapters in order in Czech and in English',
    async () => {
      expect((await bodyText(await download(current, 'cs'))).chapters).toEqual([
        'Shrnutí',
        'Organizace a průběh sebehodnocení',
        'Hodnocení subkritérií',
        'Srovnání s předchozím cyklem',
        'Plán zlepšování',
        'Příloha: průzkumy a opatření použité jako doklady',
      ]);
      expect((await bodyText(await download(current, 'en'))).chapters).toEqual([
        'Summary',
        'The organisation and the self-assessment process',
        'Subcriterion assessment',
        'Comparison with the previous cycle',
        'Improvement plan',
        'Annex: surveys and measures used as evidence',
      ]);
    },
    REPORT_TIMEOUT,
  );

  it(
    'names the closed, approved 2024 cycle as the previous one, not an unapproved cycle that started later',
    async () => {
      // A cycle started after 2024 but never closed nor approved is no baseline.
      const created = await fetch(`${stack.serviceUrl}/api/caf/cycles`, {
        method: 'POST',
        headers: headers('jana.novakova'),
        body: JSON.stringify({
          name: 'Pilotní sebehodnocení 2025',
          method: 'classical',
          startDate: '2025-03-03',
          endDate: '2025-06-30',
          scope: { kind: 'office' },
        }),
      });
      expect(created.status).toBe(201);
      const { text } = await bodyText(await download(current, 'cs'));
      expect(text).toContain(
        'Srovnává se s cyklem Sebehodnocení CAF 2024 (2. 9. 2024 – 13. 12. 2024); jeho zprávu schválil(a) Mgr. Petr Svoboda dne 20. 1. 2025.',
      );
      expect(text).not.toContain('Pilotní sebehodnocení 2025');
    },
    REPORT_TIMEOUT,
  );

  it(
    'writes the team and a departments scope with department names, not codes',
    async () => {
      const created = await fetch(`${stack.serviceUrl}/api/caf/cycles`, {
        method: 'POST',
        headers: headers('jana.novakova'),
        body: JSON.stringify({
          name: 'Sebehodnocení odborů 2027',
          method: 'classical',
          startDate: '2027-01-04',
          endDate: '2027-04-30',
          scope: { kind: 'departments', departmentCodes: ['OSV', 'OE'] },
        }),
      });
      const { id } = (await created.json()) as { id: number };
      const { text } = await bodyText(await download(id, 'cs'));
      expect(text).toContain('Rozsah: Odbor sociálních věcí, Ekonomický odbor.');
      expect(text).not.toMatch(/\bOSV\b|\bOE\b/);
      // Office-wide 2024 is another scope: there is nothing to compare this cycle with.
      expect(text).toContain('Předchozí srovnatelný cyklus není');
      const { text: demo } = await bodyText(await download(current, 'cs'));
      expect(demo).toContain('Bc. Lucie Dvořáková\nVedoucí týmu\nOdbor sociálních věcí');
    },
    REPORT_TIMEOUT,
  );

  it(
    'lists in its annex the surveys and the previous plan’s measures used as evidence',
    async () => {
      const { text } = await bodyText(await download(current, 'cs'));
      const annex = text.slice(text.indexOf('Příloha: průzkumy a opatření použité jako doklady'));
      expect(annex).toMatch(/Týdenní pulz: pohoda v práci\n(3\.3, 7\.1|7\.1, 3\.3)\n\d+\n/);
      expect(annex).toContain('Opatření z plánu zlepšování cyklu Sebehodnocení CAF 2024');
      for (const measure of DEMO_MEASURES) expect(annex).toContain(measure.title);
    },
    REPORT_TIMEOUT,
  );

  it(
    'opens in LibreOffice without a complaint and lays out at least five pages',
    async () => {
      requireLibreOffice();
      for (const locale of ['cs', 'en'] as const) {
        const conversion = convertWithLibreOffice(await download(current, locale), 'docx', 'pdf');
        expect(conversion.status).toBe(0);
        expect(conversion.log).toContain('writer_pdf_Export');
        expect(conversion.log).not.toMatch(/\berror\b/i);
        const pdf = join(scratch, `report-${locale}.pdf`);
        writeFileSync(pdf, conversion.outputs.get('input.pdf') ?? Buffer.alloc(0));
        expect(pageCount(pdf)).toBeGreaterThanOrEqual(5);
      }
    },
    4 * REPORT_TIMEOUT,
  );
});

/** Pages of a PDF: pdfinfo when poppler is there, else its page objects counted. */
function pageCount(pdf: string): number {
  try {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  } catch {
    return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  }
}
