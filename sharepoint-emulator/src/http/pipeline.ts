import { toSpError, spErrors, type SpError } from '../errors';
import { parseResourcePath } from '../odata/resource-path';
import { EMULATOR_USER_HEADER, RequestContext } from '../rest/context';
import { routeApi } from '../rest/router';
import type { Site } from '../site/site';
import type { ApiRequest, ApiResponse } from './api-types';
import { parseBatch, renderBatchResponse } from './batch';
import type { DigestIssuer } from './digest';
import { jsonContentType, metadataLevelFromAccept } from './media-types';

/**
 * Answers one REST call: finds the site's `_api`, checks the request digest on writes, routes, and
 * turns every failure into SharePoint's error body. `$batch` parts come back through here too.
 */
export class ApiPipeline {
  constructor(
    private readonly site: Site,
    private readonly digests: DigestIssuer,
    private readonly log: (line: string) => void,
  ) {}

  handle(request: ApiRequest): ApiResponse {
    try {
      const apiPath = this.apiPath(request.url);
      if (apiPath.toLowerCase() === '$batch') {
        if (request.inBatch) throw spErrors.invalidBatch('A $batch cannot contain another $batch.');
        this.checkDigest(request, false);
        return this.batch(request);
      }
      let decoded: string;
      try {
        decoded = decodeURIComponent(apiPath);
      } catch {
        throw spErrors.invalidQuery(`The path '${apiPath}' is not correctly URL-encoded.`);
      }
      const segments = parseResourcePath(decoded, request.url.searchParams);
      const isContextInfo = segments.length === 1 && segments[0]?.key === 'contextinfo';
      this.checkDigest(request, isContextInfo);
      const ctx = new RequestContext(this.site, request, this.digests);
      void ctx.user; // resolve the caller first: an unknown X-Kvalita-Emulator-User is a 401 for any call
      return routeApi(ctx, segments);
    } catch (error) {
      return errorResponse(request, toSpError(error));
    }
  }

  /** The part of the path after `<site>/_api/`, or a 404 for anything outside the site's API. */
  private apiPath(url: URL): string {
    const prefix = `${this.site.sitePath}/_api`;
    const path = url.pathname;
    if (path.toLowerCase() === prefix.toLowerCase()) return '';
    if (!path.toLowerCase().startsWith(`${prefix.toLowerCase()}/`)) throw spErrors.resourceNotFound(path);
    return path.slice(prefix.length + 1);
  }

  /**
   * Writes need a valid X-RequestDigest, except contextinfo (which issues digests), parts of a
   * $batch (the batch carried one) and OAuth calls (a bearer token replaces the digest online).
   */
  private checkDigest(request: ApiRequest, isContextInfo: boolean): void {
    if (request.method === 'GET' || isContextInfo || request.inBatch) return;
    if (/^bearer\s+\S/i.test(request.headers['authorization'] ?? '')) return;
    if (!this.digests.isValid(request.headers['x-requestdigest'])) throw spErrors.invalidDigest();
  }

  private batch(request: ApiRequest): ApiResponse {
    const parts = parseBatch(request.body, request.headers['content-type']);
    const responses = parts.map((part) => {
      let url: URL;
      try {
        url = new URL(part.url, request.url);
      } catch {
        return errorResponse(
          request,
          spErrors.invalidBatch(`The URL '${part.url}' in the $batch is not valid.`),
        );
      }
      const headers: Record<string, string> = { ...part.headers };
      // Parts act as the caller of the batch: @pnp/sp copies only Accept, Content-Type and If-Match into them.
      const caller = request.headers[EMULATOR_USER_HEADER];
      if (caller !== undefined && headers[EMULATOR_USER_HEADER] === undefined)
        headers[EMULATOR_USER_HEADER] = caller;
      const override = headers['x-http-method'];
      const method = part.method === 'POST' && override ? override.toUpperCase() : part.method.toUpperCase();
      const response = this.handle({
        method,
        url,
        headers,
        body: part.body,
        raw: Buffer.from(part.body, 'utf8'),
        inBatch: true,
      });
      this.log(`  [batch] ${method} ${url.pathname}${url.search} -> ${response.status}`);
      return response;
    });
    const rendered = renderBatchResponse(responses);
    return { status: 200, headers: { 'content-type': rendered.contentType }, body: rendered.body };
  }
}

/** SharePoint's error body: { "odata.error": … }, or { "error": … } for odata=verbose. */
export function errorResponse(request: Pick<ApiRequest, 'headers'>, error: SpError): ApiResponse {
  const level = metadataLevelFromAccept(request.headers['accept']);
  const payload = { code: error.code, message: { lang: 'en-US', value: error.message } };
  const body = level === 'verbose' ? { error: payload } : { 'odata.error': payload };
  return {
    status: error.status,
    headers: { 'content-type': jsonContentType(level) },
    body: JSON.stringify(body),
  };
}
