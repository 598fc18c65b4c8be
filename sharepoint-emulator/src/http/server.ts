import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SpError, spErrors } from '../errors';
import { ADMIN_PREFIX, handleAdmin } from './admin';
import { isContentStream, statusText, type ApiRequest, type ApiResponse } from './api-types';
import { throttlingResponse, type FaultInjector } from './faults';
import { foreignCaller } from './local-caller';
import { errorResponse, type ApiPipeline } from './pipeline';

export interface HttpServerOptions {
  /** Largest body of an ordinary request (JSON, $batch); larger ones get 413. */
  readonly maxBodyBytes: number;
  /** Largest body of a file upload; larger ones get SharePoint Online's 400 "request message is too big". */
  readonly maxFileBytes: number;
  readonly sitePath: string;
  /** The interface the server listens on; besides loopback names, the only Host it answers. */
  readonly listenHost: string;
  readonly faults: FaultInjector;
  readonly log: (line: string) => void;
}

/** The code of the emulator's own refusal of a caller that is not this computer (no SharePoint code). */
const LOCAL_ONLY = '-2147024891, System.UnauthorizedAccessException';

/** Methods a client may tunnel through POST with X-HTTP-Method, as SharePoint allows. */
const TUNNELED = new Set(['MERGE', 'DELETE', 'PATCH', 'PUT']);

/** Requests whose body is file content: uploads and $value writes. */
const FILE_CONTENT = /\/(addusingpath|add|startupload|continueupload|finishupload)\(|\/\$value(\?|$)/i;

/**
 * The HTTP front: the local-only admin API, injected faults, body limits, then ApiRequests to the
 * pipeline and ApiResponses back to the socket.
 */
export function createHttpServer(pipeline: ApiPipeline, options: HttpServerOptions): Server {
  return createServer((req, res) => {
    const started = Date.now();
    const wireMethod = (req.method ?? 'GET').toUpperCase();
    const rawUrl = req.url ?? '/';
    const finish = (response: ApiResponse, method: string, note = '') => {
      write(res, response);
      options.log(`${method} ${rawUrl} -> ${response.status}${note} (${Date.now() - started} ms)`);
    };
    const headers = lowerCaseHeaders(req);
    const method = effectiveMethod(wireMethod, headers);
    const pathname = rawUrl.split('?')[0] ?? '/';

    const foreign = foreignCaller(headers, options.listenHost);
    if (foreign) {
      req.resume();
      finish(
        errorResponse({ headers }, new SpError(403, LOCAL_ONLY, foreign)),
        method,
        ' (not this computer)',
      );
      return;
    }

    if (pathname.toLowerCase().startsWith(ADMIN_PREFIX)) {
      readBody(req, options.maxBodyBytes).then(
        (body) =>
          finish(
            handleAdmin(
              wireMethod,
              pathname,
              body?.toString('utf8') ?? '',
              headers['content-type'],
              req.socket.remoteAddress,
              options.faults,
            ),
            wireMethod,
          ),
        () => finish(errorResponse({ headers }, spErrors.internal('The request could not be read.')), method),
      );
      return;
    }

    const fault = options.faults.take(wireMethod, method, afterSitePath(rawUrl, options.sitePath));
    if (fault) {
      // The request is not executed; its body is read and dropped so the connection stays usable.
      req.resume();
      req.once('end', () => finish(throttlingResponse(fault), method, ' (injected fault)'));
      req.once('error', () => res.destroy());
      return;
    }

    const fileContent = FILE_CONTENT.test(pathname);
    const limit = fileContent ? options.maxFileBytes : options.maxBodyBytes;
    const tooLarge = (): SpError =>
      fileContent ? spErrors.requestTooBig(limit) : spErrors.bodyTooLarge(limit);
    const declared = Number(headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > limit) {
      res.setHeader('connection', 'close');
      finish(errorResponse({ headers }, tooLarge()), method);
      req.resume();
      return;
    }
    readBody(req, limit)
      .then((raw) => {
        if (raw === undefined) {
          finish(errorResponse({ headers }, tooLarge()), method);
          return;
        }
        let url: URL;
        try {
          // Concatenated, not resolved: a path like //other/… must stay a path on this host.
          url = new URL(`http://${headers['host'] ?? 'localhost'}${rawUrl}`);
        } catch {
          finish(errorResponse({ headers }, spErrors.invalidQuery('The request URL is not valid.')), method);
          return;
        }
        const request: ApiRequest = { method, url, headers, body: raw.toString('utf8'), raw, inBatch: false };
        finish(pipeline.handle(request), method);
      })
      .catch((error: unknown) => {
        options.log(
          `${wireMethod} ${rawUrl} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (!res.headersSent)
          finish(errorResponse({ headers }, spErrors.internal('The request could not be read.')), method);
      });
  });
}

/** The path and query after the site path, percent-decoded where possible (what fault rules match). */
function afterSitePath(rawUrl: string, sitePath: string): string {
  let decoded = rawUrl;
  try {
    decoded = decodeURIComponent(rawUrl);
  } catch {
    // a malformed escape: match against the URL as sent
  }
  return decoded.toLowerCase().startsWith(sitePath.toLowerCase()) ? decoded.slice(sitePath.length) : decoded;
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function effectiveMethod(method: string, headers: Record<string, string>): string {
  const override = headers['x-http-method']?.toUpperCase();
  if (method === 'POST' && override && TUNNELED.has(override)) return override;
  return method;
}

/** Reads the body; resolves undefined when it is larger than the limit (the rest is drained). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, response: ApiResponse): void {
  const headers: Record<string, string> = {
    'x-sharepointhealthscore': '0',
    dataserviceversion: '3.0',
    ...response.headers,
  };
  // SharePoint's reason phrases where they differ from Node's (429 "Too many requests", 503 "Server Too Busy").
  const reason = statusText(response.status);
  if (reason === 'Unknown') res.writeHead(response.status, headers);
  else res.writeHead(response.status, reason, headers);
  const body = response.body;
  if (isContentStream(body)) stream(res, body.chunks()[Symbol.iterator]());
  else res.end(body ?? undefined);
}

/** Writes parts as the socket takes them (waits for 'drain'), so memory holds one part at a time. */
function stream(res: ServerResponse, parts: Iterator<Buffer>): void {
  try {
    for (;;) {
      const next = parts.next();
      if (next.done) {
        res.end();
        return;
      }
      if (!res.write(next.value)) {
        res.once('drain', () => stream(res, parts));
        return;
      }
    }
  } catch {
    // The content went missing while it was sent (e.g. replaced and pruned): cut the response.
    res.destroy();
  }
}
