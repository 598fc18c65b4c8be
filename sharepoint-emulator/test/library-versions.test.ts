import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import { CheckinType } from '@pnp/sp/files';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

const SERVICE_LOGIN = 'i:0#.f|membership|kvalita-service@kvalita.local';

describe('major and minor versions, check-out and check-in', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const url = '/sites/kvalita/Koncepty/zpráva.txt';
  const file = () => sp.web.getFileByServerRelativePath(url);
  const state = () => file().select('UIVersionLabel', 'Level', 'CheckOutType', 'CheckInComment')();
  const labels = async () => (await file().versions()).map((v: { VersionLabel: string }) => v.VersionLabel);

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Koncepty', '', 101, false, {
      EnableVersioning: true,
      EnableMinorVersions: true,
    });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('starts a new file as the draft 0.1 and adds drafts until it is published as 1.0', async () => {
    const folder = sp.web.getFolderByServerRelativePath('/sites/kvalita/Koncepty');
    const added = await folder.files.addUsingPath('zpráva.txt', 'draft one', { Overwrite: false });
    expect(added).toMatchObject({ UIVersionLabel: '0.1', MajorVersion: 0, MinorVersion: 1, Level: 2 });
    await folder.files.addUsingPath('zpráva.txt', 'draft two', { Overwrite: true });
    expect(await state()).toMatchObject({ UIVersionLabel: '0.2', Level: 2 });
    await file().publish('Schváleno k připomínkám');
    expect(await state()).toMatchObject({
      UIVersionLabel: '1.0',
      Level: 1,
      CheckInComment: 'Schváleno k připomínkám',
    });
    expect(await labels()).toEqual(['0.1', '0.2']);
    expect(await file().versions.getById(1).getText()).toBe('draft one');
    expect(await file().getText()).toBe('draft two');
    expect((await spError(file().publish('again'))).status).toBe(500);
  });

  it('keeps a checked-out file to its holder and checks it in as a minor version', async () => {
    await file().checkout();
    expect(await state()).toMatchObject({ CheckOutType: 0, Level: 255, UIVersionLabel: '1.0' });
    const me = await sp.web.currentUser.select('Id')();
    expect(await file().listItemAllFields.select('CheckoutUserId')()).toMatchObject({
      CheckoutUserId: me.Id,
    });
    const petr = client(emulator.siteUrl, 'petr.svoboda@urad.example');
    const blocked = {
      status: 500,
      code: '-2130575306, Microsoft.SharePoint.SPException',
      message: `The file "${emulator.url}${url}" is checked out for editing by ${SERVICE_LOGIN}.`,
    };
    expect(await spError(petr.web.getFileByServerRelativePath(url).setContent('Petr was here'))).toEqual(
      blocked,
    );
    const petrsItem = await petr.web.getFileByServerRelativePath(url).getItem();
    expect(await spError(petrsItem.update({ Title: 'Petr' }))).toEqual(blocked);
    expect(await spError(file().checkout())).toEqual(blocked);

    await file().setContent('edited while checked out');
    expect(await state()).toMatchObject({ UIVersionLabel: '1.0', Level: 255 });
    await file().checkin('malá úprava', CheckinType.Minor);
    expect(await state()).toMatchObject({
      UIVersionLabel: '1.1',
      Level: 2,
      CheckOutType: 2,
      CheckInComment: 'malá úprava',
    });
    expect(await labels()).toEqual(['0.1', '0.2', '1.0']);
    expect(await file().versions.getById(512).getText()).toBe('draft two');
    expect(await file().getText()).toBe('edited while checked out');
  });

  it('undoes a check-out, checks in a major version, and overwrites in place', async () => {
    await file().checkout();
    await file().setContent('to be thrown away');
    await file().undoCheckout();
    expect(await file().getText()).toBe('edited while checked out');
    expect(await state()).toMatchObject({ UIVersionLabel: '1.1', CheckOutType: 2 });

    await file().checkout();
    await file().checkin('druhé vydání', CheckinType.Major);
    expect(await state()).toMatchObject({ UIVersionLabel: '2.0', Level: 1 });

    await file().checkout();
    await file().setContent('typo fixed');
    await file().checkin('', CheckinType.Overwrite);
    expect(await state()).toMatchObject({ UIVersionLabel: '2.0', Level: 1 });
    expect(await file().getText()).toBe('typo fixed');
    expect(await labels()).toEqual(['0.1', '0.2', '1.0', '1.1']);
  });

  it('refuses to check in a file nobody checked out', async () => {
    expect(await spError(file().checkin('nothing to check in'))).toEqual({
      status: 500,
      code: '-2146232832, Microsoft.SharePoint.SPException',
      message: `The file "${emulator.url}${url}" is not checked out.`,
    });
  });
});

describe('version numbers where versions are not kept, and in lists', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('stays at 1.0 with no history in a library without versioning', async () => {
    await sp.web.lists.ensure('Bez verzí', '', 101, false, { EnableVersioning: false });
    const folder = sp.web.getFolderByServerRelativePath('/sites/kvalita/Bez verzí');
    await folder.files.addUsingPath('a.txt', 'one', { Overwrite: true });
    const second = await folder.files.addUsingPath('a.txt', 'two', { Overwrite: true });
    expect(second).toMatchObject({ UIVersionLabel: '1.0' });
    expect(await sp.web.getFileByServerRelativePath('/sites/kvalita/Bez verzí/a.txt').versions()).toEqual([]);
    expect(
      await spError(
        sp.web.getFileByServerRelativePath('/sites/kvalita/Bez verzí/a.txt').checkin('x', CheckinType.Minor),
      ),
    ).toMatchObject({ status: 500 });
  });

  it('keeps versions on by default in a new library, as SharePoint Online does', async () => {
    await sp.web.lists.ensure('Výchozí', '', 101);
    expect(
      await sp.web.lists.getByTitle('Výchozí').select('EnableVersioning', 'EnableMinorVersions')(),
    ).toMatchObject({
      EnableVersioning: true,
      EnableMinorVersions: false,
    });
  });

  it('counts a major version per change in a list with versioning, and none without', async () => {
    await sp.web.lists.ensure('S verzemi', '', 100, false, { EnableVersioning: true });
    await sp.web.lists.ensure('Bez', '', 100);
    for (const title of ['S verzemi', 'Bez']) {
      const items = sp.web.lists.getByTitle(title).items;
      const { Id } = await items.add({ Title: 'v1' });
      await items.getById(Id).update({ Title: 'v2' });
      await items.getById(Id).update({ Title: 'v3' });
    }
    const version = async (title: string) =>
      (await sp.web.lists.getByTitle(title).items.select('OData__UIVersionString')())[0] as {
        OData__UIVersionString: string;
      };
    expect(await version('S verzemi')).toMatchObject({ OData__UIVersionString: '3.0' });
    expect(await version('Bez')).toMatchObject({ OData__UIVersionString: '1.0' });
  });
});
