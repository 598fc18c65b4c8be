import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { builtInFields } from '../src/model/builtin-fields';
import type { ListRecord } from '../src/model/types';
import { FieldStore } from '../src/store/field-store';
import { ListStore } from '../src/store/list-store';
import { MIGRATIONS } from '../src/store/migrations';
import { client, start } from './helpers';

describe('schema migrations', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sp-emulator-migrate-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('upgrades a data file written before libraries existed, keeping its items', async () => {
    const dataFile = join(folder, 'v1.sqlite');
    const old = new Database(dataFile);
    old.exec(MIGRATIONS[0] as string);
    old.pragma('user_version = 1');
    const list: ListRecord = {
      id: '6a1c4b1e-0b7e-4a39-9d4e-0a2f6f1e7c11',
      title: 'Old',
      serverRelativeUrl: '/sites/kvalita/Lists/Old',
      baseTemplate: 100,
      entityName: 'Old',
      contentTypeId: '0x0100AA',
      created: '2025-01-01T00:00:00Z',
      lastItemModified: '2025-01-01T00:00:00Z',
      lastItemDeleted: '2025-01-01T00:00:00Z',
      props: {},
    };
    new ListStore(old).insert(list);
    for (const field of builtInFields(100)) new FieldStore(old).insert(list.id, field);
    old
      .prepare(
        `INSERT INTO items (list_id, id, guid, created, modified, author_id, editor_id, version, field_values)
         VALUES (?, 1, 'b2f7c1d0-5d1e-4f5b-8b1a-3c2d4e5f6a7b', ?, ?, 7, 7, 3, '{"Title":"kept"}')`,
      )
      .run(list.id, list.created, list.created);
    old.close();

    const second = await start({ dataFile });
    const check = new Database(dataFile, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    check.close();
    const items = await client(second.siteUrl)
      .web.lists.getByTitle('Old')
      .items.select('Title', 'OData__UIVersionString')();
    expect(items).toEqual([expect.objectContaining({ Title: 'kept', OData__UIVersionString: '1.0' })]);
    expect((await client(second.siteUrl).web.lists.getByTitle('Old').items.getById(1)())['odata.etag']).toBe(
      '"3"',
    );
    await second.close();
  });

  it('upgrades a data file written before chunked uploads, keeping its files and their versions', async () => {
    const dataFile = join(folder, 'v2.sqlite');
    const first = await start({ dataFile });
    const sp = client(first.siteUrl);
    await sp.web.lists.ensure('Archiv', '', 101, false, { EnableVersioning: true });
    const files = sp.web.getFolderByServerRelativePath('/sites/kvalita/Archiv').files;
    await files.addUsingPath('a.txt', 'první', { Overwrite: true });
    await files.addUsingPath('a.txt', 'druhá', { Overwrite: true });
    await first.close();
    // Back to schema 2: what an emulator before chunked uploads wrote.
    const old = new Database(dataFile);
    old.exec(`DROP TABLE upload_parts; DROP TABLE upload_sessions; DROP TABLE blob_parts;
      ALTER TABLE blobs DROP COLUMN parts;`);
    old.pragma('user_version = 2');
    old.close();

    const second = await start({ dataFile });
    try {
      const again = client(second.siteUrl);
      const file = again.web.getFileByServerRelativePath('/sites/kvalita/Archiv/a.txt');
      expect(await file.getText()).toBe('druhá');
      expect(await file.versions.getById(512).getText()).toBe('první');
      await file.setContentChunked(new Blob(['třetí po částech']), { chunkSize: 4 });
      expect(await file.getText()).toBe('třetí po částech');
      expect(await file.versions.getById(1024).getText()).toBe('druhá');
    } finally {
      await second.close();
    }
  });
});
