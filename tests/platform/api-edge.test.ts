import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { contractJson } from '../support/contract-reply';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/** The app service's edge: bad input of every kind gets a clear error and nothing breaks. */
describe('app service API edge', () => {
  let stack: LocalStack;
  const demo = { Authorization: 'Demo jana.novakova@lipova.example' };

  beforeAll(async () => {
    stack = await startTestStack();
  }, 60_000);
  afterAll(() => stack.stop());

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${stack.serviceUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('reports health with SharePoint reachable', async () => {
    const response = await fetch(`${stack.serviceUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await contractJson(response)).toEqual({ status: 'ok', sharepoint: 'ok' });
  });

  it('answers malformed JSON on /api/messages with 400: a whole Czech sentence, the English details beside it', async () => {
    const response = await post('/api/messages', '{"type": "message",', { 'accept-language': 'cs-CZ' });
    expect(response.status).toBe(400);
    expect(await contractJson(response, 'POST')).toEqual({
      error: {
        code: 'badRequest',
        message: 'Požadavek není platný. Zkontrolujte zadané údaje a zkuste to znovu.',
        details: 'malformed JSON',
      },
    });
    // Not an object: refused as JSON is read, before any activity field is looked at.
    const text = await post('/api/messages', '"hello"', { 'accept-language': 'en' });
    expect(text.status).toBe(400);
    expect(((await contractJson(text, 'POST')) as { error: { details?: string } }).error.details).toBe(
      'malformed JSON',
    );
  });

  // Locally the bot trusts the Agents Playground's serviceUrl only (tests/platform/local-mode-edge.test.ts).
  const trusted = 'http://127.0.0.1:1/_connector';

  it.each([
    ['an array', '[]'],
    [
      'no serviceUrl',
      JSON.stringify({
        type: 'message',
        channelId: 'msteams',
        from: { id: 'a' },
        recipient: { id: 'b' },
        conversation: { id: 'c' },
      }),
    ],
  ])(
    'refuses an activity that is %s with a bare 401: it names no trusted chat service',
    async (_name, body) => {
      const response = await post('/api/messages', body, { 'accept-language': 'en' });
      expect(response.status).toBe(401);
      expect(await contractJson(response, 'POST')).toEqual({
        error: { code: 'unauthorized', message: 'A valid sign-in is missing.' },
      });
    },
  );

  it.each([
    ['a number as type', { type: 7 }],
    ['no sender', { from: undefined }],
  ])('rejects an activity from the trusted chat service with %s with 400', async (_name, change) => {
    stack.trustChatService(trusted);
    const body = JSON.stringify({
      type: 'message',
      serviceUrl: trusted,
      channelId: 'msteams',
      from: { id: 'a' },
      recipient: { id: 'b' },
      conversation: { id: 'c' },
      ...change,
    });
    const response = await post('/api/messages', body, { 'accept-language': 'en' });
    expect(response.status).toBe(400);
    const json = (await contractJson(response, 'POST')) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('badRequest');
    expect(json.error.message).toMatch(/^The request is not valid/);
  });

  it('rejects a huge body with 413 and keeps serving', async () => {
    const response = await post('/api/messages', JSON.stringify({ text: 'x'.repeat(400_000) }));
    expect(response.status).toBe(413);
    expect((await fetch(`${stack.serviceUrl}/api/health`)).status).toBe(200);
  });

  it('requires sign-in for the model and accepts only seeded demo people locally', async () => {
    expect((await fetch(`${stack.serviceUrl}/api/caf/model`)).status).toBe(401);
    const stranger = await fetch(`${stack.serviceUrl}/api/me`, {
      headers: { Authorization: 'Demo mallory@evil.example' },
    });
    expect(stranger.status).toBe(401);
    const injected = await fetch(`${stack.serviceUrl}/api/me`, {
      headers: { Authorization: "Demo x'or'1'eq'1@lipova.example" },
    });
    expect(injected.status).toBe(401);
    const me = await fetch(`${stack.serviceUrl}/api/me`, { headers: demo });
    expect(await contractJson(me)).toEqual({
      email: 'jana.novakova@lipova.example',
      displayName: 'Ing. Jana Nováková',
      roles: ['qualityManager', 'cafTeamMember', 'employee'],
    });
  });

  it('serves the CAF model in Czech by default, English on request, and refuses an unknown locale', async () => {
    const czech = (await contractJson(
      await fetch(`${stack.serviceUrl}/api/caf/model`, { headers: demo }),
    )) as {
      locale: string;
      criteria: { subcriteria: unknown[]; title: string }[];
    };
    expect(czech.locale).toBe('cs');
    expect(czech.criteria.flatMap((criterion) => criterion.subcriteria)).toHaveLength(28);
    expect(czech.criteria[2]?.title).toBe('Zaměstnanci');
    const english = (await contractJson(
      await fetch(`${stack.serviceUrl}/api/caf/model?locale=en`, { headers: demo }),
    )) as {
      criteria: { title: string }[];
    };
    expect(english.criteria[2]?.title).toBe('People');
    const bad = await fetch(`${stack.serviceUrl}/api/caf/model?locale=<script>`, {
      headers: { ...demo, 'accept-language': 'en' },
    });
    expect(bad.status).toBe(400);
    expect(((await contractJson(bad)) as { error: { details?: string } }).error.details).toContain(
      'locale must be one of cs, en',
    );
  });

  it('lists the demo people for the sign-in picker in local mode', async () => {
    const response = await fetch(`${stack.serviceUrl}/api/demo/people`);
    const { people } = (await contractJson(response)) as {
      people: { email: string; departmentName: string | null }[];
    };
    expect(people).toHaveLength(10);
    expect(people.find((person) => person.email === 'marie.prochazkova@lipova.example')?.departmentName).toBe(
      'Oddělení sociální práce',
    );
  });

  it('lists the departments for choosing a cycle’s scope, to signed-in people only', async () => {
    expect((await fetch(`${stack.serviceUrl}/api/departments`)).status).toBe(401);
    const response = await fetch(`${stack.serviceUrl}/api/departments`, { headers: demo });
    const { departments } = (await contractJson(response)) as {
      departments: { code: string; parentCode: string | null }[];
    };
    expect(departments.map((department) => department.code)).toContain('OSV-SP');
    expect(departments.find((department) => department.code === 'OSV-SP')?.parentCode).toBe('OSV');
  });

  it('has replaced the weekly pulse results with survey results', async () => {
    expect((await fetch(`${stack.serviceUrl}/api/pulse/results`, { headers: demo })).status).toBe(404);
  });

  it('guards the survey API: sign-in, roles, malformed JSON, huge bodies, unknown paths', async () => {
    expect((await fetch(`${stack.serviceUrl}/api/surveys`)).status).toBe(401);
    const employee = await fetch(`${stack.serviceUrl}/api/surveys`, {
      headers: { Authorization: 'Demo jiri.kucera@lipova.example', 'accept-language': 'en' },
    });
    expect(employee.status).toBe(403);
    expect(await contractJson(employee)).toEqual({
      error: { code: 'forbidden', message: expect.any(String) },
    });
    const malformed = await post('/api/surveys', '{"draft":', { ...demo, 'accept-language': 'en' });
    expect(malformed.status).toBe(400);
    expect(
      ((await contractJson(malformed, 'POST')) as { error: { details?: string } }).error.details,
    ).toContain('malformed JSON');
    const huge = await post(
      '/api/surveys/preview',
      JSON.stringify({ locale: 'cs', draft: 'x'.repeat(300_000) }),
      demo,
    );
    expect(huge.status).toBe(413);
    const unknown = await fetch(`${stack.serviceUrl}/api/surveys/srv-demopulz/nothing`, { headers: demo });
    expect(unknown.status).toBe(404);
    expect(((await contractJson(unknown)) as { error: { code: string } }).error.code).toBe('notFound');
    const notJson = await post('/api/surveys', 'draft=1', { ...demo, 'content-type': 'text/plain' });
    expect(notJson.status).toBe(400);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await fetch(`${stack.serviceUrl}/api/nothing-here`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(404);
    expect(await contractJson(response)).toEqual({
      error: { code: 'notFound', message: 'The requested item does not exist.' },
    });
  });
});
