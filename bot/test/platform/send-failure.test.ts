import { describe, expect, it } from '@jest/globals';
import { classifySendFailure } from '../../src';

const restError = (statusCode: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error('connector said no'), {
    statusCode,
    response: { headers: { get: (name: string) => headers[name.toLowerCase()] ?? null } },
  });

describe('what the fan-out does with a failed send', () => {
  const now = Date.parse('2027-02-01T08:00:00Z');

  it('waits as long as Retry-After says, in seconds or as an HTTP date', () => {
    expect(classifySendFailure(restError(429, { 'retry-after': '3' }), now)).toEqual({
      kind: 'throttled',
      retryAfterMs: 3000,
    });
    expect(
      classifySendFailure(restError(429, { 'retry-after': 'Mon, 01 Feb 2027 08:00:05 GMT' }), now),
    ).toEqual({ kind: 'throttled', retryAfterMs: 5000 });
    expect(classifySendFailure(restError(429), now)).toEqual({ kind: 'throttled', retryAfterMs: null });
  });

  it('retries 412, 5xx and requests that never left; gives up on 403 and 404; stops the run on 401', () => {
    for (const status of [412, 500, 502, 503, 504])
      expect(classifySendFailure(restError(status), now).kind).toBe('transient');
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    expect(classifySendFailure(refused, now).kind).toBe('transient');
    expect(classifySendFailure(restError(401), now).kind).toBe('fatal');
    for (const status of [400, 403, 404])
      expect(classifySendFailure(restError(status), now)).toEqual({
        kind: 'permanent',
        reason: `Bot Connector ${status}: connector said no`,
      });
  });

  it('a send with no answer (timeout, connection cut) may have arrived: uncertain, not a failure to retry at once', () => {
    const timedOut = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    for (const error of [
      timedOut,
      new Error('socket hang up'),
      Object.assign(new Error('read'), { code: 'ECONNRESET' }),
    ])
      expect(classifySendFailure(error, now)).toMatchObject({
        kind: 'uncertain',
        reason: expect.stringMatching(/may have arrived/),
      });
  });
});
