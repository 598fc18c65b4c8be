import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

describe('Created, Modified, Author and Editor', () => {
  let emulator: RunningEmulator;
  let now = new Date('2025-05-01T09:00:00.400Z');

  beforeAll(async () => {
    emulator = await start({ now: () => now });
    await client(emulator.siteUrl).web.lists.ensure('Audit');
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('are kept by the server: set on add, Modified and Editor moved on update, never written by a client', async () => {
    const asJana = client(emulator.siteUrl, 'jana.novakova@urad.example').web.lists.getByTitle('Audit');
    const asPetr = client(emulator.siteUrl, 'petr.svoboda@urad.example').web.lists.getByTitle('Audit');
    const jana = await client(emulator.siteUrl).web.ensureUser('jana.novakova@urad.example');
    const petr = await client(emulator.siteUrl).web.ensureUser('petr.svoboda@urad.example');

    const added = await asJana.items.add({ Title: 'audited' });
    now = new Date('2025-05-01T09:20:00.900Z'); // within the 30 minutes a form digest lives
    await asPetr.items.getById(added.Id).update({ Title: 'changed' });

    const read = await asJana.items
      .getById(added.Id)
      .select('Created', 'Modified', 'AuthorId', 'EditorId', 'Author/Title', 'Editor/Title')
      .expand('Author', 'Editor')();
    expect(read).toMatchObject({
      Created: '2025-05-01T09:00:00Z',
      Modified: '2025-05-01T09:20:00Z',
      AuthorId: jana.Id,
      EditorId: petr.Id,
      Author: { Title: 'Jana Nováková' },
      Editor: { Title: 'Petr Svoboda' },
    });
    for (const forged of [
      { Created: '2020-01-01T00:00:00Z' },
      { AuthorId: petr.Id },
      { EditorId: jana.Id },
    ]) {
      expect(await spError(asPetr.items.getById(added.Id).update(forged))).toMatchObject({ status: 400 });
    }
  });
});
