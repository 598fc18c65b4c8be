import { describe, expect, it } from '@jest/globals';
import { DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import {
  RetryThrottled,
  retryAfterMs,
  type RetryEvent,
  type RetryOptions,
} from '../../src/platform/behaviors/retry-throttled';
import { TypedErrors } from '../../src/platform/behaviors/typed-errors';
import { SharePointError, ThrottledError } from '../../src/platform/errors';
import { FakeSend, json, sequence, throttled, type Answer } from './fake-site';

const SITE = 'https://lipova.sharepoint.com/sites/kvalita';

function site(answers: () => Answer, options: RetryOptions = {}) {
  const sleeps: number[] = [];
  const events: RetryEvent[] = [];
  const send = FakeSend(answers);
  const sp = spfi(SITE).using(
    DefaultHeaders(),
    DefaultInit(),
    send,
    RetryThrottled({
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      onRetry: (event) => events.push(event),
      ...options,
    }),
    DefaultParse(),
    TypedErrors(),
  );
  return { sp, sent: send.sent, sleeps, events };
}

describe('RetryThrottled', () => {
  it('waits as long as Retry-After says and sends the request again', async () => {
    const { sp, sent, sleeps, events } = site(
      sequence(throttled(429, '7'), throttled(429, '2'), json({ Title: 'Kvalita' })),
    );
    const web = await sp.web.select('Title')();
    expect(web).toMatchObject({ Title: 'Kvalita' });
    expect(sent).toHaveLength(3);
    expect(sleeps).toEqual([7000, 2000]);
    expect(events.map((event) => [event.status, event.attempt])).toEqual([
      [429, 1],
      [429, 2],
    ]);
  });

  it('backs off exponentially with jitter when SharePoint gives no Retry-After (503 too)', async () => {
    const { sp, sleeps } = site(
      sequence(throttled(503), throttled(503), throttled(503), json({ Title: 'x' })),
      {
        baseDelayMs: 1000,
      },
    );
    await sp.web();
    // random() = 0.5 ⇒ three quarters of 1 s, 2 s, 4 s
    expect(sleeps).toEqual([750, 1500, 3000]);
  });

  it('caps one backoff step', async () => {
    const { sp, sleeps } = site(sequence(throttled(503), throttled(503), throttled(503), json({})), {
      baseDelayMs: 1000,
      maxDelayMs: 1500,
      random: () => 0,
    });
    await sp.web();
    expect(sleeps).toEqual([500, 750, 750]);
  });

  it('gives up after maxRetries with a typed ThrottledError carrying SharePoint’s code and advice', async () => {
    const { sp, sent, sleeps } = site(sequence(throttled(429, '3')), { maxRetries: 2 });
    const error = await sp.web().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThrottledError);
    expect(error).toMatchObject({
      status: 429,
      attempts: 3,
      retryAfterSeconds: 3,
      code: expect.stringContaining('SPRequestThrottledException'),
    });
    expect(sent).toHaveLength(3);
    expect(sleeps).toEqual([3000, 3000]);
  });

  it('fails at once when SharePoint asks for a longer wait than the caller accepts', async () => {
    const { sp, sent, sleeps } = site(sequence(throttled(429, '600')), { maxRetryAfterSeconds: 60 });
    await expect(sp.web()).rejects.toMatchObject({
      name: 'ThrottledError',
      retryAfterSeconds: 600,
      attempts: 1,
    });
    expect(sent).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('waits 10 s at most in all by default: a wait that would pass it fails at once', async () => {
    const { sp, sent, sleeps } = site(sequence(throttled(503, '4')));
    await expect(sp.web()).rejects.toMatchObject({
      name: 'ThrottledError',
      attempts: 3,
      retryAfterSeconds: 4,
    });
    expect(sleeps).toEqual([4000, 4000]);
    expect(sent).toHaveLength(3);
    // Backoff without advice counts against the same bound: 750 + 1500 + 3000 ms, then 6000 would pass it.
    const backingOff = site(sequence(throttled(503)), { baseDelayMs: 1000 });
    await expect(backingOff.sp.web()).rejects.toBeInstanceOf(ThrottledError);
    expect(backingOff.sleeps).toEqual([750, 1500, 3000]);
  });

  it('passes a Retry-After over 10 s on at once by default', async () => {
    const { sp, sleeps } = site(sequence(throttled(429, '11')));
    await expect(sp.web()).rejects.toMatchObject({ attempts: 1, retryAfterSeconds: 11 });
    expect(sleeps).toEqual([]);
  });

  it('sends a write again with the same method, headers and body', async () => {
    const { sp, sent } = site(sequence(throttled(429, '1'), json({})));
    await sp.web.update({ Title: 'Nový název' });
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[1]?.body).toBe(JSON.stringify({ Title: 'Nový název' }));
  });

  it('leaves other failures alone', async () => {
    const { sp, sent } = site(
      sequence(json({ 'odata.error': { code: 'x', message: { value: 'boom' } } }, 500)),
    );
    const error = await sp.web().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SharePointError);
    expect(error).not.toBeInstanceOf(ThrottledError);
    expect(sent).toHaveLength(1);
  });

  it('refuses to be added before a sending behaviour', () => {
    expect(() => spfi(SITE).using(RetryThrottled())).toThrow(/after BrowserFetch/);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and ignores nonsense', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 02 Mar 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
