import { describe, expect, it } from '@jest/globals';
import { DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import { AccessTokenBearer, TokenCache, type AccessToken } from '../../src/platform/behaviors/access-token';
import { FakeSend, json } from './fake-site';

const SITE = 'https://lipova.sharepoint.com/sites/kvalita';
const MINUTE = 60_000;

/** A token source that issues token-1, token-2, … each valid for an hour from the fake clock. */
function fakeSource(clock: { now: number }) {
  const calls: number[] = [];
  const source = async (): Promise<AccessToken> => {
    calls.push(clock.now);
    return { token: `token-${calls.length}`, expiresOn: new Date(clock.now + 60 * MINUTE) };
  };
  return { source, calls };
}

function site(cache: TokenCache) {
  const send = FakeSend(() => json({ Title: 'Kvalita' }));
  const sp = spfi(SITE).using(
    DefaultHeaders(),
    DefaultInit(),
    send,
    DefaultParse(),
    RequestDigest(),
    AccessTokenBearer(cache),
  );
  return { sp, sent: send.sent };
}

describe('AccessTokenBearer', () => {
  it('sends the token as a bearer and reuses it while it is fresh', async () => {
    const clock = { now: Date.parse('2026-03-02T08:00:00Z') };
    const { source, calls } = fakeSource(clock);
    const { sp, sent } = site(new TokenCache(source, { now: () => clock.now }));
    await sp.web();
    clock.now += 50 * MINUTE;
    await sp.web();
    expect(calls).toHaveLength(1);
    expect(sent.map((request) => request.headers['Authorization'])).toEqual([
      'Bearer token-1',
      'Bearer token-1',
    ]);
  });

  it('renews shortly before expiry, not after', async () => {
    const clock = { now: Date.parse('2026-03-02T08:00:00Z') };
    const { source, calls } = fakeSource(clock);
    const { sp, sent } = site(new TokenCache(source, { now: () => clock.now, refreshBeforeSeconds: 300 }));
    await sp.web();
    clock.now += 56 * MINUTE; // 4 minutes before expiry: inside the 5-minute margin
    await sp.web();
    expect(calls).toHaveLength(2);
    expect(sent[1]?.headers['Authorization']).toBe('Bearer token-2');
  });

  it('asks once for requests that start together', async () => {
    const clock = { now: 0 };
    const { source, calls } = fakeSource(clock);
    const { sp } = site(new TokenCache(source, { now: () => clock.now }));
    await Promise.all([sp.web(), sp.web(), sp.web(), sp.web()]);
    expect(calls).toHaveLength(1);
  });

  it('does not keep a failed renewal: the next request asks again', async () => {
    let attempts = 0;
    const cache = new TokenCache(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('AADSTS700027: certificate not valid');
      return { token: 'good', expiresOn: new Date(Date.now() + 60 * MINUTE) };
    });
    const { sp, sent } = site(cache);
    await expect(sp.web()).rejects.toThrow(/AADSTS700027/);
    await sp.web();
    expect(sent.map((request) => request.headers['Authorization'])).toEqual(['Bearer good']);
  });

  it('needs no request digest for writes (SharePoint takes the bearer token instead)', async () => {
    const { source } = fakeSource({ now: 0 });
    const { sp, sent } = site(new TokenCache(source, { now: () => 0 }));
    await sp.web.update({ Title: 'x' });
    expect(sent.map((request) => request.url)).toEqual([`${SITE}/_api/web`]);
    expect(sent[0]?.headers['X-RequestDigest']).toBeUndefined();
  });
});
