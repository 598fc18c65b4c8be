import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  OpenDataFilesRepository,
  OpenDataLogRepository,
  OpenDataSettingsRepository,
  openDataFilesLibrary,
  openDataLogList,
  openDataSettingsList,
  provisionLists,
} from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/files';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import { ACCESS_DENIED, refusal, siteMember } from '../../support/site-member';
import { contractTarget, type ContractTarget } from '../../support/contract-target';

/*
 * Open data's storage on SharePoint (rule 9): a publication writes a new major version of each
 * file and every earlier one stays; people read the published files in the library as the public
 * reads them on the web, and write nothing there; the settings and the log are the service's alone.
 * An ordinary site member goes to SharePoint's REST API directly. Online: SP_MEMBER_ACCESS_TOKEN.
 */

let target: ContractTarget;
let member: SPFI | null;
const memberEmail = 'eva.dvorakova@lipova.example';
const LIBRARY = `/sites/kvalita/${openDataFilesLibrary.urlName}`;
const text = (value: string) => new TextEncoder().encode(value);

beforeAll(async () => {
  target = await contractTarget();
  member = siteMember(target, memberEmail);
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [openDataFilesLibrary, openDataSettingsList, openDataLogList],
  });
});

afterAll(() => target.close());

describe(`open data's library and lists on ${process.env['SP_SITE_URL'] ?? 'the local SharePoint'}`, () => {
  const files = () => new OpenDataFilesRepository(target.site);

  it('re-publishing a file makes its next major version and keeps every earlier one', async () => {
    const first = await files().put('contract-test.csv', text('a,b\r\n1,2\r\n'), 'text/csv', 'a'.repeat(64));
    const second = await files().put('contract-test.csv', text('a,b\r\n1,3\r\n'), 'text/csv', 'b'.repeat(64));
    expect([first.version, second.version]).toEqual(['1.0', '2.0']);
    expect(await files().versions('contract-test.csv')).toEqual(['1.0', '2.0']);
    const current = await files().get('contract-test.csv');
    expect(new TextDecoder().decode(current?.content)).toBe('a,b\r\n1,3\r\n');
    expect(current).toMatchObject({ contentType: 'text/csv', sha256: 'b'.repeat(64), version: '2.0' });
    expect(await files().get('never-published.csv')).toBeNull();
  });

  it('a settings row refuses a stale etag, and the log finds an entry by its request id', async () => {
    const settings = new OpenDataSettingsRepository(target.site);
    const by = { email: 'jana.novakova@lipova.example', displayName: 'Ing. Jana Nováková' };
    const saved = await settings.save(
      'cafResults',
      { chosen: true, frequency: 'annual', chosenBy: by },
      null,
    );
    expect(saved).toMatchObject({ key: 'cafResults', chosen: true, frequency: 'annual' });
    await settings.save('cafResults', { chosen: false, frequency: 'annual', chosenBy: by }, saved.etag);
    await expect(
      settings.save('cafResults', { chosen: true, frequency: 'weekly', chosenBy: by }, saved.etag),
    ).rejects.toMatchObject({ name: 'StaleVersionError' });
    const log = new OpenDataLogRepository(target.site);
    const file = {
      name: 'katalog.jsonld',
      contentType: 'application/ld+json',
      bytes: 10,
      sha256: 'c'.repeat(64),
      version: '1.0',
    };
    const entry = await log.add({
      at: '2026-12-04T10:00:00.000Z',
      by,
      trigger: 'manual',
      requestId: 'contract-request-1',
      datasets: [{ key: 'cafResults', rows: 37, files: [file] }],
      catalogue: file,
      catalogueDatasets: ['cafResults'],
    });
    expect(await log.byRequestId('contract-request-1')).toEqual(entry);
    await expect(
      log.add({
        at: '2026-12-04T10:00:01.000Z',
        by,
        trigger: 'manual',
        requestId: 'contract-request-1',
        datasets: [],
        catalogue: file,
        catalogueDatasets: [],
      }),
    ).rejects.toMatchObject({ name: 'DuplicateKeyError' });
    expect((await log.latest(5)).map((one) => one.id)).toEqual([entry.id]);
  });

  it('a site member reads the published file in SharePoint and can neither change it nor read the settings and the log', async () => {
    if (!member) return;
    const sp = member;
    const buffer = await sp.web.getFileByServerRelativePath(`${LIBRARY}/contract-test.csv`).getBuffer();
    expect(new TextDecoder().decode(buffer)).toBe('a,b\r\n1,3\r\n');
    const library = sp.web.getList(LIBRARY).rootFolder.files;
    expect(await refusal(library.addUsingPath('contract-test.csv', 'x,y\r\n', { Overwrite: true }))).toEqual(
      ACCESS_DENIED,
    );
    expect(await refusal(library.addUsingPath('own.csv', 'x\r\n'))).toEqual(ACCESS_DENIED);
    expect(
      await refusal(sp.web.getFileByServerRelativePath(`${LIBRARY}/contract-test.csv`).delete()),
    ).toEqual(ACCESS_DENIED);
    for (const list of [openDataSettingsList, openDataLogList]) {
      const url = `/sites/kvalita/Lists/${list.urlName}`;
      expect(await refusal(sp.web.getList(url).items())).toEqual(ACCESS_DENIED);
      expect(await refusal(sp.web.getList(url).items.add({ Title: 'x' }))).toEqual(ACCESS_DENIED);
    }
    // The file is as the service published it.
    expect((await files().get('contract-test.csv'))?.version).toBe('2.0');
  });
});
