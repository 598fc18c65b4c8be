import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { client, start } from './helpers';

describe('persistence', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sp-emulator-'));
  const dataFile = join(folder, 'nested', 'sharepoint.sqlite');
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps lists, fields, items, users and id counters across a restart', async () => {
    const first = await start({ dataFile });
    const sp = client(first.siteUrl);
    await sp.web.lists.ensure('Measures');
    await sp.web.lists.getByTitle('Measures').fields.addUser('Owner');
    const owner = await sp.web.ensureUser('jana.novakova@urad.example');
    const a = await sp.web.lists.getByTitle('Measures').items.add({ Title: 'kept', OwnerId: owner.Id });
    const b = await sp.web.lists.getByTitle('Measures').items.add({ Title: 'deleted' });
    await sp.web.lists.getByTitle('Measures').items.getById(b.Id).delete();
    await first.close();

    const second = await start({ dataFile });
    const again = client(second.siteUrl);
    const items = await again.web
      .getList('/sites/kvalita/Lists/Measures')
      .items.select('Title', 'Owner/Title')
      .expand('Owner')();
    expect(items).toEqual([
      expect.objectContaining({
        Id: a.Id,
        Title: 'kept',
        Owner: expect.objectContaining({ Title: 'Jana Nováková' }),
      }),
    ]);
    const c = await again.web.lists.getByTitle('Measures').items.add({ Title: 'new' });
    expect(c.Id).toBe(b.Id + 1);
    expect((await again.web.siteUsers.getByEmail('jana.novakova@urad.example')()).Id).toBe(owner.Id);
    await second.close();
  });

  it('keeps files, their versions and their bytes across a restart', async () => {
    const libraryFile = join(folder, 'library.sqlite');
    const first = await start({ dataFile: libraryFile });
    const sp = client(first.siteUrl);
    await sp.web.lists.ensure('Archiv', '', 101);
    const archive = sp.web.getFolderByServerRelativePath('/sites/kvalita/Archiv');
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 13) % 256));
    await archive.files.addUsingPath('zápis.bin', new Uint8Array(bytes).buffer, { Overwrite: false });
    await archive.files.addUsingPath('zápis.bin', 'druhá verze', { Overwrite: true });
    await first.close();

    const second = await start({ dataFile: libraryFile });
    const file = client(second.siteUrl).web.getFileByServerRelativePath('/sites/kvalita/Archiv/zápis.bin');
    expect(await file.select('UIVersionLabel')()).toMatchObject({ UIVersionLabel: '2.0' });
    expect(await file.getText()).toBe('druhá verze');
    expect(Buffer.from(await file.versions.getById(512).getBuffer()).equals(bytes)).toBe(true);
    await second.close();
  });
});
