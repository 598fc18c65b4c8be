import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

/** MajorVersionLimit and MajorWithMinorVersionsLimit trim a file's history when they are set. */
describe('version limits', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const file = (library: string) => sp.web.getFileByServerRelativePath(`/sites/kvalita/${library}/d.txt`);
  const put = (library: string, content: string) =>
    sp.web
      .getFolderByServerRelativePath(`/sites/kvalita/${library}`)
      .files.addUsingPath('d.txt', content, { Overwrite: true });
  const labels = async (library: string) =>
    (await file(library).versions()).map((v: { VersionLabel: string }) => v.VersionLabel);

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('keeps at most MajorVersionLimit earlier major versions, dropping the oldest', async () => {
    await sp.web.lists.ensure('Hlavni', '', 101, false, { EnableVersioning: true, MajorVersionLimit: 2 });
    for (const content of ['v1', 'v2', 'v3', 'v4', 'v5']) await put('Hlavni', content);
    expect(await file('Hlavni').select('UIVersionLabel')()).toMatchObject({ UIVersionLabel: '5.0' });
    expect(await labels('Hlavni')).toEqual(['3.0', '4.0']);
    expect(await file('Hlavni').versions.getById(1536).getText()).toBe('v3');
    expect((await spError(file('Hlavni').versions.getById(512)())).status).toBe(404);
  });

  it('keeps the drafts of the MajorWithMinorVersionsLimit most recent major versions', async () => {
    await sp.web.lists.ensure('Koncepty', '', 101, false, {
      EnableVersioning: true,
      EnableMinorVersions: true,
      MajorWithMinorVersionsLimit: 2,
    });
    await put('Koncepty', '0.1');
    await put('Koncepty', '0.2');
    await file('Koncepty').publish('1.0');
    await put('Koncepty', '1.1');
    await file('Koncepty').publish('2.0');
    await put('Koncepty', '2.1');
    expect(await labels('Koncepty')).toEqual(['1.0', '1.1', '2.0']);
    await put('Koncepty', '2.2');
    expect(await file('Koncepty').select('UIVersionLabel')()).toMatchObject({ UIVersionLabel: '2.2' });
    expect(await labels('Koncepty')).toEqual(['1.0', '1.1', '2.0', '2.1']);
    await file('Koncepty').publish('3.0');
    expect(await labels('Koncepty')).toEqual(['1.0', '2.0', '2.1', '2.2']);
  });

  it('keeps every version of a library whose limits are not set, or are 0', async () => {
    await sp.web.lists.ensure('Zaznamy', '', 101, false, {
      EnableVersioning: true,
      EnableMinorVersions: true,
    });
    await sp.web.lists.ensure('Bez', '', 101, false, {
      EnableVersioning: true,
      MajorVersionLimit: 0,
      MajorWithMinorVersionsLimit: 0,
    });
    for (let i = 0; i < 12; i++) {
      await put('Zaznamy', `koncept ${i}`);
      if (i % 3 === 2) await file('Zaznamy').publish(`vydání ${i}`);
      await put('Bez', `verze ${i}`);
    }
    expect(await labels('Zaznamy')).toHaveLength(15);
    expect(await labels('Bez')).toHaveLength(11);
  });

  it('refuses limits outside 0 to 50,000 and keeps the library as it was', async () => {
    const list = sp.web.lists.getByTitle('Hlavni');
    expect((await spError(list.update({ MajorVersionLimit: 50_001 }))).status).toBe(400);
    expect((await spError(list.update({ MajorWithMinorVersionsLimit: -1 }))).status).toBe(400);
    expect(await list.select('MajorVersionLimit')()).toMatchObject({ MajorVersionLimit: 2 });
    await list.update({ MajorVersionLimit: 50_000 });
    expect(await list.select('MajorVersionLimit')()).toMatchObject({ MajorVersionLimit: 50_000 });
  });
});
