import express, { type Request, type Response, type Router } from 'express';
import { existsSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { preferredEncoding } from './accept-encoding';

/**
 * The built tab. Teams shows it in an iframe, so only Microsoft 365 hosts may frame it;
 * Fluent UI injects its styles at runtime, hence 'unsafe-inline' for styles (never for scripts).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com https://*.skype.com",
].join('; ');

/** The copies the build writes beside each text file, best first (brotli is the smaller). */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Types of the files that may have compressed copies (the copy's own extension says nothing). */
const TEXT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * esbuild's `[hash]` in a file name: the name changes whenever the content does, so such a file
 * can be cached for a year. Everything else (index.html above all) is revalidated on every load,
 * so a new deploy is picked up at once.
 */
const CONTENT_HASHED = /-[A-Z0-9]{8}(\.[A-Za-z]+)+$/;
const CACHE_FOREVER = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export function tabRouter(directory: string): Router {
  if (!existsSync(directory))
    throw new Error(`The tab is not built (${directory} is missing): run npm run build:tab`);
  const compressed = compressedCopies(directory);
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  router.use((req, res, next) => {
    const path = requestedFile(req);
    const copies =
      path === null ? [] : ENCODINGS.filter((encoding) => compressed.has(path + encoding.suffix));
    if (path === null || copies.length === 0) return next();
    res.vary('Accept-Encoding');
    const name = preferredEncoding(
      req.headers['accept-encoding'],
      copies.map((copy) => copy.name),
    );
    const encoding = copies.find((copy) => copy.name === name);
    if (encoding === undefined) return next();
    // Serve the copy instead; setHeaders below labels it as the original file, encoded.
    res.locals.tabFile = { path, encoding } satisfies ServedCopy;
    req.url = encodeURI(`${path}${encoding.suffix}`);
    next();
  });
  const setHeaders = (res: Response, file: string) => {
    const copy = res.locals.tabFile as ServedCopy | undefined;
    const original = copy === undefined ? file : file.slice(0, -copy.encoding.suffix.length);
    if (copy !== undefined) {
      res.setHeader('Content-Encoding', copy.encoding.name);
      res.setHeader('Content-Type', TEXT_TYPES[extname(original)] ?? 'application/octet-stream');
    }
    // A policy governs the document that loads the scripts, not the scripts: only pages carry it.
    if (extname(original) === '.html') {
      res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    }
    res.setHeader('Cache-Control', CONTENT_HASHED.test(basename(original)) ? CACHE_FOREVER : REVALIDATE);
  };
  const revalidated = express.static(directory, {
    index: 'index.html',
    fallthrough: true,
    cacheControl: false,
    setHeaders,
  });
  // A file whose name is its content's hash is never revalidated, so validators and ranges
  // would be bytes on every response for nothing (a page loads a dozen of them).
  const hashed = express.static(directory, {
    index: false,
    fallthrough: true,
    cacheControl: false,
    etag: false,
    lastModified: false,
    acceptRanges: false,
    setHeaders,
  });
  router.use((req, res, next) => {
    const copy = res.locals.tabFile as ServedCopy | undefined;
    const path = copy?.path ?? req.path;
    return CONTENT_HASHED.test(basename(path)) ? hashed(req, res, next) : revalidated(req, res, next);
  });
  return router;
}

interface ServedCopy {
  /** The requested file, relative to the tab folder, with a leading slash. */
  readonly path: string;
  readonly encoding: Encoding;
}

/**
 * The compressed copies in the tab folder, read once at start: the folder is a build output and
 * changes only with a deploy, which restarts the service.
 */
function compressedCopies(directory: string): ReadonlySet<string> {
  const copies = new Set<string>();
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !ENCODINGS.some((encoding) => entry.name.endsWith(encoding.suffix))) continue;
    const file = join(entry.parentPath, entry.name);
    const withoutCopy = file.slice(0, -extname(file).length);
    if (TEXT_TYPES[extname(withoutCopy)] === undefined) continue;
    copies.add(`/${relative(directory, file).split('\\').join('/')}`);
  }
  return copies;
}

/** The file a GET or HEAD asks for (a folder means its index.html); null for anything else. */
function requestedFile(req: Request): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return null;
  }
  if (!path.endsWith('/')) return path;
  // `/tab` without its slash is redirected by express.static first, so relative URLs resolve.
  const asked = new URL(req.originalUrl, 'http://tab.invalid').pathname;
  return asked.endsWith('/') ? `${path}index.html` : null;
}
