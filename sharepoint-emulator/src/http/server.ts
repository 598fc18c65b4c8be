import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { spErrors } from '../errors';
import type { ApiRequest, ApiResponse } from './api-types';
import { errorResponse, type ApiPipeline } from './pipeline';

export interface HttpServerOptions {
  readonly maxBodyBytes: number;
  readonly log: (line: string) => void;
}

/** Methods a client may tunnel through POST with X-HTTP-Method, as SharePoint allows. */
const TUNNELED = new Set(['MERGE', 'DELETE', 'PATCH', 'PUT']);

/** The HTTP front: reads bodies (with a size limit), builds ApiRequests, writes ApiResponses. */
export function createHttpServer(pipeline: ApiPipeline, options: HttpServerOptions): Server {
  return createServer((req, res) => {
    const started = Date.now();
    const finish = (response: ApiResponse, method: string) => {
      write(res, response);
      options.log(`${method} ${req.url ?? ''} -> ${response.status} (${Date.now() - started} ms)`);
    };
    const headers = lowerCaseHeaders(req);
    const declared = Number(headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
      res.setHeader('connection', 'close');
      finish(errorResponse({ headers }, spErrors.bodyTooLarge(options.maxBodyBytes)), req.method ?? 'GET');
      req.resume();
      return;
    }
    readBody(req, options.maxBodyBytes)
      .then((body) => {
        const method = effectiveMethod(req.method ?? 'GET', headers);
        if (body === undefined) {
          finish(errorResponse({ headers }, spErrors.bodyTooLarge(options.maxBodyBytes)), method);
          return;
        }
        let url: URL;
        try {
          // Concatenated, not resolved: a path like //other/… must stay a path on this host.
          url = new URL(`http://${headers['host'] ?? 'localhost'}${req.url ?? '/'}`);
        } catch {
          finish(errorResponse({ headers }, spErrors.invalidQuery('The request URL is not valid.')), method);
          return;
        }
        const request: ApiRequest = { method, url, headers, body, inBatch: false };
        finish(pipeline.handle(request), method);
      })
      .catch((error: unknown) => {
        options.log(
          `${req.method ?? ''} ${req.url ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        if (!res.headersSent)
          finish(
            errorResponse({ headers }, spErrors.internal('The request could not be read.')),
            req.method ?? 'GET',
          );
      });
  });
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
  if (method.toUpperCase() === 'POST' && override && TUNNELED.has(override)) return override;
  return method.toUpperCase();
}

/** Reads the body as UTF-8; resolves undefined when it is larger than the limit (the rest is drained). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
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
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function write(res: ServerResponse, response: ApiResponse): void {
  const headers: Record<string, string> = {
    'x-sharepointhealthscore': '0',
    dataserviceversion: '3.0',
    ...response.headers,
  };
  res.writeHead(response.status, headers);
  res.end(response.body ?? undefined);
}
