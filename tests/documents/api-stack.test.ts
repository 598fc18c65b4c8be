import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DocumentChangeReply, DocumentRegisterReply, MyAcknowledgementsReply } from '@kvalita/core';
import { startTestStack, type LocalStack } from '../support/e2e-stack';
import { callDocuments, uploadFile } from './api-test-app';

/*
 * A controlled document end to end on the local stack: the service on the local SharePoint (the
 * KvalitaDocuments library and its lists, through the real repositories) with the demo office,
 * through /api/documents as the tab calls it. The quality manager creates the standard, its owner
 * uploads the file and submits it, the director approves it (a major version through SharePoint's
 * versioning and content approval), a clerk reads it and confirms, twice; the file comes back as it
 * went in.
 */
describe('a controlled document through the whole stack', () => {
  let stack: LocalStack;
  let api: { url: string };
  beforeAll(async () => {
    stack = await startTestStack();
    api = { url: `${stack.serviceUrl}/api/documents` };
  }, 60_000);
  afterAll(() => stack?.stop());

  it('is created, uploaded, submitted, approved, read and confirmed once', async () => {
    const created = await callDocuments(api, 'POST', '', 'jana.novakova', {
      draft: {
        code: 'ST-E2E',
        title: 'Standard orientace na občana',
        kind: 'standard',
        description: 'Jak úřad jedná s občany.',
        ownerEmail: 'tomas.cerny@lipova.example',
        approverEmail: 'petr.svoboda@lipova.example',
        issuingBody: 'secretary',
        issuingResolution: null,
        reviewerEmails: ['marie.prochazkova@lipova.example'],
        departmentCodes: [],
        reviewIntervalMonths: 12,
        requiresAcknowledgement: true,
        acknowledgementAudience: { scope: 'departments', departmentCodes: ['OSV'], roles: [] },
        relatedSubcriteria: ['5.2'],
      },
      fileType: 'docx',
    });
    expect(created.status).toBe(201);
    let document = (created.body as unknown as DocumentChangeReply).document;
    const id = document.id;
    const bytes = new TextEncoder().encode('PK standard orientace na občana, verze ke schválení');
    const uploaded = await uploadFile(
      api,
      id,
      'tomas.cerny',
      { name: 'ST-E2E.docx', etag: document.etag },
      bytes,
    );
    expect(uploaded.status).toBe(200);
    document = (uploaded.body as unknown as DocumentChangeReply).document;
    const label = document.revision?.label ?? '';
    const submitted = await callDocuments(api, 'POST', `/${id}/submit`, 'tomas.cerny', {
      etag: document.etag,
      reasonForChange: '',
    });
    expect(submitted.status).toBe(200);
    document = (submitted.body as unknown as DocumentChangeReply).document;

    // The reviewer comments on the draft in review: the comment and its history entry are stored.
    const commented = await callDocuments(api, 'POST', `/${id}/comments`, 'marie.prochazkova', {
      versionLabel: label,
      text: 'Doplnit kontakt na podatelnu.',
    });
    expect(commented.status).toBe(200);
    const withComment = commented.body as unknown as DocumentChangeReply;
    expect(withComment.comments.map((comment) => comment.text)).toEqual(['Doplnit kontakt na podatelnu.']);
    expect(withComment.events[0]).toMatchObject({ kind: 'commented', versionLabel: label });
    expect(withComment.document.revision?.label).toBe(label);
    document = withComment.document;

    // Readers do not see the draft in review.
    const hidden = await callDocuments(api, 'GET', '?search=obcana', 'eva.vesela');
    expect((hidden.body as unknown as DocumentRegisterReply).items.map((item) => item.code)).not.toContain(
      'ST-E2E',
    );

    const approved = await callDocuments(api, 'POST', `/${id}/approve`, 'petr.svoboda', {
      etag: document.etag,
      versionLabel: label,
      comment: 'Schvaluji.',
      effectiveFrom: null,
      issuingResolution: null,
    });
    expect(approved.status).toBe(200);
    const effective = (approved.body as unknown as DocumentChangeReply).document;
    expect(effective.status).toBe('effective');
    const major = effective.effectiveVersion?.label ?? '';
    expect(major).toMatch(/^\d+\.0$/);

    const pending = await callDocuments(api, 'GET', '/acknowledgements/mine', 'lucie.dvorakova');
    expect((pending.body as unknown as MyAcknowledgementsReply).pending.map((p) => p.code)).toContain(
      'ST-E2E',
    );
    const first = await callDocuments(api, 'POST', `/${id}/acknowledge`, 'lucie.dvorakova', {
      versionLabel: major,
    });
    const second = await callDocuments(api, 'POST', `/${id}/acknowledge`, 'lucie.dvorakova', {
      versionLabel: major,
    });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect((second.body as unknown as DocumentChangeReply).acknowledgement).toEqual(
      (first.body as unknown as DocumentChangeReply).acknowledgement,
    );
    const outsider = await callDocuments(api, 'POST', `/${id}/acknowledge`, 'jiri.kucera', {
      versionLabel: major,
    });
    expect(outsider.status).toBe(403);

    const file = await fetch(`${api.url}/${id}/versions/${major}/content`, {
      headers: { Authorization: 'Demo jiri.kucera@lipova.example' },
    });
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });
});
