import { retryAfterMs } from '@kvalita/sharepoint';

/** What the fan-out does with a failed send, read from the Bot Connector's answer. */
export type SendFailure =
  | { readonly kind: 'throttled'; readonly retryAfterMs: number | null }
  | { readonly kind: 'transient'; readonly reason: string }
  /**
   * No answer about this message (a timeout, a connection cut after the request went out): the
   * connector may have accepted it. Not retried within the run, where a blind retry would send a
   * second card at once; the row is due again after the retry pause (see run-wave.ts).
   */
  | { readonly kind: 'uncertain'; readonly reason: string }
  | { readonly kind: 'permanent'; readonly reason: string }
  /** Wrong for every recipient (the bot's credentials): stop the run instead of failing everyone. */
  | { readonly kind: 'fatal'; readonly reason: string };

interface HeaderBag {
  get?(name: string): string | null | undefined;
  [name: string]: unknown;
}

function header(headers: HeaderBag | undefined, name: string): string | null {
  if (!headers) return null;
  if (typeof headers.get === 'function') return headers.get(name) ?? null;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return typeof value === 'string' ? value : null;
}

/**
 * Classifies what botbuilder throws (a RestError with `statusCode` and `response.headers`). 429 is
 * Teams' rate limit; 412, 502, 504 and other 5xx are worth retrying (Microsoft's guidance for bots);
 * 403 (the person uninstalled or blocked the app) and 404 (the chat is gone) will not get better;
 * 401 is the bot's own credentials, the same for everyone.
 * An error without a status is either a request that never left (refused connection, unknown host:
 * the message surely did not arrive, retried like a 5xx) or one whose answer never came (timeout,
 * connection reset, anything else): 'uncertain', the message may have arrived.
 */
export function classifySendFailure(error: unknown, now: number): SendFailure {
  const shaped = (typeof error === 'object' && error !== null ? error : {}) as {
    statusCode?: unknown;
    status?: unknown;
    message?: unknown;
    response?: { headers?: HeaderBag };
  };
  const status =
    typeof shaped.statusCode === 'number'
      ? shaped.statusCode
      : typeof shaped.status === 'number'
        ? shaped.status
        : null;
  const message = typeof shaped.message === 'string' ? shaped.message : String(error);
  if (status === 429) {
    return {
      kind: 'throttled',
      retryAfterMs: retryAfterMs(header(shaped.response?.headers, 'retry-after'), now),
    };
  }
  if (status === null) {
    return neverSent(error)
      ? { kind: 'transient', reason: message }
      : { kind: 'uncertain', reason: `no answer from the Bot Connector (${message}): it may have arrived` };
  }
  if (status === 412 || status >= 500)
    return { kind: 'transient', reason: `Bot Connector ${status}: ${message}` };
  if (status === 401) return { kind: 'fatal', reason: `Bot Connector 401: ${message}` };
  return { kind: 'permanent', reason: `Bot Connector ${status}: ${message}` };
}

/** Errors raised before a request reached the connector (Node's codes, on the error or its cause). */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function neverSent(error: unknown): boolean {
  for (
    let current = error, depth = 0;
    typeof current === 'object' && current !== null && depth < 5;
    depth += 1
  ) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && NEVER_SENT_CODES.has(code)) return true;
    if (typeof message === 'string' && [...NEVER_SENT_CODES].some((name) => message.includes(name)))
      return true;
    current = cause;
  }
  return false;
}
