import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rawRequest } from '../support/raw-request';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

const DIRECTOR = { Authorization: 'Demo petr.svoboda@lipova.example' };

/**
 * Local mode signs in whoever is on this computer as any demo person, so it must be out of reach
 * of a web page elsewhere (DNS rebinding, cross-origin posts) and of a chat service other than the
 * local Agents Playground.
 */
describe('local mode is reachable from this computer only', () => {
  let stack: LocalStack;
  let port: string;
  // A chat service that accepts connections and never answers.
  let silent: Server;
  let silentUrl: string;

  beforeAll(async () => {
    stack = await startTestStack({ connectorTimeoutMs: 300 });
    port = new URL(stack.serviceUrl).port;
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/_connector`;
  }, 60_000);
  afterAll(async () => {
    silent?.closeAllConnections();
    await new Promise((resolve) => silent?.close(resolve));
    await stack?.stop();
  });

  const api = (path: string, headers: Record<string, string>, method = 'GET', body?: string) =>
    rawRequest(`${stack.serviceUrl}${path}`, { method, headers, body });

  it('refuses a page whose DNS name was rebound to 127.0.0.1: its own name arrives as Host', async () => {
    for (const host of [`rebind.evil.example:${port}`, `127.0.0.1.evil.example:${port}`, 'evil.example']) {
      const me = await api('/api/me', { ...DIRECTOR, host, 'accept-language': 'en' });
      expect(me.status).toBe(403);
      expect(me.text).not.toContain('petr.svoboda');
      expect(JSON.parse(me.text)).toMatchObject({ error: { code: 'forbidden' } });
      expect((await api('/api/demo/people', { host })).status).toBe(403);
      expect((await api('/api/health', { host })).status).toBe(403);
    }
  });

  it('refuses a cross-origin request from a page elsewhere, and one from an opaque origin', async () => {
    for (const origin of ['http://evil.example', 'https://127.0.0.1.evil.example', 'null']) {
      const me = await api('/api/me', { ...DIRECTOR, origin });
      expect(me.status).toBe(403);
      expect(me.text).not.toContain('petr.svoboda');
      const post = await api(
        '/api/surveys',
        { ...DIRECTOR, origin, 'content-type': 'application/json' },
        'POST',
        '{}',
      );
      expect(post.status).toBe(403);
    }
  });

  it('serves loopback names and pages of this computer as before', async () => {
    for (const headers of [
      { host: `127.0.0.1:${port}` } as Record<string, string>,
      { host: `localhost:${port}` },
      { host: `[::1]:${port}` },
      { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` },
      { host: `localhost:${port}`, origin: 'http://localhost:5173' },
    ]) {
      const me = await api('/api/me', { ...DIRECTOR, ...headers });
      expect(me.status).toBe(200);
      expect(JSON.parse(me.text)).toMatchObject({ email: 'petr.svoboda@lipova.example' });
    }
  });

  const activity = (serviceUrl: string | undefined, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      type: 'message',
      id: '1',
      text: 'nápověda',
      channelId: 'msteams',
      ...(serviceUrl === undefined ? {} : { serviceUrl }),
      from: { id: 'user-id-0', aadObjectId: '00000000-0000-0000-0000-0000000000020' },
      recipient: { id: 'bot' },
      conversation: { id: 'personal-chat' },
      ...extra,
    });
  const postActivity = (body: string) =>
    api('/api/messages', { 'content-type': 'application/json', 'accept-language': 'en' }, 'POST', body);

  it('lets in chat activities from the local Agents Playground only: any other serviceUrl gets a bare 401', async () => {
    for (const serviceUrl of ['http://127.0.0.1:9/_connector', 'https://attacker.example/', undefined]) {
      const response = await postActivity(activity(serviceUrl));
      expect(response.status).toBe(401);
      expect(JSON.parse(response.text)).toEqual({
        error: { code: 'unauthorized', message: 'A valid sign-in is missing.' },
      });
      // Nothing about the activity's fields before it is trusted.
      expect((await postActivity(activity(serviceUrl, { type: 7 }))).status).toBe(401);
    }
  });

  it('checks a trusted chat service’s activity field by field', async () => {
    stack.trustChatService(silentUrl);
    const response = await postActivity(activity(silentUrl, { type: 7 }));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toMatchObject({
      error: { code: 'badRequest', details: expect.stringContaining('type') },
    });
  });

  it('never lets a turn hang on a chat service that does not answer', async () => {
    stack.trustChatService(silentUrl);
    const response = await postActivity(activity(silentUrl));
    // The reply could not be delivered (the connector call gave up); the turn ended and was answered.
    expect(response.status).toBe(200);
    expect((await api('/api/health', {})).status).toBe(200);
  }, 20_000);
});
