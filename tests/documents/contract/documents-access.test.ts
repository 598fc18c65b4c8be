import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AcknowledgementsRepository,
  DocumentsRepository,
  departmentsList,
  documentAcknowledgementsList,
  documentCommentsList,
  documentEventsList,
  documentsLibrary,
  provisionLists,
  type ListSchema,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/files';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import { ACCESS_DENIED, refusal, siteMember } from '../../support/site-member';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { documentEvent, methodologyDraft, piecesOf, readAll, textBytes } from '../document-draft';

/*
 * Nobody goes around the approval workflow in SharePoint itself (rule 9). An ordinary site member
 * goes to SharePoint's REST API directly: they read the approved version of a document and
 * nothing else (no draft, no document that was never approved), and every write is refused —
 * adding or overwriting a file, a chunked upload, check-out, publishing a major version,
 * approving, changing metadata; the history, comments and acknowledgements are the service's
 * alone (no read, no write). Online, set SP_MEMBER_ACCESS_TOKEN (a delegated token of a member).
 */

let target: ContractTarget;
let member: SPFI | null;
const memberEmail = 'eva.dvorakova@lipova.example';
const LIBRARY = '/sites/kvalita/KvalitaDocuments';
const listUrl = (list: ListSchema) => `/sites/kvalita/Lists/${list.urlName}`;
const run = Date.now().toString(36).toUpperCase();
const approved = textBytes('Schválené znění etického kodexu. ', 40);
const draft = textBytes('Rozpracovaný koncept, neschválený. ', 40);
let effectiveId = 0;
let draftId = 0;
let effectiveFile = '';

/** A request as a script or a browser sends it (the chunked-upload methods PnPjs only sends in order). */
async function rawAsMember(method: string, path: string, body?: string | Uint8Array): Promise<number> {
  const emulator = target.emulator;
  if (!emulator) throw new Error('raw member requests need the local SharePoint');
  const auth = { 'X-Kvalita-Emulator-User': memberEmail, Accept: 'application/json;odata=nometadata' };
  const info = await fetch(`${emulator.siteUrl}/_api/contextinfo`, { method: 'POST', headers: auth });
  const { FormDigestValue } = (await info.json()) as { FormDigestValue: string };
  const reply = await fetch(`${emulator.siteUrl}/_api/${path}`, {
    method,
    headers: { ...auth, 'X-RequestDigest': FormDigestValue, 'If-Match': '*' },
    ...(body === undefined ? {} : { body }),
  });
  await reply.arrayBuffer();
  return reply.status;
}

beforeAll(async () => {
  target = await contractTarget();
  member = siteMember(target, memberEmail);
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
  // The service's writes: a code of ethics approved as 1.0 with a revision 1.1 beside it, and a
  // methodology that was never approved (its draft 0.2), a comment and an acknowledgement.
  const documents = new DocumentsRepository(target.site);
  const author = 'jana.novakova@lipova.example';
  const upload = async (id: number, bytes: Uint8Array) => {
    const document = await documents.get(id);
    await documents.uploadDraft(
      id,
      document?.etag ?? '',
      { name: 'kodex.pdf', type: 'pdf', bytes: bytes.length, content: piecesOf(bytes, 300) },
      documentEvent('uploaded', document?.revision?.label ?? ''),
    );
  };
  effectiveId = await documents.create(
    methodologyDraft(`EK-${run}`, { kind: 'codeOfEthics', title: 'Etický kodex' }),
    'pdf',
    author,
    documentEvent('created', '0.1'),
  );
  await upload(effectiveId, approved);
  const ready = await documents.get(effectiveId);
  await documents.approve(
    effectiveId,
    ready?.etag ?? '',
    {
      versionLabel: '0.1',
      approverEmail: 'petr.svoboda@lipova.example',
      comment: 'Schvaluji.',
      effectiveFrom: '2026-09-01',
      nextReviewDate: '2027-09-01',
      issuingResolution: null,
      status: 'effective',
    },
    documentEvent('approved', '1.0', 'petr.svoboda@lipova.example'),
  );
  const effective = await documents.get(effectiveId);
  await documents.change(
    effectiveId,
    effective?.etag ?? '',
    { state: { revisionStatus: 'draft', reasonForChange: 'Nový článek o darech' } },
    documentEvent('revisionStarted', '1.1'),
  );
  await upload(effectiveId, draft);
  effectiveFile = `${LIBRARY}/EK-${run}.pdf`;
  draftId = await documents.create(
    methodologyDraft(`SM-${run}`),
    'pdf',
    author,
    documentEvent('created', '0.1'),
  );
  await upload(draftId, draft);
  await documents.addComment(draftId, '0.1', 'adam.cermak@lipova.example', 'Připomínka ke konceptu.');
  await new AcknowledgementsRepository(target.site).record({
    documentId: effectiveId,
    versionLabel: '1.0',
    email: 'adam.cermak@lipova.example',
    departmentCode: null,
    at: '2026-09-02T08:00:00Z',
  });
}, 60_000);
afterAll(() => target.close());

