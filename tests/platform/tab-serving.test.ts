import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/*
 * How the app service sends the built tab: compressed copies by Accept-Encoding, content-hashed
 * files cached for a year, the page itself revalidated. Uses the real build in teams-app/dist
 * (`npm test` builds it first; on its own run `npm run build:tab` before this test).
 */

const TIMEOUT = 60_000;
const DEMO_QUALITY_MANAGER = 'jana.novakova@lipova.example';
const dist = join(process.cwd(), 'teams-app', 'dist');
let stack: LocalStack | undefined;

interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

/** A GET as a browser sends it, without fetch's own decompression: the bytes as they travel. */
function get(path: string, headers: Readonly<Record<string, string>> = {}): Promise<RawResponse> {
  if (stack === undefined) throw new Error('The local stack did not start.');
  const url = new URL(path, stack.serviceUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The page's scripts: the entry and the chunks it preloads, as URLs relative to /tab/. */
function pageScripts(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
}

beforeAll(async () => {
  stack = await startTestStack({ tab: true });
}, TIMEOUT);

afterAll(async () => {
  await stack?.stop();
}, TIMEOUT);

describe('the tab as the service sends it', () => {
  it('sends brotli where accepted, else gzip, else the file itself, each decompressing to the file', async () => {
    const scripts = pageScripts();
    expect(scripts.filter((script) => /^app-[A-Z0-9]{8}\.js$/.test(script))).toHaveLength(1);
    // The largest script the page loads at start, where compression shows.
    const [largest] = scripts.sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size);
    const file = readFileSync(join(dist, largest ?? ''));

    const chromium = await get(`/tab/${largest}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(chromium.status).toBe(200);
    expect(chromium.headers['content-encoding']).toBe('br');
    expect(chromium.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(chromium.headers['content-length']).toBe(String(chromium.body.length));
    expect(chromium.headers.vary).toContain('Accept-Encoding');
    expect(chromium.body.length).toBeLessThan(file.length / 2);
    expect(brotliDecompressSync(chromium.body).equals(file)).toBe(true);

    const gzipOnly = await get(`/tab/${largest}`, { 'Accept-Encoding': 'br;q=0, gzip;q=0.8' });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(gzipOnly.headers['content-length']).toBe(String(gzipOnly.body.length));
    expect(gunzipSync(gzipOnly.body).equals(file)).toBe(true);

    const identity = await get(`/tab/${largest}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(identity.headers.vary).toContain('Accept-Encoding');
    expect(identity.body.equals(file)).toBe(true);
  });

  it('loads at start none of the texts of the later pages or of the service', () => {
    // esbuild's metafile: which source modules went into each script the page loads at start.
    const meta = JSON.parse(readFileSync(join(dist, 'meta.json'), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, unknown> }>;
    };
    const startUp = new Set(pageScripts().map((script) => `teams-app/dist/${script}`));
    const shipped = Object.entries(meta.outputs)
      .filter(([file]) => startUp.has(file))
      .flatMap(([, output]) => Object.keys(output.inputs));
    expect(shipped).toContain('core/src/i18n/cs.ts');
    const texts = shipped.filter((input) => input.includes('core/src/i18n/'));
    expect(texts.filter((input) => input.includes('/areas/') || input.endsWith('/en.ts'))).toEqual([]);
  });

  it('sends the page compressed too, as HTML, with the usual security headers', async () => {
    const page = await get('/tab/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(page.body).equals(readFileSync(join(dist, 'index.html')))).toBe(true);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('caches content-hashed scripts for a year and revalidates the page on every load', async () => {
    const scripts = pageScripts();
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      const response = await get(`/tab/${script}`, { 'Accept-Encoding': 'br' });
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      // Never revalidated, so no validators; the page's policy is the page's, not each script's.
      expect(response.headers.etag).toBeUndefined();
      expect(response.headers['last-modified']).toBeUndefined();
      expect(response.headers['content-security-policy']).toBeUndefined();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const page = await get('/tab/index.html', { 'Accept-Encoding': 'br' });
    expect(page.headers['cache-control']).toBe('no-cache');
    const etag = page.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await get('/tab/index.html', { 'Accept-Encoding': 'br', 'If-None-Match': String(etag) });
    expect(again.status).toBe(304);
  });

  it('still sends /tab to /tab/, so the page’s relative addresses resolve', async () => {
    const response = await get('/tab', { 'Accept-Encoding': 'br' });
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/tab/');
  });
});

describe('the API as the service sends it', () => {
  it('compresses a large JSON reply by Accept-Encoding and sends a small one as it is', async () => {
    const signedIn = { Authorization: `Demo ${DEMO_QUALITY_MANAGER}` };
    const model = await get('/api/caf/model?locale=cs', {
      ...signedIn,
      'Accept-Encoding': 'gzip, deflate, br, zstd',
    });
    expect(model.status).toBe(200);
    expect(model.headers['content-encoding']).toBe('br');
    expect(model.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(model.headers.vary).toContain('Accept-Encoding');
    const text = brotliDecompressSync(model.body).toString('utf8');
    const criteria = (JSON.parse(text) as { criteria: unknown[] }).criteria;
    expect(criteria).toHaveLength(9);
    expect(model.body.length).toBeLessThan(Buffer.byteLength(text) / 2);

    const gzipOnly = await get('/api/caf/model?locale=cs', { ...signedIn, 'Accept-Encoding': 'gzip' });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipOnly.body).toString('utf8')).toBe(text);

    const identity = await get('/api/caf/model?locale=cs', signedIn);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString('utf8')).toBe(text);
    expect(identity.headers['content-type']).toBe('application/json; charset=utf-8');

    const health = await get('/api/health', { 'Accept-Encoding': 'br' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(health.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(health.body.toString('utf8'))).toEqual({ status: 'ok', sharepoint: 'ok' });
  });
});
