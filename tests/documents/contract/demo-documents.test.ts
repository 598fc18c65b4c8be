import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StoredDocumentSummary } from '@kvalita/core';
import {
  AcknowledgementsRepository,
  DepartmentsRepository,
  DocumentsRepository,
  SiteContext,
  connectSharePoint,
  departmentsList,
  documentAcknowledgementsList,
  documentCommentsList,
  documentEventsList,
  documentsLibrary,
  provisionLists,
} from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import ExcelJS from 'exceljs';
import { seedDemoDocuments } from '../../../scripts/local/demo/document-seed';
import { DEMO_DEPARTMENTS, DEMO_PEOPLE } from '../../../scripts/local/demo/office';
import { readAll } from '../document-draft';

/** What `npm start` seeds: the demo office's controlled documents, each view with something in it. */
const NOW = new Date('2026-11-22T10:00:00Z');
const today = NOW.toISOString().slice(0, 10);
let emulator: RunningEmulator;
let site: SiteContext;
let documents: DocumentsRepository;
let added: number;
let register: StoredDocumentSummary[];

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    dataFile: ':memory:',
    directory: DEMO_PEOPLE.map((person) => ({ email: person.email, displayName: person.displayName })),
  });
  const sp = connectSharePoint(emulator.siteUrl);
  await provisionLists(sp, {
    locale: 'cs',
    lists: [
      departmentsList,
      documentsLibrary,
      documentEventsList,
      documentCommentsList,
      documentAcknowledgementsList,
    ],
  });
  site = new SiteContext(sp);
  const departments = new DepartmentsRepository(site);
  for (const department of DEMO_DEPARTMENTS) await departments.upsert(department);
  added = await seedDemoDocuments(site, NOW);
  documents = new DocumentsRepository(site);
  register = await documents.summaries({});
}, 120_000);
afterAll(() => emulator.close());

const byCode = (code: string) => {
  const row = register.find((document) => document.code === code);
  if (!row) throw new Error(`no demo document ${code}`);
  return row;
};

describe('the demo office’s controlled documents', () => {
  it('are twelve, of every kind, and a second start adds none', async () => {
    expect(added).toBe(12);
    expect(register).toHaveLength(12);
    expect(new Set(register.map((row) => row.kind))).toEqual(
      new Set([
        'methodology',
        'standard',
        'strategy',
        'codeOfEthics',
        'processDescription',
        'form',
        'directive',
      ]),
    );
    expect(await seedDemoDocuments(site, NOW)).toBe(0);
    expect(await documents.summaries({})).toHaveLength(12);
  });

  it('keep the quality methodology’s three approved versions, the earlier two superseded and readable', async () => {
    const methodology = byCode('SM-01');
    expect(methodology).toMatchObject({ status: 'effective', versionLabel: '3.0' });
    const versions = (await documents.versions(methodology.id)).filter((version) =>
      version.label.endsWith('.0'),
    );
    expect(versions.map((version) => [version.label, version.status])).toEqual([
      ['3.0', 'effective'],
      ['2.0', 'superseded'],
      ['1.0', 'superseded'],
    ]);
    expect(versions.every((version) => version.approvedBy?.email === 'petr.svoboda@lipova.example')).toBe(
      true,
    );
    expect(versions[1]?.effectiveUntil).toBe(versions[0]?.effectiveFrom);
    const first = await documents.content(methodology.id, '1.0');
    const bytes = await readAll(first?.content ?? (async function* () {})());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('ask the whole office to confirm the code of ethics, and part of it has', async () => {
    const ethics = byCode('EK-01');
    expect(ethics).toMatchObject({
      status: 'effective',
      requiresAcknowledgement: true,
      acknowledgementAudience: { scope: 'office' },
    });
    const confirmed = await new AcknowledgementsRepository(site).forDocuments([ethics.id]);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed.length).toBeLessThan(DEMO_PEOPLE.length);
    expect(confirmed.every((row) => row.versionLabel === ethics.versionLabel)).toBe(true);
  });

  it('have a review past its date, a draft in review with a reviewer’s comment, and drafts', async () => {
    const overdue = register.filter(
      (row) => row.status === 'effective' && (row.nextReviewDate ?? '9999') < today,
    );
    expect(overdue.map((row) => row.code)).toContain('PP-02');
    const inReview = byCode('PP-03');
    expect(inReview).toMatchObject({ status: 'inReview', revisionStatus: 'inReview', versionLabel: null });
    const comments = await documents.comments(inReview.id);
    expect(comments[0]).toMatchObject({ by: { email: 'marie.prochazkova@lipova.example' } });
    expect(byCode('SM-03')).toMatchObject({ status: 'effective', revisionStatus: 'draft' });
    expect(byCode('SM-04')).toMatchObject({ status: 'draft', revisionStatus: 'draft' });
  });

  it('come as real files: Word, Excel and PDF', async () => {
    const read = async (code: string) => {
      const row = byCode(code);
      const document = await documents.get(row.id);
      const label = document?.effectiveVersion?.label ?? document?.revision?.label ?? '';
      return readAll((await documents.content(row.id, label))?.content ?? (async function* () {})());
    };
    const workbook = new ExcelJS.Workbook();
    const form = await read('FO-02');
    await workbook.xlsx.load(
      form.buffer.slice(form.byteOffset, form.byteOffset + form.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('Číslo');
    const pdf = (await read('PK-01')).toString('latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toContain('Protikorupcni strategie');
    expect((await read('ST-01')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
