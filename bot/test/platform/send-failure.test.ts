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

  it('retries 412, 5xx and network errors; gives up on 403 and 404; stops the run on 401', () => {
    for (const status of [412, 500, 502, 503, 504])
      expect(classifySendFailure(restError(status), now).kind).toBe('transient');
    expect(classifySendFailure(new Error('ECONNRESET'), now).kind).toBe('transient');
    expect(classifySendFailure(restError(401), now).kind).toBe('fatal');
    for (const status of [400, 403, 404])
      expect(classifySendFailure(restError(status), now)).toEqual({
        kind: 'permanent',
        reason: `Bot Connector ${status}: connector said no`,
      });
  });
});
