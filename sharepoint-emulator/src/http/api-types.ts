/** One REST call, independent of where it came from (a socket or a part of a $batch). */
export interface ApiRequest {
  /** The effective method: POST with X-HTTP-Method MERGE/DELETE/PATCH/PUT becomes that method. */
  readonly method: string;
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as UTF-8 text (JSON bodies). */
  readonly body: string;
  /** The body as bytes (file content). */
  readonly raw: Buffer;
  /** True for requests embedded in a $batch (the batch itself carried the request digest). */
  readonly inBatch: boolean;
}

/** File content sent part by part, so a large file is never in memory whole. */
export interface ContentStream {
  readonly size: number;
  chunks(): Iterable<Buffer>;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** undefined for responses without a body (204); bytes or a stream for file content. */
  readonly body: string | Buffer | ContentStream | undefined;
}

export function isContentStream(body: ApiResponse['body']): body is ContentStream {
  return typeof body === 'object' && !Buffer.isBuffer(body);
}

/** The body as text (a streamed body is read whole: only for places that need it in one piece). */
export function bodyText(body: ApiResponse['body']): string | undefined {
  if (body === undefined || typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  return Buffer.concat([...body.chunks()]).toString('utf8');
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  423: 'Locked',
  429: 'Too many requests',
  500: 'Internal Server Error',
  503: 'Server Too Busy',
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}
