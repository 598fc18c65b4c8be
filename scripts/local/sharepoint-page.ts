import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

/*
 * The SharePoint web parts locally: a page that mounts the built Opatření, Přehled opatření,
 * Dokumenty kvality and Schvalování dokumentů components (React 17 and Fluent UI 8 from spfx-webparts/node_modules, bundled with esbuild) and
 * talks to the local app service as a chosen demo person. The page's own origin forwards /api/* to
 * the service, so the browser needs no cross-origin calls and the service sees a loopback caller.
 */
const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const spfxFolder = join(repositoryRoot, 'spfx-webparts');

export interface SharePointPageOptions {
  /** The local app service, e.g. http://127.0.0.1:3978 */
  readonly serviceUrl: string;
  /** 0 for any free port. */
  readonly port: number;
}

export interface RunningSharePointPage {
  /** The page's address (…/local/sharepoint-page). */
  readonly url: string;
  close(): Promise<void>;
}

const PAGE_PATH = '/local/sharepoint-page';

function pageHtml(): string {
  return [
    '<!doctype html>',
    '<html lang="cs">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Kvalita – SharePoint</title>',
    '<link rel="icon" href="data:,">',
    '<style>body{margin:0;padding:24px;font-family:"Segoe UI",system-ui,sans-serif;background:#fff;color:#323130}</style>',
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script src="${PAGE_PATH}/web-parts.js"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The web parts' components and the page around them as one browser script. */
async function bundleWebParts(): Promise<string> {
  const result = await build({
    entryPoints: [join(spfxFolder, 'src', 'local-page', 'main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    // @kvalita/core from its TypeScript sources; React, Fluent UI from spfx-webparts/node_modules.
    conditions: ['source'],
    nodePaths: [join(spfxFolder, 'node_modules')],
    tsconfig: join(spfxFolder, 'tsconfig.json'),
    jsx: 'transform',
    charset: 'utf8',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    // Fluent UI would fetch the Segoe UI web fonts from Microsoft's CDN; the page stays offline.
    banner: { js: 'window.FabricConfig = { fontBaseUrl: "" };' },
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no bundle for the SharePoint page');
  return output.text;
}

/** The web part folders whose loc files the page serves: the measures' and the documents' texts. */
type LocFolder = 'measures' | 'documents';

/** A loc file of the web parts (AMD, as SharePoint loads it) evaluated to its texts, as JSON. */
async function locStrings(folder: LocFolder, file: 'default' | 'en-us'): Promise<string> {
  const source = await readFile(join(spfxFolder, 'src', 'webparts', folder, 'loc', `${file}.js`), 'utf8');
  let strings: unknown;
  runInNewContext(source, {
    define: (_dependencies: unknown, factory: () => unknown) => {
      strings = factory();
    },
  });
  return JSON.stringify(strings);
}

/** Forwards one /api request to the service, with the headers the sign-in and the language need. */
function forward(serviceUrl: string, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const target = new URL(incoming.url ?? '/', serviceUrl);
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'accept', 'accept-language', 'content-type', 'if-match']) {
    const value = incoming.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const upstream = httpRequest(target, { method: incoming.method ?? 'GET', headers }, (reply) => {
    const replyHeaders: Record<string, string> = {};
    // A version's file comes through too, under its own name.
    for (const name of [
      'content-type',
      'etag',
      'retry-after',
      'content-language',
      'content-disposition',
      'content-length',
    ]) {
      const value = reply.headers[name];
      if (typeof value === 'string') replyHeaders[name] = value;
    }
    outgoing.writeHead(reply.statusCode ?? 502, replyHeaders);
    reply.pipe(outgoing);
  });
  upstream.on('error', () => {
    if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    outgoing.end('The local service does not answer.');
  });
  incoming.pipe(upstream);
}

export async function startSharePointPage(options: SharePointPageOptions): Promise<RunningSharePointPage> {
  const [script, cs, en, documentsCs, documentsEn] = await Promise.all([
    bundleWebParts(),
    locStrings('measures', 'default'),
    locStrings('measures', 'en-us'),
    locStrings('documents', 'default'),
    locStrings('documents', 'en-us'),
  ]);
  const files: Record<string, { type: string; body: string }> = {
    [PAGE_PATH]: { type: 'text/html; charset=utf-8', body: pageHtml() },
    [`${PAGE_PATH}/web-parts.js`]: { type: 'text/javascript; charset=utf-8', body: script },
    '/strings/cs.json': { type: 'application/json; charset=utf-8', body: cs },
    '/strings/en.json': { type: 'application/json; charset=utf-8', body: en },
    '/strings/documents/cs.json': { type: 'application/json; charset=utf-8', body: documentsCs },
    '/strings/documents/en.json': { type: 'application/json; charset=utf-8', body: documentsEn },
  };
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/')) return forward(options.serviceUrl, incoming, outgoing);
    if (path === '/') {
      outgoing.writeHead(302, { location: PAGE_PATH });
      return outgoing.end();
    }
    const file = files[path];
    if (!file || incoming.method !== 'GET') {
      outgoing.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return outgoing.end('Not found');
    }
    outgoing.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    outgoing.end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}${PAGE_PATH}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
