import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import '@pnp/sp/security/list';
import type { IList } from '@pnp/sp/lists';
import type { RunningEmulator } from '../src/index';
import { client, spError, start } from './helpers';

/** HasUniqueRoleAssignments is on SP.List but not in PnPjs's IListInfo. */
async function hasUniqueRoleAssignments(list: IList): Promise<unknown> {
  const info = (await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments?: unknown };
  return info.HasUniqueRoleAssignments;
}

describe('list permissions (role inheritance)', () => {
  let emulator: RunningEmulator;
  const jana = 'jana.novakova@urad.example';

  beforeAll(async () => {
    emulator = await start();
    const sp = client(emulator.siteUrl);
    await sp.web.lists.add('Private');
    await sp.web.lists.add('Open');
    await sp.web.lists.getByTitle('Private').items.add({ Title: 'secret' });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('reports HasUniqueRoleAssignments false until inheritance is broken, then true', async () => {
    const sp = client(emulator.siteUrl);
    const list = sp.web.lists.getByTitle('Private');
    expect(await hasUniqueRoleAssignments(list)).toBe(false);
    await list.breakRoleInheritance(false, true);
    expect(await hasUniqueRoleAssignments(list)).toBe(true);
    expect(await hasUniqueRoleAssignments(sp.web.lists.getByTitle('Open'))).toBe(false);
  });

  it('keeps a list broken without copied assignments away from people who are not site admins', async () => {
    const asJana = client(emulator.siteUrl, jana);
    const denied = await spError(asJana.web.lists.getByTitle('Private').items());
    expect(denied.status).toBe(403);
    expect(denied.code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect((await spError(asJana.web.lists.getByTitle('Private').fields())).status).toBe(403);
    const titles = (await asJana.web.lists.select('Title')()).map((list) => list.Title);
    expect(titles).toContain('Open');
    expect(titles).not.toContain('Private');
    // The service account (a site collection administrator) still reads and writes it.
    const sp = client(emulator.siteUrl);
    expect(await sp.web.lists.getByTitle('Private').items.select('Title')()).toEqual([
      expect.objectContaining({ Title: 'secret' }),
    ]);
  });

  it('changes nothing when broken again, and gives the list back to everyone on reset', async () => {
    const sp = client(emulator.siteUrl);
    const list = sp.web.lists.getByTitle('Private');
    await list.breakRoleInheritance(true, false);
    expect((await spError(client(emulator.siteUrl, jana).web.lists.getByTitle('Private')())).status).toBe(
      403,
    );
    await list.resetRoleInheritance();
    expect(await hasUniqueRoleAssignments(list)).toBe(false);
    expect(await client(emulator.siteUrl, jana).web.lists.getByTitle('Private').items()).toHaveLength(1);
  });

  it('assigns the calling user when someone who is not a site admin breaks inheritance without copying', async () => {
    const asJana = client(emulator.siteUrl, jana);
    await asJana.web.lists.add('Janas');
    await asJana.web.lists.getByTitle('Janas').breakRoleInheritance(false, true);
    expect(await asJana.web.lists.getByTitle('Janas').items()).toEqual([]);
    const petr = client(emulator.siteUrl, 'petr.svoboda@urad.example');
    expect((await spError(petr.web.lists.getByTitle('Janas').items())).status).toBe(403);
  });
});
