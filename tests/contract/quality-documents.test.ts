import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ConcurrencyConflictError,
  MyWorkRepository,
  QualityDocumentsRepository,
  provisionLists,
  type DocumentMetadata,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../support/contract-target';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs' });
}, 60_000);
afterAll(() => target.close());

const directive = (code: string, reviewDate: string): DocumentMetadata => ({
  code,
  title: 'Směrnice o vyřizování stížností',
  kind: 'directive',
  status: 'effective',
  version: '2.0',
  ownerUserId: null,
  approverUserId: null,
  reviewDate,
  requiresAcknowledgement: true,
});

describe('quality documents', () => {
  it('uploads a document into the library with its metadata and finds it by code', async () => {
    const documents = new QualityDocumentsRepository(target.sp);
    const owner = await target.sp.web.ensureUser('jana.novakova@lipova.example');
    const stored = await documents.upload('SM-07 Stížnosti.docx', 'obsah směrnice', {
      ...directive('SM-07', '2027-03-31T00:00:00Z'),
      ownerUserId: owner.Id,
    });
    expect(stored).toMatchObject({
      code: 'SM-07',
      fileName: 'SM-07 Stížnosti.docx',
      kind: 'directive',
      status: 'effective',
      version: '2.0',
      ownerUserId: owner.Id,
      requiresAcknowledgement: true,
    });
    expect(stored.serverRelativeUrl).toBe('/sites/kvalita/KvalitaDocuments/SM-07 Stížnosti.docx');
    expect((await documents.findByCode('SM-07'))?.id).toBe(stored.id);
  });

  it('lists what is due for review, without drafts and withdrawn documents', async () => {
    const documents = new QualityDocumentsRepository(target.sp);
    await documents.upload('SM-08.docx', 'x', directive('SM-08', '2026-12-31T00:00:00Z'));
    await documents.upload('SM-09.docx', 'x', {
      ...directive('SM-09', '2026-11-30T00:00:00Z'),
      status: 'withdrawn',
    });
    await documents.upload('SM-10.docx', 'x', directive('SM-10', '2028-01-31T00:00:00Z'));
    const due = await documents.dueForReview('2027-06-30T00:00:00Z');
    expect(due.map((document) => document.code)).toEqual(['SM-08', 'SM-07']);
  });

  it('refuses a metadata change based on a stale read', async () => {
    const documents = new QualityDocumentsRepository(target.sp);
    const read = await documents.findByCode('SM-10');
    if (!read) throw new Error('SM-10 missing');
    await documents.updateMetadata(read.id, { status: 'inReview' }, read.etag);
    await expect(
      documents.updateMetadata(read.id, { status: 'withdrawn' }, read.etag),
    ).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect((await documents.get(read.id)).status).toBe('inReview');
  });

  it('asks people to acknowledge a version once, and counts who has', async () => {
    const documents = new QualityDocumentsRepository(target.sp);
    const document = await documents.findByCode('SM-07');
    if (!document) throw new Error('SM-07 missing');
    const petr = await target.sp.web.ensureUser('petr.svoboda@lipova.example');
    const eva = await target.sp.web.ensureUser('eva.dvorakova@lipova.example');
    const at = new Date('2027-01-10T09:00:00Z');
    expect(await documents.requestAcknowledgements(document, [petr.Id, eva.Id], at)).toBe(2);
    expect(await documents.requestAcknowledgements(document, [petr.Id, eva.Id, petr.Id], at)).toBe(0);

    const work = await new MyWorkRepository(target.sp).forUser(petr.Id);
    expect(work.acknowledgements).toEqual([
      expect.objectContaining({
        documentId: document.id,
        documentTitle: document.title,
        documentVersion: '2.0',
      }),
    ]);
    const request = work.acknowledgements[0];
    if (!request) throw new Error('no request');
    await documents.acknowledge(request.id, request.etag, new Date('2027-01-11T08:00:00Z'));
    expect(await documents.acknowledgementCounts(document.id, '2.0')).toEqual({
      requested: 1,
      acknowledged: 1,
    });
    expect((await new MyWorkRepository(target.sp).forUser(petr.Id)).acknowledgements).toEqual([]);
  });
});
