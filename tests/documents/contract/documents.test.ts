import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DuplicateKeyError, StaleVersionError, type VersionApproval } from '@kvalita/core';
import {
  DepartmentsRepository,
  DocumentFileTypeError,
  DocumentsRepository,
  SiteContext,
  UploadLengthError,
  departmentsList,
  documentAcknowledgementsList,
  documentCommentsList,
  documentEventsList,
  documentsLibrary,
  provisionLists,
} from '@kvalita/sharepoint';
import { CheckinType } from '@pnp/sp/files';
import '@pnp/sp/files';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';
import { breaksOff, documentEvent, methodologyDraft, piecesOf, readAll, textBytes } from '../document-draft';

/*
 * The controlled documents' storage on the library itself: SharePoint's minor versions are the
 * drafts, a publish and an approval make the next major version, metadata changes add no version,
 * uploads go in chunks and break off without a trace, and every approved version stays readable.
 */

let target: ContractTarget;
let documents: DocumentsRepository;
const run = Date.now().toString(36).toUpperCase();
const code = (name: string) => `${name}-${run}`;
const CHUNK = 1024;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [
      departmentsList,
      documentsLibrary,
      documentEventsList,
      documentCommentsList,
      documentAcknowledgementsList,
    ],
  });
  await new DepartmentsRepository(target.site).upsert({
    code: 'OSV',
    name: 'Odbor sociálních věcí',
    parentCode: null,
  });
  documents = new DocumentsRepository(target.site, { uploadChunkBytes: CHUNK });
}, 60_000);
afterAll(() => target.close());

const approval = (versionLabel: string, overrides: Partial<VersionApproval> = {}): VersionApproval => ({
  versionLabel,
  approverEmail: 'petr.svoboda@lipova.example',
  comment: 'Schvaluji.',
  effectiveFrom: '2026-09-01',
  nextReviewDate: '2027-09-01',
  issuingResolution: null,
  status: 'effective',
  ...overrides,
});

async function created(name: string, type: 'docx' | 'pdf' | 'xlsx' = 'docx'): Promise<number> {
  return documents.create(
    methodologyDraft(code(name)),
    type,
    'jana.novakova@lipova.example',
    documentEvent('created', '0.1'),
  );
}

async function upload(id: number, bytes: Uint8Array, type: 'docx' | 'pdf' | 'xlsx' = 'docx'): Promise<void> {
  const document = await documents.get(id);
  await documents.uploadDraft(
    id,
    document?.etag ?? '',
    { name: 'koncept.docx', type, bytes: bytes.length, content: piecesOf(bytes, 700) },
    documentEvent('uploaded', document?.revision?.label ?? ''),
  );
}

async function approve(id: number, overrides: Partial<VersionApproval> = {}): Promise<void> {
  const document = await documents.get(id);
  const label = document?.revision?.label ?? '';
  await documents.approve(
    id,
    document?.etag ?? '',
    approval(label, overrides),
    documentEvent('approved', label, 'petr.svoboda@lipova.example'),
  );
}

