import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

/** OData__ModerationStatus values (SP.ModerationStatusType). */
const APPROVED = 0;
const DENIED = 1;
const PENDING = 2;
const DRAFT = 3;

describe('content approval', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const file = (library: string, name: string) =>
    sp.web.getFileByServerRelativePath(`/sites/kvalita/${library}/${name}`);
  const status = async (library: string, name: string) => ({
    ...(await file(library, name).select('UIVersionLabel', 'Level')()),
    ...(await file(library, name).listItemAllFields.select(
      'OData__ModerationStatus',
      'OData__ModerationComments',
    )()),
  });
  const upload = (library: string, name: string, content: string) =>
    sp.web.getFolderByServerRelativePath(`/sites/kvalita/${library}`).files.addUsingPath(name, content, {
      Overwrite: true,
    });

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Směrnice', '', 101, false, {
      EnableVersioning: true,
      EnableMinorVersions: true,
      EnableModeration: true,
    });
    await sp.web.lists.ensure('Registr', '', 101, false, { EnableVersioning: true, EnableModeration: true });
    await sp.web.lists.ensure('Volné', '', 101);
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('takes a draft through publishing to pending, denial and approval', async () => {
    await upload('Směrnice', 'směrnice.txt', 'návrh');
    expect(await status('Směrnice', 'směrnice.txt')).toMatchObject({
      UIVersionLabel: '0.1',
      Level: 2,
      OData__ModerationStatus: DRAFT,
    });
    // A draft is not waiting for approval yet.
    expect((await spError(file('Směrnice', 'směrnice.txt').approve('ne'))).status).toBe(500);

    await file('Směrnice', 'směrnice.txt').publish('ke schválení');
    expect(await status('Směrnice', 'směrnice.txt')).toMatchObject({
      UIVersionLabel: '1.0',
      Level: 2,
      OData__ModerationStatus: PENDING,
    });
    await file('Směrnice', 'směrnice.txt').deny('chybí podpis');
    expect(await status('Směrnice', 'směrnice.txt')).toMatchObject({
      OData__ModerationStatus: DENIED,
      OData__ModerationComments: 'chybí podpis',
    });
    await file('Směrnice', 'směrnice.txt').approve('podepsáno');
    expect(await status('Směrnice', 'směrnice.txt')).toMatchObject({
      UIVersionLabel: '1.0',
      Level: 1,
      OData__ModerationStatus: APPROVED,
      OData__ModerationComments: 'podepsáno',
    });
    // The next change is a draft again.
    await upload('Směrnice', 'směrnice.txt', 'úprava');
    expect(await status('Směrnice', 'směrnice.txt')).toMatchObject({
      UIVersionLabel: '1.1',
      OData__ModerationStatus: DRAFT,
      OData__ModerationComments: null,
    });
  });

  it('puts every new major version of a major-only library in Pending until approved', async () => {
    await upload('Registr', 'záznam.txt', 'v1');
    expect(await status('Registr', 'záznam.txt')).toMatchObject({
      UIVersionLabel: '1.0',
      OData__ModerationStatus: PENDING,
    });
    await file('Registr', 'záznam.txt').approve('');
    expect(await status('Registr', 'záznam.txt')).toMatchObject({
      OData__ModerationStatus: APPROVED,
      Level: 1,
    });
    await upload('Registr', 'záznam.txt', 'v2');
    expect(await status('Registr', 'záznam.txt')).toMatchObject({
      UIVersionLabel: '2.0',
      OData__ModerationStatus: PENDING,
    });
    const item = await file('Registr', 'záznam.txt').getItem();
    await item.update({ Title: 'Nový název' });
    expect(await status('Registr', 'záznam.txt')).toMatchObject({
      UIVersionLabel: '3.0',
      OData__ModerationStatus: PENDING,
    });
    const pending = await sp.web.lists
      .getByTitle('Registr')
      .items.select('Id', 'OData__ModerationStatus')
      .filter(`OData__ModerationStatus eq ${PENDING}`)();
    expect(pending).toHaveLength(1);
    expect((await spError(item.update({ OData__ModerationStatus: APPROVED }))).status).toBe(400);
  });

  it('refuses approval where the library does not require it', async () => {
    await upload('Volné', 'volný.txt', 'x');
    expect(await spError(file('Volné', 'volný.txt').approve('ok'))).toMatchObject({
      status: 500,
      message: 'This library does not require content approval.',
    });
    const fields = await file('Volné', 'volný.txt').listItemAllFields();
    expect(fields).not.toHaveProperty('OData__ModerationStatus');
  });
});
