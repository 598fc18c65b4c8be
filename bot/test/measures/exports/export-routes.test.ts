import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MeasureFilter } from '@kvalita/core';
import express from 'express';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity } from '../../../src/platform/auth/identity';
import { errorHandler } from '../../../src/platform/http/error-handler';
import { measureExportRoutes } from '../../../src/measures/exports/export-routes';
import { summary } from './measure-fixtures';

const register = [
  // Q3 2026: two of OSV (one done and effective), one of OD overdue, one cancelled (not counted).
  summary({ id: 1, title: 'Zkrátit čekání', status: 'closed', effective: true, deadline: '2026-07-31' }),
  summary({ id: 2, title: 'Školení přepážek', status: 'effectivenessCheck', deadline: '2026-09-30' }),
  summary({
    id: 3,
    title: 'Objednávkový systém',
    departmentCode: 'OD',
    departmentName: 'Odbor dopravy',
    owner: { email: 'petr.maly@lipova.example', displayName: 'Petr Malý' },
    overdue: true,
    deadline: '2026-08-15',
  }),
  summary({ id: 4, title: 'Zrušené', status: 'cancelled', deadline: '2026-08-01' }),
  // An earlier year's measure still overdue, and one of the next quarter.
  summary({ id: 5, title: 'Archiv spisů', overdue: true, deadline: '2025-11-30', owner: null }),
  summary({ id: 6, title: 'Příští čtvrtletí', deadline: '2026-11-30' }),
];

describe('the measures downloads over HTTP', () => {
  let server: Server;
  let base: string;
  const asked: { filter: MeasureFilter; who: string }[] = [];

  beforeAll(async () => {
    const app = express();
    app.use((req, _res, next) => {
      const identity: Identity = { email: 'jana.novakova@lipova.example', displayName: 'Jana', roles: [] };
      Object.assign(req, { identity });
      next();
    });
    app.use(
      '/api/measures',
      measureExportRoutes({
        source: {
          summaries: async (filter, who) => {
            asked.push({ filter, who: who.email });
            return register.filter(
              (measure) =>
                (filter.year === undefined || measure.deadline.startsWith(String(filter.year))) &&
                (filter.overdue === undefined || measure.overdue === filter.overdue) &&
                (filter.departmentCode === undefined || measure.departmentCode === filter.departmentCode),
            );
          },
        },
        filterOf: (query) => ({
          ...(typeof query['department'] === 'string' ? { departmentCode: query['department'] } : {}),
          pageSize: 50,
          page: 'next',
        }),
        officeName: 'Městský úřad Lipová',
        now: () => new Date('2026-10-05T08:00:00Z'),
      }),
    );
    app.use(errorHandler(() => undefined));
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/measures`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('exports the filtered register, every page of it, as the caller may see it', async () => {
    asked.length = 0;
    const response = await fetch(`${base}/export.xlsx?department=OD&locale=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(asked).toEqual([{ filter: { departmentCode: 'OD' }, who: 'jana.novakova@lipova.example' }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(2).value).toBe('Objednávkový systém');
    expect(sheet?.getRow(2).getCell(10).value).toBe('Odbor dopravy');
  });

  it('refuses a quarter or a language it does not know', async () => {
    for (const query of ['year=2026&quarter=5', 'year=20x6&quarter=1', 'locale=de']) {
      const response = await fetch(`${base}/report.docx?${query}`);
      expect(response.status).toBe(400);
    }
  });

  it('reports the quarter to the council: planned, done, effective, overdue, by department', async () => {
    const response = await fetch(`${base}/report.docx?year=2026&quarter=3&locale=cs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('measures-2026-q3-cs.docx');
    const { text, headings } = await bodyText(Buffer.from(await response.arrayBuffer()));
    expect(headings).toEqual(['Přehled čtvrtletí', 'Podle odborů', 'Opatření po termínu']);
    expect(text).toContain('Čtvrtletní zpráva o plnění opatření');
    expect(text).toContain('3. čtvrtletí 2026');
    // Totals: planned 3, done 2, effective 1, overdue 1 (the cancelled one left out).
    expect(text).toMatch(/Plánováno\n3\nSplněno\n2\nÚčinné\n1\nPo termínu\n1\n/);
    expect(text).toMatch(/Odbor dopravy\n1\n0\n0\n1\nOdbor sociálních věcí\n2\n2\n1\n0\nCelkem\n3\n2\n1\n1/);
    // Overdue: last year's first, with its missing owner said.
    const overdue = text.slice(text.indexOf('Opatření po termínu'));
    expect(overdue).toMatch(/Archiv spisů\nOdbor sociálních věcí\nneurčeno\n30\. 11\. 2025/);
    expect(overdue).toContain('Objednávkový systém\nOdbor dopravy\nPetr Malý');
    expect(overdue).not.toContain('Příští čtvrtletí');
  });

  it('opens in LibreOffice in both languages, with the English headings in English', async () => {
    for (const locale of ['cs', 'en'] as const) {
      const response = await fetch(`${base}/report.docx?year=2026&quarter=3&locale=${locale}`);
      const converted = convert(Buffer.from(await response.arrayBuffer()));
      expect(converted.status).toBe(0);
      expect(converted.log).not.toMatch(/\berror\b/i);
      expect(converted.text).toContain(locale === 'cs' ? 'Podle odborů' : 'By department');
      expect(converted.text).toContain(locale === 'cs' ? 'Opatření po termínu' : 'Overdue measures');
    }
  }, 240_000);
});

async function bodyText(docx: Buffer) {
  const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => match[0]);
  const textOf = (paragraph: string) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  return {
    text: paragraphs.map(textOf).join('\n'),
    headings: paragraphs.filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p)).map(textOf),
  };
}

/** The document converted to text by LibreOffice headless, in a scratch folder and profile of its own. */
function convert(file: Buffer) {
  const scratch = mkdtempSync(join(tmpdir(), 'kvalita-quarter-'));
  try {
    writeFileSync(join(scratch, 'input.docx'), file);
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(scratch, 'profile')}`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        join(scratch, 'out'),
        join(scratch, 'input.docx'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const outputs = readdirSync(join(scratch, 'out'));
    const text = outputs.includes('input.txt') ? readFileSync(join(scratch, 'out', 'input.txt'), 'utf8') : '';
    return { status: run.status, log: `${run.stdout}\n${run.stderr}`, text };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
