import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { body } from '@pnp/queryable';
import { spPostMerge, type SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

const LIBRARY = '/sites/kvalita/Dokumenty';

describe('files in a document library', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const folder = () => sp.web.getFolderByServerRelativePath(LIBRARY);
  const file = (name: string) => sp.web.getFileByServerRelativePath(`${LIBRARY}/${name}`);

  beforeAll(async () => {
    emulator = await start({ now: () => new Date('2025-06-02T07:45:10Z') });
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Dokumenty', 'Řízená dokumentace', 101);
    await sp.web.lists.getByTitle('Dokumenty').fields.addText('DocumentCode', { Indexed: true });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('uploads with addUsingPath and answers with the SP.File, which reads back the same', async () => {
    const added = await folder().files.addUsingPath('Směrnice o kvalitě.txt', 'Obsah, verze 1', {
      Overwrite: false,
    });
    expect(added).toMatchObject({
      Name: 'Směrnice o kvalitě.txt',
      ServerRelativeUrl: `${LIBRARY}/Směrnice o kvalitě.txt`,
      Length: String(Buffer.byteLength('Obsah, verze 1')),
      Exists: true,
      CheckOutType: 2,
      Level: 1,
      MajorVersion: 1,
      MinorVersion: 0,
      UIVersion: 512,
      UIVersionLabel: '1.0',
      TimeCreated: '2025-06-02T07:45:10Z',
      TimeLastModified: '2025-06-02T07:45:10Z',
      UniqueId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ETag: expect.stringMatching(/^"\{[0-9A-F-]{36}\},\d+"$/),
    });
    const read = await file('Směrnice o kvalitě.txt')();
    expect(read).toMatchObject({
      Name: 'Směrnice o kvalitě.txt',
      UniqueId: added.UniqueId,
      Length: added.Length,
    });
    expect(await file('Směrnice o kvalitě.txt').getText()).toBe('Obsah, verze 1');
    expect(await sp.web.getFileById(added.UniqueId).select('Name')()).toMatchObject({
      Name: 'Směrnice o kvalitě.txt',
    });
    expect(await folder().files.getByUrl('Směrnice o kvalitě.txt').select('UIVersionLabel')()).toMatchObject({
      UIVersionLabel: '1.0',
    });
  });

  it('keeps binary content byte for byte', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
    await folder().files.addUsingPath('data.bin', bytes.buffer, { Overwrite: true });
    const back = new Uint8Array(await file('data.bin').getBuffer());
    expect(back.length).toBe(bytes.length);
    expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
  });

  it("refuses to replace a file without Overwrite, with SharePoint's message", async () => {
    await folder().files.addUsingPath('plán.txt', 'první', { Overwrite: false });
    expect(await spError(folder().files.addUsingPath('PLÁN.txt', 'druhý', { Overwrite: false }))).toEqual({
      status: 500,
      code: '-2130575257, Microsoft.SharePoint.SPException',
      message:
        'A file with the name Dokumenty/plán.txt already exists. It was last modified by i:0#.f|membership|kvalita-service@kvalita.local on 2 Jun 2025 07:45:10 +0000.',
    });
    expect(await file('plán.txt').getText()).toBe('první');
  });

  it('makes a new major version on overwrite and keeps the old one in file.versions', async () => {
    await folder().files.addUsingPath('postup.txt', 'v1', { Overwrite: false });
    const second = await folder().files.addUsingPath('postup.txt', 'v2', { Overwrite: true });
    expect(second).toMatchObject({ UIVersionLabel: '2.0', MajorVersion: 2, Length: '2' });
    const versions = await file('postup.txt').versions();
    expect(versions).toEqual([
      expect.objectContaining({
        ID: 512,
        VersionLabel: '1.0',
        IsCurrentVersion: false,
        Length: '2',
        Size: 2,
        Url: '_vti_history/512/Dokumenty/postup.txt',
        Created: '2025-06-02T07:45:10Z',
      }),
    ]);
    expect(await file('postup.txt').versions.getById(512).getText()).toBe('v1');
    expect(await file('postup.txt').getText()).toBe('v2');
    expect((await spError(file('postup.txt').versions.getById(1024)())).status).toBe(404);
  });

  it('reads and writes the metadata through listItemAllFields and the item, which versions the file', async () => {
    await folder().files.addUsingPath('metodika.txt', 'text', { Overwrite: false });
    const item = await file('metodika.txt').getItem<{ Id: number; OData__UIVersionString: string }>();
    expect({ ...item }).toMatchObject({ OData__UIVersionString: '1.0', CheckoutUserId: null });
    await item.update({ Title: 'Metodika sebehodnocení', DocumentCode: 'MET-01' });
    expect(await file('metodika.txt').select('Title', 'UIVersionLabel')()).toMatchObject({
      Title: 'Metodika sebehodnocení',
      UIVersionLabel: '2.0',
    });
    await spPostMerge(file('metodika.txt').listItemAllFields, body({ DocumentCode: 'MET-02' }));
    expect(
      await file('metodika.txt').listItemAllFields.select(
        'DocumentCode',
        'FileLeafRef',
        'FileRef',
        'OData__UIVersionString',
      )(),
    ).toMatchObject({
      DocumentCode: 'MET-02',
      FileLeafRef: 'metodika.txt',
      FileRef: `${LIBRARY}/metodika.txt`,
      OData__UIVersionString: '3.0',
    });
    const byName = await sp.web.lists
      .getByTitle('Dokumenty')
      .items.select('Id', 'DocumentCode')
      .filter("FileLeafRef eq 'metodika.txt'")();
    expect(byName).toEqual([expect.objectContaining({ Id: item.Id, DocumentCode: 'MET-02' })]);
    const expanded = await file('metodika.txt')
      .select('Name', 'ListItemAllFields/Id', 'ListItemAllFields/DocumentCode')
      .expand('ListItemAllFields')();
    expect(expanded).toMatchObject({
      Name: 'metodika.txt',
      ListItemAllFields: { Id: item.Id, DocumentCode: 'MET-02' },
    });
    expect(
      (await spError(sp.web.lists.getByTitle('Dokumenty').items.select('File/Name').expand('File')())).status,
    ).toBe(400);
    expect((await spError(item.update({ FileLeafRef: 'renamed.txt' }))).status).toBe(400);
    expect(
      (await spError(sp.web.lists.getByTitle('Dokumenty').items.add({ Title: 'no file' }))).message,
    ).toBe('To add an item to a document library, use SPFileCollection.Add()');
  });

  it('lists the files of the folder and deletes a file with its item', async () => {
    await folder().files.addUsingPath('smazat.txt', 'x', { Overwrite: false });
    const names = (await folder().files.select('Name')()).map((f: { Name: string }) => f.Name);
    expect(names).toContain('smazat.txt');
    const { Id } = await file('smazat.txt').getItem<{ Id: number }>();
    await file('smazat.txt').delete();
    expect(await spError(file('smazat.txt')())).toEqual({
      status: 404,
      code: '-2147024894, System.IO.FileNotFoundException',
      message: 'File Not Found.',
    });
    expect((await spError(sp.web.lists.getByTitle('Dokumenty').items.getById(Id)())).status).toBe(404);
    await folder().files.addUsingPath('koš.txt', 'x', { Overwrite: false });
    expect(await file('koš.txt').recycle()).toMatch(/^[0-9a-f-]{36}$/);
    expect((await spError(file('koš.txt')())).status).toBe(404);
  });

  it('says so with a 400 when a file operation exists in SharePoint but not in the emulator', async () => {
    await folder().files.addUsingPath('jiné.txt', 'x', { Overwrite: false });
    expect(await spError(file('jiné.txt').unpublish('x'))).toEqual({
      status: 400,
      code: '-2147024809, System.ArgumentException',
      message: 'SP.File.unpublish is not supported by the local SharePoint emulator.',
    });
    expect((await spError(file('jiné.txt').moveByPath(`${LIBRARY}/jinam.txt`, true))).status).toBe(400);
    expect((await spError(file('jiné.txt').versions.deleteById(512))).status).toBe(400);
  });

  it('refuses names SharePoint refuses, and subfolders, which the emulator does not keep', async () => {
    expect(await spError(folder().files.addUsingPath('a:b.txt', 'x'))).toMatchObject({
      status: 500,
      code: '-2130575245, Microsoft.SharePoint.SPException',
    });
    expect((await spError(folder().files.addUsingPath('sub/x.txt', 'x'))).status).toBe(400);
    expect((await spError(sp.web.getFolderByServerRelativePath(`${LIBRARY}/Archiv`)())).status).toBe(404);
  });
});

describe('upload size limit', () => {
  it("answers an upload above the limit with SharePoint Online's 400 and stores nothing", async () => {
    const emulator = await start({ maxFileBytes: 1024 });
    try {
      const sp = client(emulator.siteUrl);
      await sp.web.lists.ensure('Velké', '', 101);
      const folder = sp.web.getFolderByServerRelativePath('/sites/kvalita/Velké');
      expect(await spError(folder.files.addUsingPath('big.bin', new Uint8Array(2048).buffer))).toEqual({
        status: 400,
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: 'The request message is too big. The server does not allow messages larger than 1024 bytes.',
      });
      expect(await folder.files()).toEqual([]);
      await expect(
        folder.files.addUsingPath('small.bin', new Uint8Array(1024).buffer),
      ).resolves.toMatchObject({
        Length: '1024',
      });
    } finally {
      await emulator.close();
    }
  });
});
