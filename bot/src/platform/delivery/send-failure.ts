import { retryAfterMs } from '@kvalita/sharepoint';

/** What the fan-out does with a failed send, read from the Bot Connector's answer. */
export type SendFailure =
  | { readonly kind: 'throttled'; readonly retryAfterMs: number | null }
  | { readonly kind: 'transient'; readonly reason: string }
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
 * An error without a status (connection reset, DNS) is retried: the message most likely did not arrive.
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
  if (status === null || status === 412 || status >= 500) {
    return { kind: 'transient', reason: status === null ? message : `Bot Connector ${status}: ${message}` };
  }
  if (status === 401) return { kind: 'fatal', reason: `Bot Connector 401: ${message}` };
  return { kind: 'permanent', reason: `Bot Connector ${status}: ${message}` };
}
