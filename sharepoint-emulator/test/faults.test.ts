import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, type SPFI } from '@pnp/sp';
import { isLoopback } from '../src/http/admin';
import type { RunningEmulator } from '../src/index';
import { client, start } from './helpers';

/** The HTTP status, Retry-After and body a @pnp/sp call was rejected with. */
async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const response = (error as { response?: Response }).response;
    if (!response) throw error;
    return {
      status: response.status,
      statusText: response.statusText,
      retryAfter: response.headers.get('retry-after'),
      body: await response.clone().text(),
    };
  }
  throw new Error('Expected the call to fail.');
}

describe('fault injection', () => {
  let emulator: RunningEmulator;
  let sp: SPFI;
  const journal = () => sp.web.lists.getByTitle('Journal');

  beforeAll(async () => {
    emulator = await start();
    sp = client(emulator.siteUrl);
    await sp.web.lists.ensure('Journal');
  });
  afterEach(() => emulator.faults.clear());
  afterAll(async () => {
    await emulator.close();
  });

  it('answers a matching request with 429 and Retry-After once, then serves it', async () => {
    const before = emulator.faults.served;
    emulator.faults.inject({ path: /\/_api\/web\/lists/, status: 429, retryAfterSeconds: 7, times: 1 });
    expect(await rejection(journal().select('Title')())).toEqual({
      status: 429,
      statusText: 'Too many requests',
      retryAfter: '7',
      body: '429 TOO MANY REQUESTS',
    });
    expect(await journal().select('Title')()).toMatchObject({ Title: 'Journal' });
    expect(emulator.faults.served).toBe(before + 1);
  });

  it('lets @pnp/sp retry transparently when it honours Retry-After', async () => {
    const retrying = spfi(emulator.siteUrl).using(
      DefaultHeaders(),
      DefaultInit(),
      BrowserFetchWithRetry({ retries: 3 }),
      DefaultParse(),
      RequestDigest(),
    );
    const before = emulator.faults.served;
    emulator.faults.inject({ path: 'getByTitle', status: 503, retryAfterSeconds: 0, times: 2 });
    expect(await retrying.web.lists.getByTitle('Journal').select('Title')()).toMatchObject({
      Title: 'Journal',
    });
    expect(emulator.faults.served).toBe(before + 2);
  });

  it('expires a rule after `times` matching requests and leaves other requests alone', async () => {
    emulator.faults.inject({ method: 'GET', path: '/items', status: 503, retryAfterSeconds: 3, times: 2 });
    await expect(sp.web.select('Title')()).resolves.toMatchObject({ Title: 'Kvalita' });
    const first = await rejection(journal().items());
    expect(first).toMatchObject({ status: 503, statusText: 'Server Too Busy', retryAfter: '3' });
    expect((await rejection(journal().items())).status).toBe(503);
    await expect(journal().items()).resolves.toEqual([]);
  });

  it('does not execute a faulted write: nothing is stored and no id is used up', async () => {
    emulator.faults.inject({
      method: 'POST',
      path: "getByTitle('Journal')/items",
      status: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    expect((await rejection(journal().items.add({ Title: 'throttled' }))).status).toBe(429);
    expect(await journal().items.select('Title')()).toEqual([]);
    const added = await journal().items.add({ Title: 'accepted' });
    expect(added.Id).toBe(1);
    const item = journal().items.getById(added.Id);
    emulator.faults.inject({
      method: 'MERGE',
      path: '/items(1)',
      status: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    expect((await rejection(item.update({ Title: 'changed' }))).status).toBe(429);
    expect(await item.select('Title')()).toMatchObject({ Title: 'accepted', 'odata.etag': '"1"' });
  });

  it('throttles a $batch as a whole', async () => {
    emulator.faults.inject({ path: '/_api/$batch', status: 429, retryAfterSeconds: 2, times: 1 });
    const [batched, execute] = sp.batched();
    // The parts of a batch that failed as a whole never settle in @pnp/sp: execute() carries the error.
    void batched.web.lists
      .getByTitle('Journal')
      .items.add({ Title: 'in a batch' })
      .catch(() => undefined);
    const outcome = await rejection(execute());
    expect(outcome).toMatchObject({ status: 429, retryAfter: '2' });
    expect(await journal().items.filter("Title eq 'in a batch'")()).toEqual([]);
  });

  it('refuses rules it cannot honour', () => {
    const bad = [
      { path: 'x', status: 500, retryAfterSeconds: 1, times: 1 },
      { path: 'x', status: 429, retryAfterSeconds: -1, times: 1 },
      { path: 'x', status: 429, retryAfterSeconds: 1, times: 0 },
      { path: 5, status: 429, retryAfterSeconds: 1, times: 1 },
    ];
    for (const rule of bad)
      expect(() =>
        emulator.faults.inject(rule as unknown as Parameters<typeof emulator.faults.inject>[0]),
      ).toThrow(TypeError);
  });

  describe('local-only admin endpoint', () => {
    const admin = (method: string, body?: unknown) =>
      fetch(`${emulator.url}/_emulator/faults`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });

    it('adds, lists and clears rules for a running emulator', async () => {
      const added = await admin('POST', {
        method: 'GET',
        pathPattern: "getbytitle\\('journal'\\)",
        pathFlags: 'i',
        status: 429,
        retryAfterSeconds: 5,
        times: 2,
      });
      expect(added.status).toBe(201);
      const state = (await (await admin('GET')).json()) as { rules: unknown[]; served: number };
      expect(state.rules).toEqual([
        {
          method: 'GET',
          path: null,
          pathPattern: "getbytitle\\('journal'\\)",
          status: 429,
          retryAfterSeconds: 5,
          remaining: 2,
        },
      ]);
      expect((await rejection(journal()())).retryAfter).toBe('5');
      const cleared = (await (await admin('DELETE')).json()) as { rules: unknown[] };
      expect(cleared.rules).toEqual([]);
      await expect(journal().select('Title')()).resolves.toMatchObject({ Title: 'Journal' });
    });

    it('answers a malformed rule with 400 and an explanation', async () => {
      for (const body of [
        { status: 429, retryAfterSeconds: 1, times: 1 },
        { path: 'x', status: 418, retryAfterSeconds: 1, times: 1 },
        { path: 'x', pathPattern: 'y', status: 429, retryAfterSeconds: 1, times: 1 },
      ]) {
        const response = await admin('POST', body);
        expect(response.status).toBe(400);
        expect(((await response.json()) as { error: { message: string } }).error.message).toEqual(
          expect.any(String),
        );
      }
      expect((await admin('PUT', {})).status).toBe(405);
      expect(emulator.faults.served).toBeGreaterThan(0);
    });

    it('trusts loopback callers only', () => {
      expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true]);
      expect(['10.0.0.7', '192.168.1.20', '::ffff:10.0.0.7', undefined].map(isLoopback)).toEqual([
        false,
        false,
        false,
        false,
      ]);
    });
  });
});
