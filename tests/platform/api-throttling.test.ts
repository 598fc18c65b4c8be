import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { callApi } from '../support/api-call';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/**
 * SharePoint that keeps throttling, as the tab's API callers see it: a 503 with Retry-After and a
 * sentence in their language, soon (a long Retry-After is passed on, not waited out; short ones are
 * waited out only within a bound of 10 s), and service as usual once SharePoint answers again.
 * The local SharePoint's fault injection plays the throttling farm.
 */
describe('API under SharePoint throttling', () => {
  let stack: LocalStack;
  const faultsUrl = () => `${new URL(stack.emulatorSiteUrl).origin}/_emulator/faults`;
  const throttle = async (status: 429 | 503, retryAfterSeconds: number) => {
    const response = await fetch(faultsUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '/_api/', status, retryAfterSeconds, times: 1000 }),
    });
    expect(response.status).toBe(201);
  };
  const served = async () => ((await (await fetch(faultsUrl())).json()) as { served: number }).served;
  const cycles = (language = 'en') =>
    fetch(`${stack.serviceUrl}/api/caf/cycles`, {
      headers: { Authorization: 'Demo jana.novakova@lipova.example', 'accept-language': language },
    });

  beforeAll(async () => {
    stack = await startTestStack();
  }, 60_000);
  afterEach(async () => {
    await fetch(faultsUrl(), { method: 'DELETE' });
  });
  afterAll(() => stack.stop());

  it('answers 503 with SharePoint’s Retry-After at once when SharePoint asks for a long wait', async () => {
    await throttle(429, 120);
    const before = await served();
    const response = await cycles('cs');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('120');
    const reply = (await response.json()) as { error: { code: string; message: string } };
    expect(reply.error.code).toBe('unavailable');
    expect(reply.error.message).toMatch(/^SharePoint je právě přetížený/);
    // Not sent again: the advice was longer than the bound, so the caller hears it at once.
    expect((await served()) - before).toBe(1);
  }, 20_000);

  it('waits out short Retry-Afters for at most 10 s in all, then answers 503', async () => {
    await throttle(503, 4);
    const before = await served();
    const reply = await callApi(stack.serviceUrl, 'caf', {
      method: 'GET',
      path: '/cycles',
      who: 'jana.novakova',
    });
    expect(reply.status).toBe(503);
    expect(reply.body).toMatchObject({ error: { code: 'unavailable' } });
    // 4 s + 4 s waited; a third wait would pass 10 s, so the third refusal is the caller's answer.
    expect((await served()) - before).toBe(3);
  }, 30_000);

  it('serves as usual once SharePoint answers again', async () => {
    await throttle(429, 120);
    expect((await cycles()).status).toBe(503);
    await fetch(faultsUrl(), { method: 'DELETE' });
    expect((await cycles()).status).toBe(200);
  }, 20_000);
});
