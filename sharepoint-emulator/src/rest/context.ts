import type { DigestIssuer } from '../http/digest';
import type { ApiRequest, ApiResponse } from '../http/api-types';
import {
  isVerboseBody,
  jsonContentType,
  metadataLevelFromAccept,
  type MetadataLevel,
} from '../http/media-types';
import type { UserRecord } from '../model/types';
import { JsonFormatter } from '../odata/json-format';
import type { Site } from '../site/site';

/** Local-only header naming the acting user by e-mail (SharePoint Online takes it from the token). */
export const EMULATOR_USER_HEADER = 'x-kvalita-emulator-user';

/** Everything a handler needs about the request it is answering. */
export class RequestContext {
  readonly level: MetadataLevel;
  readonly verboseBody: boolean;
  readonly formatter: JsonFormatter;
  /** e.g. http://127.0.0.1:5010 — taken from the request, so links work however the host was named. */
  readonly origin: string;
  private currentUser: UserRecord | undefined;

  constructor(
    readonly site: Site,
    readonly request: ApiRequest,
    readonly digests: DigestIssuer,
  ) {
    this.level = metadataLevelFromAccept(request.headers['accept']);
    this.verboseBody = isVerboseBody(request.headers['content-type']);
    this.origin = request.url.origin;
    this.formatter = new JsonFormatter(this.level, `${this.apiUrl}/$metadata`);
  }

  get siteUrl(): string {
    return `${this.origin}${this.site.sitePath}`;
  }

  get apiUrl(): string {
    return `${this.siteUrl}/_api`;
  }

  get query(): URLSearchParams {
    return this.request.url.searchParams;
  }

  /** The acting user, added to the site's users on first use (as SharePoint does on first visit). */
  get user(): UserRecord {
    this.currentUser ??= this.site.users.current(this.request.headers[EMULATOR_USER_HEADER]);
    return this.currentUser;
  }

  json(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
    return {
      status,
      headers: { 'content-type': jsonContentType(this.level), ...headers },
      body: JSON.stringify(body),
    };
  }

  noContent(headers: Record<string, string> = {}): ApiResponse {
    return { status: 204, headers, body: undefined };
  }

  /** SharePoint answers a DELETE with 200 and an empty body. */
  empty(): ApiResponse {
    return { status: 200, headers: { 'content-length': '0' }, body: '' };
  }
}
