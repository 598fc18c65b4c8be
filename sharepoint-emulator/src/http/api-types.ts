/** One REST call, independent of where it came from (a socket or a part of a $batch). */
export interface ApiRequest {
  /** The effective method: POST with X-HTTP-Method MERGE/DELETE/PATCH/PUT becomes that method. */
  readonly method: string;
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** True for requests embedded in a $batch (the batch itself carried the request digest). */
  readonly inBatch: boolean;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** undefined for responses without a body (204). */
  readonly body: string | undefined;
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
  500: 'Internal Server Error',
};

export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? 'Unknown';
}
