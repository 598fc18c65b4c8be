import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

describe('web and lists', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await start();
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('describes the web as SharePoint does (Czech site)', async () => {
    const web = await client(emulator.siteUrl).web.select(
      'Title',
      'Url',
      'ServerRelativeUrl',
      'Id',
      'Language',
    )();
    expect(web).toMatchObject({
      Title: 'Kvalita',
      Url: emulator.siteUrl,
      ServerRelativeUrl: '/sites/kvalita',
      Language: 1029,
    });
    expect(web.Id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ensures a list once: the second ensure finds it instead of creating another', async () => {
    const sp = client(emulator.siteUrl);
    const first = await sp.web.lists.ensure('KvalitaMeasures', 'Opatření');
    const second = await sp.web.lists.ensure('KvalitaMeasures', 'Opatření');
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    const lists = await sp.web.lists.filter("Title eq 'KvalitaMeasures'")();
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({
      BaseTemplate: 100,
      Description: 'Opatření',
      ItemCount: 0,
      ListItemEntityTypeFullName: 'SP.Data.KvalitaMeasuresListItem',
    });
  });

  it('derives the list URL from the title at creation and keeps it when the title changes', async () => {
    const sp = client(emulator.siteUrl);
    await sp.web.lists.add('KvalitaDocuments');
    await sp.web.lists
      .getByTitle('KvalitaDocuments')
      .update({ Title: 'Dokumenty kvality', EnableVersioning: true });
    const byUrl = await sp.web
      .getList('/sites/kvalita/Lists/KvalitaDocuments')
      .select('Title', 'EnableVersioning', 'Id')();
    expect(byUrl).toMatchObject({ Title: 'Dokumenty kvality', EnableVersioning: true });
    const folder = await sp.web.lists
      .getById(byUrl.Id)
      .select('RootFolder/ServerRelativeUrl')
      .expand('RootFolder')();
    expect(folder.RootFolder.ServerRelativeUrl).toBe('/sites/kvalita/Lists/KvalitaDocuments');
    const renamed = await sp.web.lists.getByTitle('dokumenty KVALITY')();
    expect(renamed.Id).toBe(byUrl.Id);
  });

  it('puts document libraries at the web root and refuses plain items in them', async () => {
    const sp = client(emulator.siteUrl);
    const { data } = await sp.web.lists.ensure('Methodology', '', 101);
    expect(data).toMatchObject({
      BaseTemplate: 101,
      BaseType: 1,
      ListItemEntityTypeFullName: 'SP.Data.MethodologyItem',
      EntityTypeName: 'Methodology',
    });
    const root = await sp.web.getList('/sites/kvalita/Methodology').rootFolder();
    expect(root.ServerRelativeUrl).toBe('/sites/kvalita/Methodology');
    const error = await spError(sp.web.lists.getByTitle('Methodology').items.add({ Title: 'x' }));
    expect(error.status).toBe(400);
    expect(error.message).toContain('SPFileCollection.Add()');
  });

  it('answers an unknown list with 404 and SharePoint’s message', async () => {
    const sp = client(emulator.siteUrl);
    const byTitle = await spError(sp.web.lists.getByTitle('Nope')());
    expect(byTitle).toEqual({
      status: 404,
      code: '-1, System.ArgumentException',
      message: `List 'Nope' does not exist at site with URL '${emulator.siteUrl}'.`,
    });
    const byUrl = await spError(sp.web.getList('/sites/kvalita/Lists/Nope')());
    expect(byUrl).toMatchObject({ status: 404, message: 'File Not Found.' });
    const byId = await spError(sp.web.lists.getById('3f2504e0-4f89-11d3-9a0c-0305e82c3301')());
    expect(byId.status).toBe(404);
  });

  it('refuses a second list with the same title and numbers a clashing URL', async () => {
    const sp = client(emulator.siteUrl);
    await sp.web.lists.add('Surveys');
    const duplicate = await spError(sp.web.lists.add('surveys'));
    expect(duplicate.status).toBe(500);
    expect(duplicate.message).toContain('the specified title already exists');
    await sp.web.lists.getByTitle('Surveys').update({ Title: 'Dotazníky' });
    const again = await sp.web.lists.add('Surveys');
    expect(again).toMatchObject({ Title: 'Surveys', ListItemEntityTypeFullName: 'SP.Data.Surveys1ListItem' });
    expect((await sp.web.getList('/sites/kvalita/Lists/Surveys1')()).Title).toBe('Surveys');
  });

  it('refuses properties SP.List does not have', async () => {
    const error = await spError(
      client(emulator.siteUrl).web.lists.add('Broken', '', 100, false, { Colour: 'red' } as Record<
        string,
        unknown
      >),
    );
    expect(error).toMatchObject({
      status: 400,
      message: expect.stringContaining("The property 'Colour' does not exist on type 'SP.List'"),
    });
  });

  it('deletes a list', async () => {
    const sp = client(emulator.siteUrl);
    await sp.web.lists.add('Temporary');
    await sp.web.lists.getByTitle('Temporary').delete();
    expect((await spError(sp.web.lists.getByTitle('Temporary')())).status).toBe(404);
  });
});