describe('the documents library', () => {
  it('creates a draft as the empty file <code>.<type> with its metadata, and no version yet', async () => {
    const id = await created('SM');
    const document = await documents.get(id);
    expect(document).toMatchObject({
      code: code('SM'),
      title: 'Metodika řízení kvality',
      kind: 'methodology',
      status: 'draft',
      ownerEmail: 'jana.novakova@lipova.example',
      approverEmail: 'petr.svoboda@lipova.example',
      reviewerEmails: ['adam.cermak@lipova.example'],
      relatedSubcriteria: ['1.1', '5.2'],
      effectiveVersion: null,
      revision: { status: 'draft', file: null },
    });
    const file = await target.sp.web
      .getList('/sites/kvalita/KvalitaDocuments')
      .items.getById(id)
      .file.select('Name', 'UIVersionLabel')();
    expect(file).toMatchObject({ Name: `${code('SM')}.docx`, UIVersionLabel: '0.1' });
    expect(await documents.versions(id)).toEqual([]);
    expect((await documents.events(id)).map((event) => event.kind)).toEqual(['created']);
  });

  it('refuses a code in use with DuplicateKeyError, and writes nothing', async () => {
    await created('DUP');
    await expect(created('DUP')).rejects.toBeInstanceOf(DuplicateKeyError);
    // Another file type, so another file name: the unique code column refuses it.
    await expect(created('DUP', 'pdf')).rejects.toBeInstanceOf(DuplicateKeyError);
    const rows = await documents.summaries({});
    expect(rows.filter((row) => row.code === code('DUP'))).toHaveLength(1);
  });

  it('uploads a draft in chunks as the next minor version, and reads it back', async () => {
    const id = await created('UP');
    const bytes = textBytes('Metodika, první koncept. ', 200);
    await upload(id, bytes);
    const versions = await documents.versions(id);
    expect(versions.map((version) => [version.label, version.status, version.file.bytes])).toEqual([
      ['0.1', 'draft', bytes.length],
    ]);
    const content = await documents.content(id, '0.1');
    expect(content).toMatchObject({ name: `${code('UP')}.docx`, type: 'docx' });
    expect(await readAll(content?.content ?? piecesOf(new Uint8Array(), 1))).toEqual(Buffer.from(bytes));
    const events = await documents.events(id);
    expect(events[0]).toMatchObject({ kind: 'uploaded', versionLabel: '0.1' });
  });

  it('refuses a stale etag, a file of another type and a wrong length, and keeps the draft as it was', async () => {
    const id = await created('BAD');
    const first = textBytes('první ', 300);
    await upload(id, first);
    const document = await documents.get(id);
    const etag = document?.etag ?? '';
    const bytes = textBytes('druhý ', 300);
    const event = documentEvent('uploaded', '0.2');
    await expect(
      documents.uploadDraft(
        id,
        '"{00000000-0000-0000-0000-000000000000},1"',
        { name: 'x.docx', type: 'docx', bytes: bytes.length, content: piecesOf(bytes, 500) },
        event,
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
    await expect(
      documents.uploadDraft(
        id,
        etag,
        { name: 'x.pdf', type: 'pdf', bytes: bytes.length, content: piecesOf(bytes, 500) },
        event,
      ),
    ).rejects.toBeInstanceOf(DocumentFileTypeError);
    await expect(
      documents.uploadDraft(
        id,
        etag,
        { name: 'x.docx', type: 'docx', bytes: bytes.length + 10, content: piecesOf(bytes, 500) },
        event,
      ),
    ).rejects.toBeInstanceOf(UploadLengthError);
    await expect(
      documents.uploadDraft(
        id,
        etag,
        { name: 'x.docx', type: 'docx', bytes: 100, content: piecesOf(bytes, 500) },
        event,
      ),
    ).rejects.toBeInstanceOf(RangeError);
    expect((await documents.versions(id)).map((version) => version.label)).toEqual(['0.1']);
    expect(
      await readAll((await documents.content(id, '0.1'))?.content ?? piecesOf(new Uint8Array(), 1)),
    ).toEqual(Buffer.from(first));
    expect((await documents.get(id))?.etag).toBe(etag);
  });

  it('cancels an upload that breaks off half-way: the previous version and its content stay', async () => {
    const id = await created('CUT');
    const first = textBytes('platný text ', 400);
    await upload(id, first);
    const document = await documents.get(id);
    const bytes = textBytes('nový text ', 1000);
    await expect(
      documents.uploadDraft(
        id,
        document?.etag ?? '',
        { name: 'x.docx', type: 'docx', bytes: bytes.length, content: breaksOff(bytes, 512, 3 * CHUNK) },
        documentEvent('uploaded', '0.2'),
      ),
    ).rejects.toThrow('connection reset');
    expect((await documents.versions(id)).map((version) => [version.label, version.file.bytes])).toEqual([
      ['0.1', first.length],
    ]);
    expect(
      await readAll((await documents.content(id, '0.1'))?.content ?? piecesOf(new Uint8Array(), 1)),
    ).toEqual(Buffer.from(first));
    expect((await documents.get(id))?.etag).toBe(document?.etag);
    // A later upload goes through as usual.
    await upload(id, bytes);
    expect((await documents.versions(id)).map((version) => version.label)).toEqual(['0.2', '0.1']);
  });

  it('changes metadata without adding a version, and refuses a stale etag', async () => {
    const id = await created('META');
    await upload(id, textBytes('obsah ', 100));
    const before = await documents.get(id);
    await documents.change(
      id,
      before?.etag ?? '',
      {
        state: {
          status: 'inReview',
          revisionStatus: 'inReview',
          reasonForChange: 'První vydání',
          submittedAt: '2026-08-20T08:00:00Z',
        },
      },
      documentEvent('submitted', '0.1', 'jana.novakova@lipova.example', 'První vydání'),
    );
    const after = await documents.get(id);
    expect(after).toMatchObject({
      status: 'inReview',
      revision: { label: '0.1', status: 'inReview', reasonForChange: 'První vydání' },
    });
    expect(after?.etag).not.toBe(before?.etag);
    expect((await documents.versions(id)).map((version) => [version.label, version.status])).toEqual([
      ['0.1', 'inReview'],
    ]);
    await expect(
      documents.change(
        id,
        before?.etag ?? '',
        { state: { status: 'draft' } },
        documentEvent('returned', '0.1'),
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect((await documents.get(id))?.status).toBe('inReview');
  });

  it('approves a draft as the next major version, and keeps every earlier one readable', async () => {
    const id = await created('APP');
    const first = textBytes('vydání 1 ', 300);
    await upload(id, first);
    await approve(id);
    let document = await documents.get(id);
    expect(document).toMatchObject({
      status: 'effective',
      revision: null,
      effectiveFrom: '2026-09-01',
      nextReviewDate: '2027-09-01',
      effectiveVersion: {
        label: '1.0',
        status: 'effective',
        approvedBy: { email: 'petr.svoboda@lipova.example' },
        effectiveFrom: '2026-09-01',
      },
    });
    expect(document?.webUrl).toMatch(new RegExp(`/sites/kvalita/KvalitaDocuments/${code('APP')}\\.docx$`));
    const file = await target.sp.web
      .getList('/sites/kvalita/KvalitaDocuments')
      .items.getById(id)
      .file.select('UIVersionLabel', 'Level')();
    expect(file).toMatchObject({ UIVersionLabel: '1.0', Level: 1 });

    // A revision: its first draft 1.1 is the approved text with the draft's metadata (readers keep
    // seeing 1.0's), the owner's file is 1.2, approved as 2.0.
    await documents.change(
      id,
      document?.etag ?? '',
      { state: { revisionStatus: 'draft', reasonForChange: 'Nové kapitoly' } },
      documentEvent('revisionStarted', '1.1'),
    );
    document = await documents.get(id);
    expect(document?.revision).toMatchObject({
      label: '1.1',
      status: 'draft',
      file: { bytes: first.length },
    });
    const second = textBytes('vydání 2 ', 500);
    await upload(id, second);
    document = await documents.get(id);
    expect(document?.revision).toMatchObject({
      label: '1.2',
      status: 'draft',
      file: { bytes: second.length },
    });
    expect(document?.effectiveVersion?.label).toBe('1.0');
    await approve(id, { effectiveFrom: '2027-01-01', nextReviewDate: '2028-01-01' });
    const versions = await documents.versions(id);
    expect(versions.map((version) => [version.label, version.status])).toEqual([
      ['2.0', 'effective'],
      ['1.2', 'draft'],
      ['1.1', 'draft'],
      ['1.0', 'superseded'],
      ['0.1', 'draft'],
    ]);
    expect(versions.find((version) => version.label === '1.0')).toMatchObject({
      effectiveFrom: '2026-09-01',
      effectiveUntil: '2027-01-01',
    });
    expect(versions.find((version) => version.label === '2.0')?.reasonForChange).toBe('Nové kapitoly');
    expect(
      await readAll((await documents.content(id, '1.0'))?.content ?? piecesOf(new Uint8Array(), 1)),
    ).toEqual(Buffer.from(first));
    expect(
      await readAll((await documents.content(id, '2.0'))?.content ?? piecesOf(new Uint8Array(), 1)),
    ).toEqual(Buffer.from(second));
    expect(await documents.content(id, '7.0')).toBeNull();
  });

  it('refuses to approve a stale etag or an older draft than the current one', async () => {
    const id = await created('OLD');
    await upload(id, textBytes('a ', 50));
    const read = await documents.get(id);
    await upload(id, textBytes('b ', 50));
    await expect(
      documents.approve(id, read?.etag ?? '', approval('0.1'), documentEvent('approved', '0.1')),
    ).rejects.toBeInstanceOf(StaleVersionError);
    const fresh = await documents.get(id);
    await expect(
      documents.approve(id, fresh?.etag ?? '', approval('0.1'), documentEvent('approved', '0.1')),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect((await documents.versions(id)).map((version) => version.status)).toEqual(['draft', 'draft']);
  });

  it('lets one of two approvers at once win; the other gets a stale error and one major version is made', async () => {
    const id = await created('RACE');
    await upload(id, textBytes('sporný text ', 80));
    const document = await documents.get(id);
    const settled = await Promise.allSettled([
      documents.approve(
        id,
        document?.etag ?? '',
        approval('0.1'),
        documentEvent('approved', '0.1', 'petr.svoboda@lipova.example'),
      ),
      documents.approve(
        id,
        document?.etag ?? '',
        approval('0.1', { comment: 'Také schvaluji.' }),
        documentEvent('approved', '0.1', 'petr.svoboda@lipova.example'),
      ),
    ]);
    expect(settled.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = settled.find((result) => result.status === 'rejected');
    expect(refused?.status === 'rejected' ? refused.reason : null).toBeInstanceOf(StaleVersionError);
    const versions = await documents.versions(id);
    expect(
      versions.filter((version) => version.label.endsWith('.0')).map((version) => version.label),
    ).toEqual(['1.0']);
    expect((await documents.events(id)).filter((event) => event.kind === 'approved')).toHaveLength(1);
  });

  it('finishes an approval that stopped half-way (checked out; published but not approved)', async () => {
    const library = target.sp.web.getList('/sites/kvalita/KvalitaDocuments');
    // Stopped after the check-out.
    const first = await created('HALF');
    await upload(first, textBytes('text ', 60));
    await library.items.getById(first).file.checkout();
    await approve(first);
    expect((await documents.get(first))?.effectiveVersion?.label).toBe('1.0');

    // Stopped after the major check-in: SharePoint holds 1.0 pending approval.
    const second = await created('PEND');
    await upload(second, textBytes('text ', 70));
    const read = await documents.get(second);
    const file = library.items.getById(second).file;
    await file.checkout();
    // Step 2 as the approval writes it: the approval's metadata on the checked-out draft.
    await library.items.getById(second).update(
      {
        DocumentStatus: 'Platný',
        RevisionStatus: null,
        EffectiveVersion: '1.0',
        ApprovedDraft: '0.1',
        EffectiveFrom: '2026-09-01T12:00:00Z',
        NextReviewDate: '2027-09-01T12:00:00Z',
      },
      read?.etag,
    );
    await file.checkin('', CheckinType.Major);
    expect(await file.select('UIVersionLabel', 'Level')()).toMatchObject({ UIVersionLabel: '1.0', Level: 2 });
    // The service reads the document again: the draft being approved is still 0.2.
    const pending = await documents.get(second);
    expect(pending?.revision).toBeNull();
    await documents.approve(
      second,
      pending?.etag ?? '',
      approval('0.1'),
      documentEvent('approved', '0.1', 'petr.svoboda@lipova.example'),
    );
    expect(await file.select('UIVersionLabel', 'Level')()).toMatchObject({ UIVersionLabel: '1.0', Level: 1 });
    const document = await documents.get(second);
    expect(document).toMatchObject({
      status: 'effective',
      effectiveVersion: { label: '1.0', status: 'effective' },
    });
    expect((await documents.events(second)).filter((event) => event.kind === 'approved')).toHaveLength(1);
    // Called once more (a retry after a lost answer): nothing new.
    await documents.approve(
      second,
      document?.etag ?? '',
      approval('0.1'),
      documentEvent('approved', '0.1', 'petr.svoboda@lipova.example'),
    );
    expect((await documents.events(second)).filter((event) => event.kind === 'approved')).toHaveLength(1);
  });

  it('keeps reviewers’ comments, newest first', async () => {
    const id = await created('COM');
    await documents.addComment(id, '0.1', 'adam.cermak@lipova.example', 'Doplnit kapitolu o auditech.');
    await documents.addComment(id, '0.1', 'petr.svoboda@lipova.example', 'Souhlasím.');
    expect((await documents.comments(id)).map((comment) => [comment.by?.email, comment.text])).toEqual([
      ['petr.svoboda@lipova.example', 'Souhlasím.'],
      ['adam.cermak@lipova.example', 'Doplnit kapitolu o auditech.'],
    ]);
  });

  it('reads a document with its versions and history in one round trip', async () => {
    const id = await created('ONE');
    await upload(id, textBytes('obsah ', 40));
    const counter = RequestCounter();
    const counted = new DocumentsRepository(
      new SiteContext(target.connect({}, counter), { webServerRelativeUrl: '/sites/kvalita' }),
    );
    await counted.get(id); // the departments, read once per site context
    counter.reset();
    const document = await counted.get(id);
    expect(counter.count()).toBe(1);
    expect(document?.revision).toMatchObject({ label: '0.1', file: { name: `${code('ONE')}.docx` } });
    counter.reset();
    expect((await counted.versions(id)).map((version) => version.label)).toEqual(['0.1']);
    expect(counter.count()).toBe(1);
    expect(await counted.get(999_999)).toBeNull();
  });

  it('filters the register on the indexed columns in two round trips', async () => {
    const id = await documents.create(
      methodologyDraft(code('ETH'), {
        kind: 'codeOfEthics',
        relatedSubcriteria: ['3.1'],
        departmentCodes: ['OSV'],
      }),
      'pdf',
      'jana.novakova@lipova.example',
      documentEvent('created', '0.1'),
    );
    const counter = RequestCounter();
    const counted = new DocumentsRepository(
      new SiteContext(target.connect({}, counter), { webServerRelativeUrl: '/sites/kvalita' }),
    );
    const rows = await counted.summaries({
      kind: 'codeOfEthics',
      statuses: ['draft'],
      subcriterionCode: '3.1',
    });
    expect(counter.count()).toBe(2);
    expect(rows.map((row) => row.id)).toContain(id);
    expect(rows.find((row) => row.id === id)).toMatchObject({
      departmentCodes: ['OSV'],
      relatedSubcriteria: ['3.1'],
      kind: 'codeOfEthics',
    });
    expect((await documents.summaries({ subcriterionCode: '3' })).map((row) => row.id)).not.toContain(id);
    expect(await documents.summaries({ statuses: [] })).toEqual([]);
  });
});
