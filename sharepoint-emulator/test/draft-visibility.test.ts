import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security/list';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

/** SharePoint's role definition ids (web/roledefinitions/getbytype): Read, Edit, Full Control. */
const READ = 1073741826;
const EDIT = 1073741830;
const FULL_CONTROL = 1073741829;
/** The site's visitors group (everyone in the emulator's directory belongs to it). */
const VISITORS = 4;

const JANA = 'jana.novakova@urad.example'; // a reader (the visitors group's Read)
const PETR = 'petr.svoboda@urad.example'; // an approver (Full Control)
const SEAN = 'sean.obrien@urad.example'; // an editor without approve rights (Edit)

/**
 * Draft item security (SP.List.DraftVersionVisibility): with Approver, readers see the last
 * approved major version of a document, its fields and content, and nothing of a document never
 * approved; approvers and the item's author see the current draft. With Author, editors do too.
 */
describe('draft item security', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const library = '/sites/kvalita/Rizene';
  const as = (email?: string) => client(emulator.siteUrl, email);
  const file = (who: SPFI, name: string) => who.web.getFileByServerRelativePath(`${library}/${name}`);
  const items = (who: SPFI) => who.web.lists.getByTitle('Rizene').items;
  const upload = (who: SPFI, name: string, content: string) =>
    who.web.getFolderByServerRelativePath(library).files.addUsingPath(name, content, { Overwrite: true });
  let itemId: number;

  beforeAll(async () => {
    emulator = await start();
    sp = as();
    await sp.web.lists.ensure('Rizene', '', 101, false, {
      EnableVersioning: true,
      EnableMinorVersions: true,
      EnableModeration: true,
      DraftVersionVisibility: 2,
    });
    const list = sp.web.lists.getByTitle('Rizene');
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(VISITORS, READ);
    const petr = await sp.web.ensureUser(PETR);
    const sean = await sp.web.ensureUser(SEAN);
    await list.roleAssignments.add(petr.Id, FULL_CONTROL);
    await list.roleAssignments.add(sean.Id, EDIT);
    await upload(sp, 'sm-01.txt', 'koncept');
    itemId = (await file(sp, 'sm-01.txt').getItem<{ Id: number }>('Id')).Id;
    await items(sp).getById(itemId).update({ Title: 'Metodika (koncept)' });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('hides a document that was never approved from readers and editors, not from approvers', async () => {
    await file(sp, 'sm-01.txt').publish('ke schválení');
    for (const hidden of [as(JANA), as(SEAN)]) {
      expect(await items(hidden).select('Id')()).toEqual([]);
      expect((await spError(items(hidden).getById(itemId)())).status).toBe(404);
      expect((await spError(file(hidden, 'sm-01.txt')())).status).toBe(404);
      expect((await spError(file(hidden, 'sm-01.txt').getText())).status).toBe(404);
      expect((await spError(file(hidden, 'sm-01.txt').versions())).status).toBe(404);
      expect(await hidden.web.getFolderByServerRelativePath(library).files()).toEqual([]);
    }
    expect(await file(as(PETR), 'sm-01.txt').getText()).toBe('koncept');
    expect(await items(as(PETR)).getById(itemId).select('Title', 'OData__UIVersionString')()).toMatchObject({
      Title: 'Metodika (koncept)',
      OData__UIVersionString: '1.0',
    });
  });

  it('shows readers the approved version while a new draft is edited', async () => {
    await file(sp, 'sm-01.txt').approve('schváleno');
    await upload(sp, 'sm-01.txt', 'revize');
    await items(sp).getById(itemId).update({ Title: 'Metodika (revize)' });

    const jana = as(JANA);
    expect(await items(jana).select('Title', 'OData__UIVersionString', 'OData__ModerationStatus')()).toEqual([
      expect.objectContaining({
        Title: 'Metodika (koncept)',
        OData__UIVersionString: '1.0',
        OData__ModerationStatus: 0,
      }),
    ]);
    expect(await items(jana).getById(itemId).select('Title')()).toMatchObject({
      Title: 'Metodika (koncept)',
    });
    expect(await items(jana).filter("Title eq 'Metodika (revize)'")()).toEqual([]);
    expect(await file(jana, 'sm-01.txt').getText()).toBe('koncept');
    expect(await file(jana, 'sm-01.txt').select('UIVersionLabel', 'Level')()).toMatchObject({
      UIVersionLabel: '1.0',
      Level: 1,
    });
    expect(await file(jana, 'sm-01.txt').listItemAllFields.select('Title')()).toMatchObject({
      Title: 'Metodika (koncept)',
    });
    // The drafts before 1.0 stay hidden in the history too.
    expect(await file(jana, 'sm-01.txt').versions()).toEqual([]);

    for (const seesDraft of [as(PETR), sp]) {
      expect(await file(seesDraft, 'sm-01.txt').getText()).toBe('revize');
      expect(
        await items(seesDraft).getById(itemId).select('Title', 'OData__UIVersionString')(),
      ).toMatchObject({
        Title: 'Metodika (revize)',
        OData__UIVersionString: '1.2',
      });
    }
    expect(await items(as(SEAN)).getById(itemId).select('Title')()).toMatchObject({
      Title: 'Metodika (koncept)',
    });
  });

  it('lets readers open earlier approved versions, never the drafts between them', async () => {
    await file(sp, 'sm-01.txt').publish('2.0');
    await file(sp, 'sm-01.txt').approve('schváleno podruhé');
    const jana = as(JANA);
    expect(await file(jana, 'sm-01.txt').getText()).toBe('revize');
    const labels = (await file(jana, 'sm-01.txt').versions()).map(
      (v: { VersionLabel: string }) => v.VersionLabel,
    );
    expect(labels).toEqual(['1.0']);
    expect(await file(jana, 'sm-01.txt').versions.getById(512).getText()).toBe('koncept');
    expect((await spError(file(jana, 'sm-01.txt').versions.getById(513)())).status).toBe(404);
    const all = (await file(sp, 'sm-01.txt').versions()).map((v: { VersionLabel: string }) => v.VersionLabel);
    expect(all).toEqual(['0.1', '0.2', '1.0', '1.1', '1.2']);
  });

  it('shows the author their own draft and keeps it from other editors', async () => {
    const sean = as(SEAN);
    await upload(sean, 'navrh.txt', 'Seánův návrh');
    expect(await file(sean, 'navrh.txt').getText()).toBe('Seánův návrh');
    expect(await file(as(PETR), 'navrh.txt').getText()).toBe('Seánův návrh');
    expect((await spError(file(as(JANA), 'navrh.txt').getText())).status).toBe(404);
    // A draft someone else wrote stays hidden from Seán, who may edit but not approve.
    await upload(sp, 'koncept-sluzby.txt', 'koncept');
    expect((await spError(file(sean, 'koncept-sluzby.txt').getText())).status).toBe(404);
    expect(
      (await items(sean).select('FileLeafRef')()).map((i: { FileLeafRef: string }) => i.FileLeafRef),
    ).toEqual(['sm-01.txt', 'navrh.txt']);
  });

  it('shows drafts to whoever can edit items when the library says Author', async () => {
    await sp.web.lists.getByTitle('Rizene').update({ DraftVersionVisibility: 1 });
    await upload(sp, 'sm-01.txt', 'třetí koncept');
    expect(await file(as(SEAN), 'sm-01.txt').getText()).toBe('třetí koncept');
    expect(await file(as(JANA), 'sm-01.txt').getText()).toBe('revize');
  });

  it('shows drafts to every reader when the library says Reader', async () => {
    await sp.web.lists.getByTitle('Rizene').update({ DraftVersionVisibility: 0 });
    expect(await file(as(JANA), 'sm-01.txt').getText()).toBe('třetí koncept');
    expect((await file(as(JANA), 'sm-01.txt').versions()).length).toBeGreaterThan(1);
  });
});

describe('a checked-out file seen by others', () => {
  let emulator: RunningEmulator;

  beforeAll(async () => {
    emulator = await start();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('shows others the version as checked in until its holder checks it in', async () => {
    const sp = client(emulator.siteUrl);
    const petr = client(emulator.siteUrl, PETR);
    await sp.web.lists.ensure('Spolecne', '', 101, false, { EnableVersioning: true });
    await sp.web
      .getFolderByServerRelativePath('/sites/kvalita/Spolecne')
      .files.addUsingPath('zapis.txt', 'před', { Overwrite: true });
    const url = '/sites/kvalita/Spolecne/zapis.txt';
    const mine = sp.web.getFileByServerRelativePath(url);
    const theirs = petr.web.getFileByServerRelativePath(url);
    await mine.checkout();
    await mine.setContent('rozepsáno');
    await (await mine.getItem()).update({ Title: 'Rozepsaný zápis' });

    expect(await mine.getText()).toBe('rozepsáno');
    expect(await theirs.getText()).toBe('před');
    expect(await theirs.listItemAllFields.select('Title')()).toMatchObject({ Title: null });
    expect(await theirs.select('CheckOutType')()).toMatchObject({ CheckOutType: 0 });

    await mine.checkin('hotovo', 1);
    expect(await theirs.getText()).toBe('rozepsáno');
    expect(await theirs.listItemAllFields.select('Title')()).toMatchObject({ Title: 'Rozepsaný zápis' });
  });
});
