import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security/list';
import type { RunningEmulator } from '../src/index';
import { client, digest, spError, start } from './helpers';

const READ = 1073741826;
const EDIT = 1073741830;
const FULL_CONTROL = 1073741829;
const VISITORS = 4;
const ACCESS_DENIED = {
  status: 403,
  code: '-2147024891, System.UnauthorizedAccessException',
  message: 'Access denied. You do not have permission to perform this action or access this resource.',
};

const JANA = 'jana.novakova@urad.example';
const PETR = 'petr.svoboda@urad.example';
const SEAN = 'sean.obrien@urad.example';

describe('permissions on document libraries', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const as = (email?: string) => client(emulator.siteUrl, email);

  beforeAll(async () => {
    emulator = await start();
    sp = as();
    for (const title of ['Dokumenty', 'Spolecne', 'Otevrene']) {
      await sp.web.lists.ensure(title, '', 101, false, {
        EnableVersioning: true,
        EnableMinorVersions: true,
        EnableModeration: true,
      });
    }
    // Read-only for people, as the provisioning's 'readOnlyForPeople' sets a list up.
    const documents = sp.web.lists.getByTitle('Dokumenty');
    await documents.breakRoleInheritance(false, true);
    await documents.roleAssignments.add(VISITORS, READ);
    const shared = sp.web.lists.getByTitle('Spolecne');
    await shared.breakRoleInheritance(false, true);
    await shared.roleAssignments.add((await sp.web.ensureUser(SEAN)).Id, EDIT);
    await shared.roleAssignments.add((await sp.web.ensureUser(PETR)).Id, FULL_CONTROL);

    const folder = sp.web.getFolderByServerRelativePath('/sites/kvalita/Dokumenty');
    await folder.files.addUsingPath('sm.txt', 'schválená verze', { Overwrite: true });
    await sp.web.getFileByServerRelativePath('/sites/kvalita/Dokumenty/sm.txt').publish('');
    await sp.web.getFileByServerRelativePath('/sites/kvalita/Dokumenty/sm.txt').approve('');
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('refuses every file write of a reader on a read-only library and changes nothing', async () => {
    const jana = as(JANA);
    const file = jana.web.getFileByServerRelativePath('/sites/kvalita/Dokumenty/sm.txt');
    const folder = jana.web.getFolderByServerRelativePath('/sites/kvalita/Dokumenty');
    const snapshot = async () => ({
      file: await sp.web
        .getFileByServerRelativePath('/sites/kvalita/Dokumenty/sm.txt')
        .select('ETag', 'UIVersionLabel', 'Level', 'CheckOutType')(),
      content: await sp.web.getFileByServerRelativePath('/sites/kvalita/Dokumenty/sm.txt').getText(),
      items: await sp.web.lists.getByTitle('Dokumenty').items.select('Id', 'Title')(),
    });
    const before = await snapshot();
    const itemId = (before.items[0] as { Id: number }).Id;
    const item = jana.web.lists.getByTitle('Dokumenty').items.getById(itemId);
    const writes: [string, () => Promise<unknown>][] = [
      ['add', () => folder.files.addUsingPath('novy.txt', 'x', { Overwrite: false })],
      ['overwrite', () => folder.files.addUsingPath('sm.txt', 'x', { Overwrite: true })],
      ['setContent', () => file.setContent('x')],
      ['addChunked', () => folder.files.addChunked('velky.txt', new Blob(['x']), { Overwrite: true })],
      ['setContentChunked', () => file.setContentChunked(new Blob(['x']), {})],
      ['checkout', () => file.checkout()],
      ['checkin', () => file.checkin('', 1)],
      ['publish', () => file.publish('')],
      ['approve', () => file.approve('')],
      ['deny', () => file.deny('')],
      ['delete', () => file.delete()],
      ['recycle', () => file.recycle()],
      ['item update', () => item.update({ Title: 'x' })],
      ['getItem update', async () => (await file.getItem()).update({ Title: 'x' })],
      ['item delete', () => item.delete()],
      ['item recycle', () => item.recycle()],
      [
        'validateUpdateListItem',
        () => item.validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'x' }]),
      ],
      [
        'validateUpdateListItem approval',
        () => item.validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]),
      ],
    ];
    for (const [name, write] of writes) {
      expect([name, await spError(write())]).toEqual([name, ACCESS_DENIED]);
    }
    // A chunked upload started by hand is refused the same way.
    const start = await fetch(
      `${emulator.siteUrl}/_api/web/getFileByServerRelativePath(decodedurl='/sites/kvalita/Dokumenty/sm.txt')/startUpload(uploadId=guid'0b8f5e2a-1c3d-4e5f-a6b7-c8d9e0f1a2b3')`,
      {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'X-RequestDigest': await digest(emulator.siteUrl),
          'X-Kvalita-Emulator-User': JANA,
        },
        body: 'x',
      },
    );
    expect(start.status).toBe(403);
    expect(await snapshot()).toEqual(before);
    // Reading is still allowed.
    expect(await file.getText()).toBe('schválená verze');
  });

  it('lets only holders of the Approve Items right approve or reject', async () => {
    const sean = as(SEAN);
    await sean.web
      .getFolderByServerRelativePath('/sites/kvalita/Spolecne')
      .files.addUsingPath('navrh.txt', 'návrh', {
        Overwrite: true,
      });
    const asSean = sean.web.getFileByServerRelativePath('/sites/kvalita/Spolecne/navrh.txt');
    await asSean.publish('prosím o schválení');
    expect(await spError(asSean.approve('sám sobě'))).toEqual(ACCESS_DENIED);
    expect(await spError(asSean.deny('sám sobě'))).toEqual(ACCESS_DENIED);
    const item = await asSean.getItem();
    expect(
      await spError(item.validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }])),
    ).toEqual(ACCESS_DENIED);
    expect(await asSean.listItemAllFields.select('OData__ModerationStatus')()).toMatchObject({
      OData__ModerationStatus: 2,
    });
    await as(PETR).web.getFileByServerRelativePath('/sites/kvalita/Spolecne/navrh.txt').approve('schváleno');
    expect(await asSean.listItemAllFields.select('OData__ModerationStatus')()).toMatchObject({
      OData__ModerationStatus: 0,
    });
  });

  it('lets everyone approve on a library that inherits the site (all are in its owners group)', async () => {
    const jana = as(JANA);
    await jana.web.getFolderByServerRelativePath('/sites/kvalita/Otevrene').files.addUsingPath('o.txt', 'x', {
      Overwrite: true,
    });
    const file = jana.web.getFileByServerRelativePath('/sites/kvalita/Otevrene/o.txt');
    await file.publish('');
    await file.approve('');
    expect(await file.select('Level')()).toMatchObject({ Level: 1 });
  });
});
