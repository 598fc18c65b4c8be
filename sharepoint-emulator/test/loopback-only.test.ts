import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { request } from 'node:http';
import type { RunningEmulator } from '../src/index';
import { start } from './helpers';

/** One request with headers fetch would not send as given (Host above all). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: options.method ?? 'GET', headers: options.headers ?? {} },
      (reply) => {
        const chunks: Buffer[] = [];
        reply.on('data', (chunk: Buffer) => chunks.push(chunk));
        reply.on('end', () =>
          resolve({ status: reply.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        reply.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/**
 * The local SharePoint acts as a site admin for whoever calls it, so a web page elsewhere must not
 * reach it: not by rebinding its DNS name to 127.0.0.1 (its own name arrives as Host), not by a
 * cross-origin post (its Origin arrives), and not through the fault switch.
 */
describe('the local SharePoint answers this computer only', () => {
  let emulator: RunningEmulator;
  let port: string;

  beforeAll(async () => {
    emulator = await start();
    port = new URL(emulator.url).port;
  });
  afterAll(async () => {
    await emulator.close();
  });

  const web = (headers: Record<string, string>) =>
    raw(`${emulator.siteUrl}/_api/web`, { headers: { accept: 'application/json', ...headers } });

  it('refuses a request whose Host is not a loopback name', async () => {
    for (const host of [`rebind.evil.example:${port}`, `127.0.0.1.evil.example:${port}`, 'evil.example']) {
      const response = await web({ host });
      expect(response.status).toBe(403);
      expect(response.text).not.toContain('Kvalita');
      expect((await raw(`${emulator.url}/_emulator/faults`, { headers: { host } })).status).toBe(403);
    }
  });

  it('refuses a request from a page of another origin, or an opaque one', async () => {
    for (const origin of ['http://evil.example', 'https://localhost.evil.example', 'null']) {
      expect((await web({ origin })).status).toBe(403);
      const post = await raw(`${emulator.url}/_emulator/faults`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ path: '/items', status: 503, retryAfterSeconds: 1, times: 1 }),
      });
      expect(post.status).toBe(403);
    }
    expect(emulator.faults.served).toBe(0);
    expect((await (await fetch(`${emulator.url}/_emulator/faults`)).json()) as unknown).toMatchObject({
      rules: [],
    });
  });

  it('serves loopback names and pages of this computer', async () => {
    for (const headers of [
      { host: `127.0.0.1:${port}` } as Record<string, string>,
      { host: `localhost:${port}` },
      { host: `[::1]:${port}` },
      { host: `localhost:${port}`, origin: 'http://localhost:4321' },
    ]) {
      const response = await web(headers);
      expect(response.status).toBe(200);
      expect(response.text).toContain('Kvalita');
    }
  });

  describe('the fault switch', () => {
    const addFault = (body: unknown, contentType = 'application/json') =>
      raw(`${emulator.url}/_emulator/faults`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const rule = { status: 429, retryAfterSeconds: 1, times: 1 };

    it('takes JSON only: a form or text/plain post (what a page may send across origins unasked) gets 415', async () => {
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        const response = await addFault({ ...rule, path: '/items' }, type);
        expect(response.status).toBe(415);
        expect(JSON.parse(response.text)).toMatchObject({
          error: { message: expect.stringContaining('application/json') },
        });
      }
      expect((await addFault({ ...rule, path: '/items' }, 'application/json; charset=utf-8')).status).toBe(
        201,
      );
      emulator.faults.clear();
    });

    it('refuses a regular expression that could run for ever or is long, naming why', async () => {
      for (const pathPattern of ['(a+)+$', '(a*)*b', '(x|xx)+y', '((ab)*)+', '(a)\\1', 'x'.repeat(201)]) {
        const response = await addFault({ ...rule, pathPattern });
        expect(response.status).toBe(400);
        expect(JSON.parse(response.text)).toMatchObject({
          error: { message: expect.stringContaining('pathPattern') },
        });
      }
      const flags = await addFault({ ...rule, pathPattern: 'items', pathFlags: 'gy' });
      expect(flags.status).toBe(400);
      expect(
        ((await (await fetch(`${emulator.url}/_emulator/faults`)).json()) as { rules: unknown[] }).rules,
      ).toEqual([]);
    });

    it('still takes the patterns tests use', async () => {
      for (const pathPattern of [
        "getbytitle\\('journal'\\)",
        '/items\\(\\d+\\)$',
        '^/_api/\\$batch',
        '(items|fields)/?',
      ]) {
        expect((await addFault({ ...rule, pathPattern, pathFlags: 'i' })).status).toBe(201);
      }
      emulator.faults.clear();
    });
  });
});
