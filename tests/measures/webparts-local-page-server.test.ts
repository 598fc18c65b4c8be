import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DemoPeopleReply, Me } from '@kvalita/core';
import { startSharePointPage, type RunningSharePointPage } from '../../scripts/local/sharepoint-page';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/*
 * The local SharePoint page's server: the page, the bundled web parts, their texts from the loc
 * files, and /api forwarded to the local service so the demo sign-in works from the page's origin.
 */

const TIMEOUT = 180_000;
let stack: LocalStack | undefined;
let page: RunningSharePointPage | undefined;

beforeAll(async () => {
  stack = await startTestStack();
  page = await startSharePointPage({ serviceUrl: stack.serviceUrl, port: 0 });
}, TIMEOUT);

afterAll(async () => {
  await page?.close();
  await stack?.stop();
}, TIMEOUT);

function at(path: string): URL {
  if (page === undefined) throw new Error('The page did not start.');
  return new URL(path, page.url);
}

describe('the local SharePoint page server', () => {
  it('serves the page and one script with the web parts', async () => {
    if (page === undefined) throw new Error('The page did not start.');
    const html = await fetch(page.url);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    const body = await html.text();
    const script = /<script src="([^"]+)"/.exec(body)?.[1];
    expect(script).toBeDefined();
    const bundle = await fetch(at(script ?? ''));
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    // Fluent UI's web fonts stay off: the page works offline.
    expect(await bundle.text()).toContain('fontBaseUrl: ""');
  });

  it('gives the web parts’ texts in Czech and English from the loc files', async () => {
    const cs = (await (await fetch(at('/strings/cs.json'))).json()) as IMeasuresTexts;
    const en = (await (await fetch(at('/strings/en.json'))).json()) as IMeasuresTexts;
    expect(cs.RegisterHeading).toBe('Opatření');
    expect(en.RegisterHeading).toBe('Measures');
    expect(cs.Status.effectivenessCheck).toBe('Ověřování účinnosti');
    expect(Object.keys(en).sort()).toEqual(Object.keys(cs).sort());
  });

  it('forwards /api to the service with the demo sign-in, so the chosen person is the caller', async () => {
    const people = (await (await fetch(at('/api/demo/people'))).json()) as DemoPeopleReply;
    const person = people.people[0];
    expect(person).toBeDefined();
    const me = await fetch(at('/api/me'), { headers: { Authorization: `Demo ${person?.email ?? ''}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as Me).email).toBe(person?.email);
    expect((await fetch(at('/api/me'))).status).toBe(401);
  });

  it('answers nothing else', async () => {
    expect((await fetch(at('/etc/passwd'))).status).toBe(404);
    expect((await fetch(at('/local/sharepoint-page'), { method: 'POST' })).status).toBe(404);
  });
});

/** The part of the texts this test reads. */
interface IMeasuresTexts {
  readonly RegisterHeading: string;
  readonly Status: Readonly<Record<string, string>>;
}
