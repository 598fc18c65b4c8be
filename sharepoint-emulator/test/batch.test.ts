import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SPFI } from '@pnp/sp';
import type { RunningEmulator } from '../src/index';
import { client, digest, start } from './helpers';
import { seedItems } from './seed';

describe('$batch', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Tasks');
    await sp.web.lists.getByTitle('Tasks').fields.addNumber('Rank');
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('honours If-Match in each part like SharePoint Online: a stale ETag fails its part with 412, the rest run', async () => {
    // A list of its own: the next test counts the items of Tasks.
    await sp.web.lists.ensure('Versions');
    await sp.web.lists.getByTitle('Versions').fields.addNumber('Rank');
    const tasks = sp.web.lists.getByTitle('Versions');
    const a = await tasks.items.add({ Title: 'if-match a', Rank: 1 });
    const b = await tasks.items.add({ Title: 'if-match b', Rank: 1 });
    await tasks.items.getById(b.Id).update({ Rank: 2 });
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Versions');
    const current = list.items.getById(a.Id).update({ Rank: 5 }, String(a['odata.etag']));
    const stale = list.items.getById(b.Id).update({ Rank: 5 }, String(b['odata.etag']));
    const staleDelete = list.items.getById(b.Id).delete(String(b['odata.etag']));
    for (const part of [current, stale, staleDelete]) part.catch(() => undefined);
    await execute();
    await expect(current).resolves.toBeDefined();
    await expect(stale).rejects.toMatchObject({ status: 412 });
    await expect(staleDelete).rejects.toMatchObject({ status: 412 });
    expect(await tasks.items.getById(b.Id).select('Rank')()).toMatchObject({ Rank: 2 });
    expect(await tasks.items.getById(a.Id).select('Rank')()).toMatchObject({ Rank: 5 });
  });

  it('runs several adds, an update and reads of sp.batched() in order', async () => {
    const [batched, execute] = sp.batched();
    const tasks = batched.web.lists.getByTitle('Tasks');
    const adds = [1, 2, 3].map((rank) => tasks.items.add({ Title: `task ${rank}`, Rank: rank }));
    const list = tasks.select('ItemCount')();
    await execute();
    const added = await Promise.all(adds);
    expect(added.map((a) => [a.Title, a.Rank, a['odata.etag']])).toEqual([
      ['task 1', 1, '"1"'],
      ['task 2', 2, '"1"'],
      ['task 3', 3, '"1"'],
    ]);
    expect((await list).ItemCount).toBe(3);

    const [again, run] = sp.batched();
    const update = again.web.lists
      .getByTitle('Tasks')
      .items.getById((added[0] as { Id: number }).Id)
      .update({ Rank: 10 });
    const failing = again.web.lists.getByTitle('Tasks').items.add({ Nope: 1 });
    const read = again.web.lists.getByTitle('Tasks').items.select('Title', 'Rank').orderBy('Rank', false)();
    await run();
    expect((await update).etag).toBe('"2"');
    await expect(failing).rejects.toMatchObject({ status: 400 });
    expect((await read).map((r: { Title: string }) => r.Title)).toEqual(['task 1', 'task 3', 'task 2']);
  });

  it('answers with one embedded HTTP response per part, changesets flattened', async () => {
    const body = [
      '--batch_1',
      'Content-Type: multipart/mixed; boundary="changeset_a"',
      '',
      '--changeset_a',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${emulator.siteUrl}/_api/web/lists/getByTitle('Tasks')/items HTTP/1.1`,
      'Accept: application/json;odata=nometadata',
      'Content-Type: application/json',
      '',
      '{"Title":"raw"}',
      '',
      '--changeset_a--',
      '',
      '--batch_1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${emulator.siteUrl}/_api/web/lists/getByTitle('Nope') HTTP/1.1`,
      'Accept: application/json',
      '',
      '--batch_1--',
      '',
    ].join('\r\n');
    const response = await fetch(`${emulator.siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: {
        'Content-Type': 'multipart/mixed; boundary=batch_1',
        'X-RequestDigest': await digest(emulator.siteUrl),
      },
      body,
    });
    expect(response.status).toBe(200);
    const boundary = /boundary=(\S+)/.exec(response.headers.get('content-type') ?? '')?.[1];
    expect(boundary).toMatch(/^batchresponse_/);
    const text = await response.text();
    const parts = text.split(`--${boundary}`).slice(1, -1);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain('HTTP/1.1 201 Created');
    expect(parts[0]).toContain('"Title":"raw"');
    expect(parts[1]).toContain('HTTP/1.1 404 Not Found');
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
  });

  it('needs the form digest on the batch itself', async () => {
    const response = await fetch(`${emulator.siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_1' },
      body: '--batch_1--\r\n',
    });
    expect(response.status).toBe(403);
  });

  it('pages through 12,000 items added in batches, 5,000 at a time', async () => {
    await sp.web.lists.ensure('Big');
    const big = () => sp.web.lists.getByTitle('Big');
    const rows = Array.from({ length: 12_000 }, (_, i) => ({ Title: `row ${i + 1}` }));
    expect(await seedItems(emulator.siteUrl, 'Big', rows)).toBe(12_000);
    expect((await big().select('ItemCount')()).ItemCount).toBe(12_000);
    const pages: number[] = [];
    let last = 0;
    let ordered = true;
    for await (const page of big().items.select('Id').top(5000)) {
      pages.push(page.length);
      for (const row of page as { Id: number }[]) {
        ordered &&= row.Id === last + 1;
        last = row.Id;
      }
    }
    expect(pages).toEqual([5000, 5000, 2000]);
    expect(ordered).toBe(true);
    // Above 5,000 items a filter or sort needs an indexed column, as on SharePoint Online.
    await big().fields.getByInternalNameOrTitle('Title').update({ Indexed: true });
    const filtered: string[] = [];
    for await (const page of big()
      .items.select('Title')
      .filter("startswith(Title,'row 1199')")
      .orderBy('Title', false)
      .top(4)) {
      filtered.push(...(page as { Title: string }[]).map((r) => r.Title));
    }
    expect(filtered).toEqual([
      'row 11999',
      'row 11998',
      'row 11997',
      'row 11996',
      'row 11995',
      'row 11994',
      'row 11993',
      'row 11992',
      'row 11991',
      'row 11990',
      'row 1199',
    ]);
  }, 60_000);
});
