import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DocumentChangeReply, DocumentDraft } from '@kvalita/core';
import { request } from 'node:http';
import { HOSTILE_CHARACTERS } from '../support/hostile-text';
import {
  callDocuments,
  startDocumentsApp,
  uploadFile,
  type DocumentsTestApp,
  type Reply,
} from './api-test-app';

const quality = 'jana.novakova';
const owner = 'tomas.cerny';
const director = 'petr.svoboda';
const clerk = 'eva.vesela';

const draft = (changes: Partial<Record<keyof DocumentDraft, unknown>> = {}) => ({
  code: 'SM-01',
  title: 'Metodika řízení kvality',
  kind: 'methodology',
  description: 'Jak úřad řídí kvalitu.',
  ownerEmail: 'tomas.cerny@lipova.example',
  approverEmail: 'petr.svoboda@lipova.example',
  issuingBody: 'secretary',
  issuingResolution: null,
  reviewerEmails: ['marie.prochazkova@lipova.example'],
  departmentCodes: [],
  reviewIntervalMonths: 12,
  requiresAcknowledgement: true,
  acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
  relatedSubcriteria: ['1.1'],
  ...changes,
});

const DOCX = new TextEncoder().encode('PK… obsah metodiky řízení kvality');

/** Bad input of every kind: a clear 400/403/404/409/413/415, never a crash, never a partial write. */
describe('documents API: bad input', () => {
  let app: DocumentsTestApp;
  let id = 0;
  let etag = '';
  beforeAll(async () => {
    app = await startDocumentsApp();
    const created = await callDocuments(app, 'POST', '', quality, { draft: draft(), fileType: 'docx' });
    expect(created.status).toBe(201);
    const reply = created.body as unknown as DocumentChangeReply;
    id = reply.document.id;
    etag = reply.document.etag;
  });
  afterAll(() => app.stop());

  const call = (method: string, path: string, body?: unknown, who = quality, language = 'en') =>
    callDocuments(app, method, path, who, body, language);
  const expectError = (reply: Reply, status: number, code: string) =>
    expect([reply.status, reply.body.error?.code]).toEqual([status, code]);
  /** Runs `attempt` and checks that it wrote nothing and the document reads as before. */
  const unchanged = async (attempt: () => Promise<unknown>) => {
    const writes = app.store.writes;
    const before = await call('GET', `/${id}`);
    await attempt();
    expect(app.store.writes).toBe(writes);
    const after = await call('GET', `/${id}`);
    expect([after.status, after.body]).toEqual([before.status, before.body]);
  };

  it('answers malformed JSON, wrong types, unknown fields and huge bodies with 400/413 naming the field', async () => {
    await unchanged(async () => {
      expectError(await call('POST', '', '{"draft": {"code": "SM-02",'), 400, 'badRequest');
      const typed = await call('POST', '', {
        draft: draft({ title: 7, reviewIntervalMonths: '12' }),
        fileType: 'docx',
      });
      expectError(typed, 400, 'badRequest');
      expect(typed.body.error?.details).toMatch(/draft\.title.*draft\.reviewIntervalMonths/);
      expectError(
        await call('POST', '', { draft: draft({ code: 'SM-02' }), fileType: 'docx', status: 'effective' }),
        400,
        'badRequest',
      );
      expectError(await call('POST', '', [draft()]), 400, 'badRequest');
      expectError(await call('POST', '', 'null'), 400, 'badRequest');
      expectError(
        await call('POST', '', { draft: draft({ code: 'SM-02', title: 'x'.repeat(256) }), fileType: 'pdf' }),
        400,
        'badRequest',
      );
      expectError(
        await call('POST', '', { draft: draft({ description: 'x'.repeat(300_000) }), fileType: 'pdf' }),
        413,
        'payloadTooLarge',
      );
      expectError(
        await call('POST', `/${id}/approve`, { etag, versionLabel: '0.1', comment: 7 }),
        400,
        'badRequest',
      );
    });
  });

  it('refuses OData and markup injection in codes and department codes, and searches hostile text as text', async () => {
    await unchanged(async () => {
      for (const code of ["SM-01' or 1 eq 1", '<script>', 'SM 01', "SM-01')/items"])
        expectError(await call('POST', '', { draft: draft({ code }), fileType: 'pdf' }), 400, 'badRequest');
      expectError(
        await call('POST', '', {
          draft: draft({ code: 'SM-03', departmentCodes: ["OSV' or '1'='1"] }),
          fileType: 'pdf',
        }),
        400,
        'badRequest',
      );
      expectError(
        await call('GET', `?departmentCode=${encodeURIComponent("OSV' or 1 eq 1")}`),
        400,
        'badRequest',
      );
      expectError(await call('GET', '?$filter=Id%20gt%200'), 400, 'badRequest');
      expectError(await call('GET', '?status=effective&status=effective'), 400, 'badRequest');
      const searched = await call('GET', `?search=${encodeURIComponent("' or 1 eq 1 <b>")}`);
      expect([searched.status, searched.body['total']]).toEqual([200, 0]);
    });
  });

  it('keeps readable Unicode and markup as text, and drops what no one can see', async () => {
    // Each hostile character on its own (two lone halves side by side would make a pair).
    const hostile = `Etický ${HOSTILE_CHARACTERS.join('x')}kodex <b>&amp;</b> 👍`;
    const created = await call('POST', '', {
      draft: draft({ code: 'EK-01', title: hostile }),
      fileType: 'pdf',
    });
    expect(created.status).toBe(201);
    const title = (created.body as unknown as DocumentChangeReply).document.title;
    expect(title).toBe(`Etický ${'x'.repeat(HOSTILE_CHARACTERS.length - 1)}kodex <b>&amp;</b> 👍`);
    const again = await call('POST', '', { draft: draft({ code: 'ek-01' }), fileType: 'pdf' });
    expectError(again, 409, 'conflict');
    expect(again.body.error?.reason?.key).toBe('documents.invalid.codeTaken');
  });

  it('refuses unknown people and departments, self-approval, and an employee creating', async () => {
    await unchanged(async () => {
      const stranger = await call('POST', '', {
        draft: draft({ code: 'SM-04', reviewerEmails: ['nikdo@jinde.example'] }),
        fileType: 'pdf',
      });
      expectError(stranger, 400, 'badRequest');
      expect(stranger.body.error?.details).toBe(
        'draft.reviewerEmails.0: no such person in the office directory',
      );
      expectError(
        await call('POST', '', { draft: draft({ code: 'SM-05', departmentCodes: ['XX'] }), fileType: 'pdf' }),
        400,
        'badRequest',
      );
      expectError(
        await call('POST', '', {
          draft: draft({ code: 'SM-06', ownerEmail: 'petr.svoboda@lipova.example' }),
          fileType: 'pdf',
        }),
        400,
        'badRequest',
      );
      const employee = await call(
        'POST',
        '',
        { draft: draft({ code: 'SM-07' }), fileType: 'pdf' },
        'jiri.kucera',
        'cs',
      );
      expectError(employee, 403, 'forbidden');
      expect(employee.body.error?.message).toBe(
        'Řízené dokumenty zakládá manažer/ka kvality, ředitel/ka nebo vedoucí odboru.',
      );
    });
  });

  it('refuses stale and malformed etags, wrong ids, and shows a draft to nobody but its parties', async () => {
    await unchanged(async () => {
      const edit = (tag: unknown) =>
        call('PUT', `/${id}`, { etag: tag, draft: draft({ title: 'Jiný název' }) });
      expectError(await edit('"999"'), 409, 'conflict');
      expectError(await edit('nonsense with spaces'), 400, 'badRequest');
      expectError(await edit(''), 400, 'badRequest');
      expectError(await edit(3), 400, 'badRequest');
      expectError(await call('GET', '/0'), 404, 'notFound');
      expectError(await call('GET', '/1e3'), 404, 'notFound');
      expectError(await call('GET', '/99999'), 404, 'notFound');
      expectError(await call('GET', `/${id}`, undefined, clerk), 404, 'notFound');
      expectError(await call('GET', `/${id}/versions/x/content`), 404, 'notFound');
      expectError(await call('GET', '/evidence?subcriterion=10.1'), 400, 'badRequest');
      expectError(await call('GET', '/overview', undefined, clerk), 403, 'forbidden');
      expectError(await call('GET', '/', undefined, null as unknown as string), 401, 'unauthorized');
    });
  });

  it('streams uploads: another type 415, no length 400, broken off keeps nothing', async () => {
    const detail = await call('GET', `/${id}`);
    const current = (detail.body as unknown as DocumentChangeReply).document.etag;
    await unchanged(async () => {
      const pdf = await uploadFile(
        app,
        id,
        owner,
        { name: 'SM-01.pdf', etag: current },
        DOCX,
        'application/pdf',
      );
      expectError(pdf, 415, 'unsupportedMediaType');
      expect(pdf.body.error?.message).toBe(
        'Řízený dokument může být jen soubor .docx, .pdf nebo .xlsx zvoleného typu.',
      );
      expectError(
        await uploadFile(app, id, owner, { name: 'SM-01.exe', etag: current }, DOCX),
        415,
        'unsupportedMediaType',
      );
      expectError(
        await uploadFile(app, id, owner, { name: 'SM-01.docx', etag: current }, DOCX, 'text/html'),
        415,
        'unsupportedMediaType',
      );
      expectError(
        await uploadFile(app, id, owner, { name: '../SM-01.docx', etag: current }, DOCX),
        400,
        'badRequest',
      );
      expectError(await uploadFile(app, id, owner, { name: 'SM-01.docx' }, DOCX), 400, 'badRequest');
      expectError(
        await uploadFile(app, id, owner, { name: 'SM-01.docx', etag: '"99"' }, DOCX),
        409,
        'conflict',
      );
      expectError(
        await uploadFile(app, id, owner, { name: 'SM-01.docx', etag: current }, new Uint8Array()),
        400,
        'badRequest',
      );
      const chunked = await fetch(
        `${app.url}/${id}/file?name=SM-01.docx&etag=${encodeURIComponent(current)}`,
        {
          method: 'PUT',
          headers: {
            Authorization: `Demo ${owner}@lipova.example`,
            'content-type': 'application/octet-stream',
          },
          body: new ReadableStream({
            start(controller) {
              controller.enqueue(DOCX);
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit,
      );
      const body = (await chunked.json()) as Reply['body'];
      expect([chunked.status, body.error?.reason?.key]).toEqual([400, 'documents.file.lengthRequired']);
      // Declares 1,000 bytes, sends 10 and the connection breaks off.
      await new Promise<void>((resolve) => {
        const url = new URL(`${app.url}/${id}/file?name=SM-01.docx&etag=${encodeURIComponent(current)}`);
        const outgoing = request(url, {
          method: 'PUT',
          headers: {
            Authorization: `Demo ${owner}@lipova.example`,
            'content-type': 'application/octet-stream',
            'content-length': '1000',
          },
        });
        outgoing.on('error', () => resolve());
        outgoing.on('response', () => resolve());
        outgoing.write(DOCX.slice(0, 10), () => setTimeout(() => outgoing.destroy(), 50));
        outgoing.on('close', () => resolve());
      });
      // Give the service the moment it needs to notice the break.
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
  });

  it('takes a good upload, refuses a double submit, and serves the version with its name in any language', async () => {
    const before = (await call('GET', `/${id}`)).body as unknown as DocumentChangeReply;
    const uploaded = await uploadFile(
      app,
      id,
      owner,
      { name: 'Metodika řízení kvality.docx', etag: before.document.etag },
      DOCX,
    );
    expect(uploaded.status).toBe(200);
    const reply = uploaded.body as unknown as DocumentChangeReply;
    expect(reply.document.revision?.file).toEqual({
      name: 'Metodika řízení kvality.docx',
      type: 'docx',
      bytes: DOCX.length,
    });
    const submit = { etag: reply.document.etag, reasonForChange: '' };
    expect((await call('POST', `/${id}/submit`, submit, owner)).status).toBe(200);
    await unchanged(async () => {
      expectError(await call('POST', `/${id}/submit`, submit, owner), 409, 'conflict');
    });
    const file = await fetch(`${app.url}/${id}/versions/0.1/content`, {
      headers: { Authorization: `Demo ${director}@lipova.example` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="Metodika rizeni kvality.docx"; filename*=UTF-8''Metodika%20%C5%99%C3%ADzen%C3%AD%20kvality.docx`,
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(DOCX);
    const hidden = await fetch(`${app.url}/${id}/versions/0.1/content`, {
      headers: { Authorization: `Demo ${clerk}@lipova.example` },
    });
    expect(hidden.status).toBe(404);
  });
});
