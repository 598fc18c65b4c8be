import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { ThrottledError, isThrottlingStatus, parseErrorBody } from '../errors';
import { sleepFor, type RequestInitLike, type RequestUrl, type ResponseLike } from './fetch-types';

export interface RetryEvent {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** 1 for the first retry. */
  readonly attempt: number;
  readonly delayMs: number;
}

export interface RetryOptions {
  /** Retries after the first attempt; then ThrottledError. Default 5. */
  readonly maxRetries?: number;
  /** First backoff step when SharePoint sends no Retry-After; doubles per retry. Default 1 s. */
  readonly baseDelayMs?: number;
  /** Ceiling of one backoff step. Default 30 s. */
  readonly maxDelayMs?: number;
  /**
   * Longest Retry-After the caller will wait out; a longer one fails at once with ThrottledError
   * (carrying SharePoint's advice), so an interactive request is not held for minutes. Default 10 s.
   */
  readonly maxRetryAfterSeconds?: number;
  /**
   * Longest time one request waits in all, over every retry: a wait that would pass it fails at
   * once with ThrottledError instead, so a person hears "try again later" within seconds, not after
   * five long waits in a row. Default 10 s.
   */
  readonly maxWaitMs?: number;
  /** Waits; tests pass a fake that returns at once. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1; tests pass a constant. */
  readonly random?: () => number;
  /** Wall clock in ms, to read a Retry-After given as an HTTP date. */
  readonly now?: () => number;
  readonly onRetry?: (event: RetryEvent) => void;
}

type SendObserver = (this: Queryable, url: RequestUrl, init: RequestInitLike) => Promise<ResponseLike>;

/** Retry-After is delta-seconds or an HTTP date (RFC 9110); SharePoint sends seconds. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Retries requests SharePoint answers with 429 (throttled) or 503 (server busy), as Microsoft asks
 * clients to: wait as long as Retry-After says, or back off exponentially with jitter when it says
 * nothing, up to `maxRetries` and within `maxWaitMs` in all; then throw ThrottledError. Both
 * answers mean the request was not processed, so sending a write again is safe.
 *
 * It wraps the send moment of the timeline, so add it after the behaviour that sends (BrowserFetch,
 * SPFx). A $batch is one request for this purpose: the whole batch is sent again.
 */
export function RetryThrottled(options: RetryOptions = {}): TimelinePipe<Queryable> {
  const maxRetries = options.maxRetries ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const maxRetryAfterMs = (options.maxRetryAfterSeconds ?? 10) * 1000;
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;

  return (instance) => {
    const [send] = instance.on.send.toArray() as unknown as SendObserver[];
    if (!send) {
      throw new Error('RetryThrottled wraps the sending behaviour: add it after BrowserFetch() or SPFx().');
    }
    const retrying: SendObserver = async function (this: Queryable, url, init) {
      let waited = 0;
      for (let attempt = 0; ; attempt += 1) {
        const response = await Reflect.apply(send, this, [url, init]);
        if (!isThrottlingStatus(response.status)) return response;
        const advised = retryAfterMs(response.headers.get('Retry-After'), now());
        // Exponential backoff with "equal jitter": half fixed, half random, so clients spread out.
        const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
        const delayMs = advised ?? Math.round(backoff / 2 + (random() * backoff) / 2);
        const giveUp =
          attempt >= maxRetries ||
          (advised !== null && advised > maxRetryAfterMs) ||
          waited + delayMs > maxWaitMs ||
          init.signal?.aborted;
        if (giveUp) throw await throttledError(response, attempt + 1, advised);
        waited += delayMs;
        // Free the connection before waiting; the body of a 429 is only SharePoint's error text.
        await response.body?.cancel().catch(() => undefined);
        options.onRetry?.({
          method: init.method ?? 'GET',
          url: url.toString(),
          status: response.status,
          attempt: attempt + 1,
          delayMs,
        });
        await sleep(delayMs);
      }
    };
    instance.on.send.replace(retrying as unknown as Parameters<typeof instance.on.send.replace>[0]);
    return instance;
  };
}

async function throttledError(
  response: ResponseLike,
  attempts: number,
  advisedMs: number | null,
): Promise<ThrottledError> {
  const text = await response.text().catch(() => '');
  const parsed = parseErrorBody(text) ?? { code: '', message: response.statusText };
  return new ThrottledError(
    response.status,
    parsed.code,
    parsed.message || `SharePoint answered ${response.status} ${response.statusText}`.trim(),
    attempts,
    advisedMs === null ? null : advisedMs / 1000,
  );
}