describe('the documents library, as an ordinary member', () => {
  it('is read-only for people and approves only for the app', async () => {
    expect(documentsLibrary.permissions).toBe('readOnlyForPeople');
    const info = (await target.sp.web
      .getList(LIBRARY)
      .select('HasUniqueRoleAssignments', 'DraftVersionVisibility')()) as Record<string, unknown>;
    expect(info).toMatchObject({ HasUniqueRoleAssignments: true, DraftVersionVisibility: 2 });
  });

  it('reads the approved version only: no draft, no document never approved', async () => {
    if (member === null) return;
    const items = await member.web
      .getList(LIBRARY)
      .items.select('Id', 'OData__UIVersionString', 'DocumentCode', 'RevisionStatus')<
      { Id: number; OData__UIVersionString: string; RevisionStatus: string | null }[]
    >();
    const ids = items.map((item) => item.Id);
    expect(ids).toContain(effectiveId);
    expect(ids).not.toContain(draftId);
    expect(items.find((item) => item.Id === effectiveId)).toMatchObject({
      OData__UIVersionString: '1.0',
      RevisionStatus: null,
    });
    const file = member.web.getFileByServerRelativePath(effectiveFile);
    expect(Buffer.from(await file.getBuffer())).toEqual(Buffer.from(approved));
    // Earlier versions: the approved ones only, never the drafts between them.
    const versions = await file.versions.select('VersionLabel')<{ VersionLabel: string }[]>();
    expect(versions.every((version) => version.VersionLabel.endsWith('.0'))).toBe(true);
    expect(await refusal(member.web.getList(LIBRARY).items.getById(draftId)())).toMatchObject({
      status: 404,
    });
  });

  it('cannot add or overwrite a file, upload in chunks, check out, publish, approve or change metadata', async () => {
    if (member === null) return;
    const library = member.web.getList(LIBRARY);
    const file = member.web.getFileByServerRelativePath(effectiveFile);
    expect(
      await refusal(library.rootFolder.files.addUsingPath(`PODVRH-${run}.pdf`, 'x', { Overwrite: false })),
    ).toEqual(ACCESS_DENIED);
    expect(
      await refusal(library.rootFolder.files.addUsingPath(`EK-${run}.pdf`, 'x', { Overwrite: true })),
    ).toEqual(ACCESS_DENIED);
    expect(await refusal(file.setContent('přepsáno'))).toEqual(ACCESS_DENIED);
    expect(await refusal(file.checkout())).toEqual(ACCESS_DENIED);
    expect(await refusal(file.publish('vlastní vydání'))).toEqual(ACCESS_DENIED);
    expect(await refusal(file.approve('schváleno mnou'))).toEqual(ACCESS_DENIED);
    expect(await refusal(library.items.getById(effectiveId).update({ DocumentStatus: 'Zrušený' }))).toEqual(
      ACCESS_DENIED,
    );
    expect(
      await refusal(
        library.items.getById(effectiveId).update({ NextReviewDate: '2030-01-01T12:00:00Z' }, '*'),
      ),
    ).toEqual(ACCESS_DENIED);
    expect(await refusal(file.delete())).toEqual(ACCESS_DENIED);
    if (target.emulator) {
      const path = `web/getfilebyserverrelativepath(decodedurl='${effectiveFile}')`;
      const id = '5a7a1d43-3c10-4b6a-9bd1-7b1e0a1d0c01';
      expect(
        await rawAsMember('POST', `${path}/startUpload(uploadId=guid'${id}')`, new Uint8Array([1, 2, 3])),
      ).toBe(403);
      expect(await rawAsMember('POST', `${path}/checkin(comment='',checkintype=1)`)).toBe(403);
      expect(await rawAsMember('PUT', `${path}/$value`, 'přepsáno')).toBe(403);
    }
    // The service still reads the document as it was.
    const documents = new DocumentsRepository(target.site);
    const stored = await documents.get(effectiveId);
    expect(stored).toMatchObject({
      status: 'effective',
      nextReviewDate: '2027-09-01',
      effectiveVersion: { label: '1.0' },
    });
    expect((await documents.versions(effectiveId)).map((version) => version.label)).toEqual([
      '1.2',
      '1.1',
      '1.0',
      '0.1',
    ]);
    expect(
      await readAll((await documents.content(effectiveId, '1.0'))?.content ?? piecesOf(new Uint8Array(), 1)),
    ).toEqual(Buffer.from(approved));
  });

  describe.each(
    [documentEventsList, documentCommentsList, documentAcknowledgementsList].map(
      (list) => [list.urlName, list] as const,
    ),
  )('%s', (_name, list) => {
    it('is the service’s alone: a member neither reads nor writes it', async () => {
      expect(list.permissions).toBe('serviceOnly');
      if (member === null) return;
      const asMember = member.web.getList(listUrl(list));
      expect(await refusal(asMember.items.select('Id')())).toEqual(ACCESS_DENIED);
      expect(await refusal(asMember.items.add({ Title: 'ruční zápis' }))).toEqual(ACCESS_DENIED);
      const [row] = await target.sp.web.getList(listUrl(list)).items.select('Id').top(1)<{ Id: number }[]>();
      expect(row).toBeDefined();
      expect(await refusal(asMember.items.getById(row?.Id ?? 0).update({ Title: 'změněno' }, '*'))).toEqual(
        ACCESS_DENIED,
      );
      expect(await refusal(asMember.items.getById(row?.Id ?? 0).delete())).toEqual(ACCESS_DENIED);
    });
  });
});
