import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  DocumentAcknowledgementsReply,
  DocumentChangeReply,
  DocumentEvidenceReply,
  DocumentOverviewReply,
  MyAcknowledgementsReply,
} from '@kvalita/core';
import ExcelJS from 'exceljs';
import { readProductionSettings, SettingsError } from '../../scripts/production/settings';
import { callDocuments, startDocumentsApp, uploadFile, type DocumentsTestApp } from './api-test-app';

const quality = 'jana.novakova';
const owner = 'tomas.cerny';
const director = 'petr.svoboda';
const reviewer = 'marie.prochazkova';
const clerk = 'eva.vesela';

const draft = {
  code: 'EK-01',
  title: 'Etický kodex',
  kind: 'codeOfEthics',
  description: 'Hodnoty a pravidla chování zaměstnanců úřadu.',
  ownerEmail: 'tomas.cerny@lipova.example',
  approverEmail: 'petr.svoboda@lipova.example',
  issuingBody: 'secretary',
  issuingResolution: null,
  reviewerEmails: ['marie.prochazkova@lipova.example'],
  departmentCodes: [],
  reviewIntervalMonths: 12,
  requiresAcknowledgement: true,
  acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
  relatedSubcriteria: ['1.1', '3.1'],
};
const PDF = new TextEncoder().encode('%PDF-1.7 Etický kodex úřadu');

