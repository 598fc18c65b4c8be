/**
 * Typed errors for what callers handle differently. Everything else stays a SharePointError
 * with SharePoint's own code and message, so nothing is lost when it is logged.
 */
export class SharePointError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SharePointError';
  }
}

/** 412: the item changed since it was read (stale ETag). Re-read and try again. */
export class ConcurrencyConflictError extends SharePointError {
  override readonly name = 'ConcurrencyConflictError';
}

/** A unique column (EnforceUniqueValues) already holds the value. */
export class DuplicateValueError extends SharePointError {
  override readonly name = 'DuplicateValueError';
}

export class NotFoundError extends SharePointError {
  override readonly name = 'NotFoundError';
}

/**
 * 429/503: SharePoint kept refusing the request (throttling or a busy farm) after every retry
 * the retry behaviour allowed, or asked for a longer wait than the caller accepts. The request was
 * not carried out; `retryAfterSeconds` is SharePoint's last advice (null when it gave none).
 */
export class ThrottledError extends SharePointError {
  override readonly name = 'ThrottledError';

  constructor(
    status: number,
    code: string,
    message: string,
    readonly attempts: number,
    readonly retryAfterSeconds: number | null,
  ) {
    super(status, code, message);
  }
}

interface HttpRequestErrorLike {
  isHttpRequestError: true;
  status: number;
  response: { clone(): { text(): Promise<string> } };
  message: string;
}

function isHttpRequestError(error: unknown): error is HttpRequestErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { isHttpRequestError?: unknown }).isHttpRequestError === true
  );
}

/** Throttling and busy answers: the request was not processed and may be sent again. */
export function isThrottlingStatus(status: number): boolean {
  return status === 429 || status === 503;
}

/** Reads SharePoint's error body: nometadata `{"odata.error":…}` or verbose `{"error":…}`. */
export function parseErrorBody(text: string): { code: string; message: string } | null {
  try {
    const body = JSON.parse(text) as Record<
      string,
      { code?: string; message?: { value?: string } } | undefined
    >;
    const error = body['odata.error'] ?? body['error'];
    if (!error) return null;
    return { code: error.code ?? '', message: error.message?.value ?? '' };
  } catch {
    return null;
  }
}

/**
 * Turns a PnPjs HttpRequestError into a typed SharePointError; other errors pass through. The
 * TypedErrors behaviour applies it to every request, so callers never see an HttpRequestError.
 */
export async function toSharePointError(error: unknown): Promise<unknown> {
  if (!isHttpRequestError(error)) return error;
  const text = await error.response
    .clone()
    .text()
    .catch(() => '');
  const parsed = parseErrorBody(text) ?? { code: '', message: error.message };
  if (error.status === 412) return new ConcurrencyConflictError(412, parsed.code, parsed.message);
  if (error.status === 404) return new NotFoundError(404, parsed.code, parsed.message);
  // A part of a $batch can be throttled on its own; the batch itself then succeeded.
  if (isThrottlingStatus(error.status)) {
    return new ThrottledError(error.status, parsed.code, parsed.message, 1, null);
  }
  if (parsed.code.includes('SPDuplicateValuesFoundException')) {
    return new DuplicateValueError(error.status, parsed.code, parsed.message);
  }
  return new SharePointError(error.status, parsed.code, parsed.message);
}