/** A document's life over HTTP, as the tab and the cards call it. */
describe('documents API: a code of ethics from draft to acknowledgement', () => {
  let app: DocumentsTestApp;
  let id = 0;
  let etag = '';
  beforeAll(async () => {
    app = await startDocumentsApp();
  });
  afterAll(() => app.stop());

  const step = async (path: string, who: string, body: object) => {
    const reply = await callDocuments(app, 'POST', `/${id}${path}`, who, body);
    expect([path, reply.status]).toEqual([path, 200]);
    const change = reply.body as unknown as DocumentChangeReply;
    etag = change.document.etag;
    return change;
  };

  it('is written, commented, returned, approved once though two approve at once, and takes effect', async () => {
    const created = await callDocuments(app, 'POST', '', quality, { draft, fileType: 'pdf' });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(/\/api\/documents\/1$/);
    id = (created.body as unknown as DocumentChangeReply).document.id;
    etag = (created.body as unknown as DocumentChangeReply).document.etag;
    const uploaded = await uploadFile(
      app,
      id,
      owner,
      { name: 'Etický kodex.pdf', etag },
      PDF,
      'application/pdf',
    );
    etag = (uploaded.body as unknown as DocumentChangeReply).document.etag;
    await step('/submit', owner, { etag, reasonForChange: '' });
    const commented = await step('/comments', reviewer, {
      versionLabel: '0.1',
      text: 'Doplnit oznamovací kanál (zákon 171/2023 Sb.).',
    });
    expect(commented.comments[0]?.by?.email).toBe('marie.prochazkova@lipova.example');
    const returned = await step('/return', director, {
      etag,
      versionLabel: '0.1',
      comment: 'Doplňte oznamovací kanál.',
    });
    expect(returned.document.revision?.returnComment).toBe('Doplňte oznamovací kanál.');
    const again = await uploadFile(
      app,
      id,
      owner,
      { name: 'Etický kodex.pdf', etag },
      PDF,
      'application/pdf',
    );
    etag = (again.body as unknown as DocumentChangeReply).document.etag;
    await step('/submit', owner, { etag, reasonForChange: '' });

    const approval = {
      etag,
      versionLabel: '0.2',
      comment: 'Schvaluji.',
      effectiveFrom: null,
      issuingResolution: null,
    };
    const [first, second] = await Promise.all([
      callDocuments(app, 'POST', `/${id}/approve`, director, approval),
      callDocuments(app, 'POST', `/${id}/approve`, director, approval),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const detail = await callDocuments(app, 'GET', `/${id}`, clerk);
    const read = detail.body as unknown as DocumentChangeReply;
    expect(read.document.effectiveVersion?.label).toBe('1.0');
    expect(read.versions.map((version) => version.label)).toEqual(['1.0']);
    expect(read.allowed).toEqual(['acknowledge']);
  });

  it('is confirmed once per person; the second confirmation answers the same and stores nothing', async () => {
    const pending = await callDocuments(app, 'GET', '/acknowledgements/mine', clerk);
    expect((pending.body as unknown as MyAcknowledgementsReply).pending).toMatchObject([
      {
        documentId: id,
        code: 'EK-01',
        versionLabel: '1.0',
        contentUrl: `/api/documents/${id}/versions/1.0/content`,
      },
    ]);
    const first = await callDocuments(app, 'POST', `/${id}/acknowledge`, clerk, { versionLabel: '1.0' });
    const second = await callDocuments(app, 'POST', `/${id}/acknowledge`, clerk, { versionLabel: '1.0' });
    expect(second.body).toEqual(first.body);
    expect(app.acknowledgements.records).toHaveLength(1);
    const superseded = await callDocuments(
      app,
      'POST',
      `/${id}/acknowledge`,
      'jiri.kucera',
      { versionLabel: '0.2' },
      'cs',
    );
    expect([superseded.status, superseded.body.error?.reason?.key]).toEqual([
      409,
      'documents.rule.supersededVersion',
    ]);
    const rates = await callDocuments(app, 'GET', `/${id}/acknowledgements`, quality);
    expect((rates.body as unknown as DocumentAcknowledgementsReply).total).toEqual({
      audience: 10,
      acknowledged: 1,
    });
  });

  it('gives the overview as JSON and .xlsx, and the document as CAF evidence', async () => {
    const overview = await callDocuments(app, 'GET', '/overview', quality);
    expect((overview.body as unknown as DocumentOverviewReply).acknowledgementsByDocument).toMatchObject([
      { code: 'EK-01', audience: 10, acknowledged: 1 },
    ]);
    const file = await fetch(`${app.url}/overview.xlsx?locale=cs`, {
      headers: { Authorization: `Demo ${quality}@lipova.example` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('documents-overview-cs.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ke schválení',
      'Revize',
      'Seznámení podle dokumentů',
      'Seznámení podle útvarů',
    ]);
    const byDocument = workbook.getWorksheet('Seznámení podle dokumentů');
    expect(byDocument?.getRow(2).values).toEqual([undefined, 'EK-01', 'Etický kodex', '1.0', 10, 1, 0.1]);
    const denied = await fetch(`${app.url}/overview.xlsx`, {
      headers: { Authorization: `Demo ${clerk}@lipova.example` },
    });
    expect(denied.status).toBe(403);
    const evidence = await callDocuments(app, 'GET', '/evidence?subcriterion=3.1', clerk);
    expect((evidence.body as unknown as DocumentEvidenceReply).bySubcriterion['3.1']).toMatchObject([
      { code: 'EK-01', versionLabel: '1.0', effectiveFrom: '2026-12-03' },
    ]);
  });

  it('is withdrawn by its approver with a reason, and is then no one’s to confirm', async () => {
    const current = (await callDocuments(app, 'GET', `/${id}`, director))
      .body as unknown as DocumentChangeReply;
    etag = current.document.etag;
    const refused = await callDocuments(
      app,
      'POST',
      `/${id}/withdraw`,
      owner,
      { etag, reason: 'Zastaralé' },
      'cs',
    );
    expect([refused.status, refused.body.error?.message]).toEqual([
      403,
      'Platný dokument ruší jeho schvalovatel nebo ředitel/ka.',
    ]);
    const withdrawn = await step('/withdraw', director, { etag, reason: 'Nahrazen novým kodexem.' });
    expect(withdrawn.document.status).toBe('withdrawn');
    const pending = await callDocuments(app, 'GET', '/acknowledgements/mine', 'jiri.kucera');
    expect((pending.body as unknown as MyAcknowledgementsReply).pending).toEqual([]);
  });
});

describe('documents settings of the production host', () => {
  const base = {
    KVALITA_SITE_URL: 'https://lipova.sharepoint.com/sites/kvalita',
    KVALITA_TENANT_ID: '11111111-2222-3333-4444-555555555555',
    KVALITA_CLIENT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    KVALITA_CERT_THUMBPRINT: 'ABCDEF01',
    KVALITA_CERT_PRIVATE_KEY: 'pem',
    KVALITA_SSO_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
    KVALITA_SSO_APP_ID_URI: 'api://kvalita.lipova.example/66666666-7777-8888-9999-000000000000',
    MicrosoftAppId: 'bbbbbbbb-cccc-dddd-eeee-ffffffffffff',
    MicrosoftAppPassword: 'bot secret',
    MicrosoftAppTenantId: '11111111-2222-3333-4444-555555555555',
    KVALITA_RESPONDENT_SECRET: 'a production secret of at least thirty-two characters',
    KVALITA_OFFICE_NAME: 'Městský úřad Lipová',
    KVALITA_OFFICE_ICO: '12345679',
    KVALITA_OFFICE_RUIAN: '599999',
    KVALITA_OPENDATA_CONTACT: 'kvalita@lipova.example',
    KVALITA_PUBLIC_URL: 'https://kvalita.lipova.example',
  };

  it('defaults to a reminder after 7 days and escalation after 14, and refuses escalating first', () => {
    expect(readProductionSettings(base)).toMatchObject({
      KVALITA_DOCUMENT_ACK_REMINDER_DAYS: 7,
      KVALITA_DOCUMENT_ACK_ESCALATION_DAYS: 14,
    });
    const problems = (env: Record<string, string>) => {
      try {
        readProductionSettings({ ...base, ...env });
      } catch (error) {
        return error instanceof SettingsError ? error.problems : [String(error)];
      }
      return [];
    };
    expect(
      problems({ KVALITA_DOCUMENT_ACK_REMINDER_DAYS: '10', KVALITA_DOCUMENT_ACK_ESCALATION_DAYS: '5' }),
    ).toEqual([
      'KVALITA_DOCUMENT_ACK_ESCALATION_DAYS must be more than KVALITA_DOCUMENT_ACK_REMINDER_DAYS (the person is reminded before their head is told)',
    ]);
    expect(problems({ KVALITA_DOCUMENT_ACK_REMINDER_DAYS: '0' })[0]).toMatch(
      /^KVALITA_DOCUMENT_ACK_REMINDER_DAYS /,
    );
    expect(problems({ KVALITA_DOCUMENT_ACK_ESCALATION_DAYS: 'many' })[0]).toMatch(
      /^KVALITA_DOCUMENT_ACK_ESCALATION_DAYS /,
    );
  });
});
