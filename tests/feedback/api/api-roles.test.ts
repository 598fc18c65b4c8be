import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STAFF_MODEL } from '@kvalita/core';
import { callFeedback, startFeedbackApp, type FeedbackTestApp } from './feedback-test-app';
import { COORDINATOR, cycleDraft, ratingCycle } from './feedback-flow';

/** Who may do what (core feedback/permissions.ts), over HTTP: one row per endpoint, one column per person. */
const PEOPLE = [
  'jana.novakova', // quality manager (coordinates)
  'helena.rysova', // HR coordinator
  'petr.svoboda', // director
  'lucie.dvorakova', // head of OSV, Marie's manager
  'marie.prochazkova', // the subject
  'karel.novy', // one of Marie's peers
  'eva.vesela', // a clerk of another department, no part in the cycle
] as const;
type Who = (typeof PEOPLE)[number];

type Expected = Readonly<Record<Who, number>>;
const all = (status: number): Expected =>
  Object.fromEntries(PEOPLE.map((who) => [who, status])) as unknown as Expected;
const only = (allowed: readonly Who[], status: number, otherwise = 403): Expected =>
  Object.fromEntries(
    PEOPLE.map((who) => [who, allowed.includes(who) ? status : otherwise]),
  ) as unknown as Expected;
const COORDINATORS: readonly Who[] = ['jana.novakova', 'helena.rysova'];

describe('360 feedback API: the role matrix', () => {
  let app: FeedbackTestApp;
  let rows: readonly (readonly [string, string, unknown, Expected])[] = [];
  beforeAll(async () => {
    app = await startFeedbackApp();
    const { model, cycle, marie } = await ratingCycle(app);
    const subject = `/cycles/${cycle.id}/subjects/${marie}`;
    rows = [
      ['GET', '/models', undefined, all(200)],
      ['POST', '/models', { draft: STAFF_MODEL }, only(COORDINATORS, 201)],
      ['GET', `/models/${model.id}`, undefined, all(200)],
      ['PUT', `/models/${model.id}`, { etag: '"1"', draft: STAFF_MODEL }, only(COORDINATORS, 409)],
      ['POST', `/models/${model.id}/copy`, { name: 'Kopie' }, only(COORDINATORS, 201)],
      ['POST', `/models/${model.id}/versions`, {}, only(COORDINATORS, 201)],
      ['GET', '/cycles', undefined, all(200)],
      ['POST', '/cycles', { draft: cycleDraft(model.id) }, only(COORDINATORS, 201)],
      ['GET', `/cycles/${cycle.id}`, undefined, only(COORDINATORS, 200)],
      ['POST', `/cycles/${cycle.id}/advance`, { etag: '"1"', to: 'closed' }, only(COORDINATORS, 409)],
      ['GET', `/cycles/${cycle.id}/subjects`, undefined, only(COORDINATORS, 200)],
      ['GET', `/cycles/${cycle.id}/load`, undefined, only(COORDINATORS, 200)],
      [
        'GET',
        subject,
        undefined,
        only(['jana.novakova', 'helena.rysova', 'lucie.dvorakova', 'marie.prochazkova'], 200),
      ],
      [
        'GET',
        `/cycles/${cycle.id}/forms/${marie}`,
        undefined,
        only(['lucie.dvorakova', 'marie.prochazkova', 'karel.novy'], 200),
      ],
      // Before release nobody reads the report: the subject and manager are told it is not released.
      [
        'GET',
        `/cycles/${cycle.id}/reports/${marie}`,
        undefined,
        only(['lucie.dvorakova', 'marie.prochazkova'], 403),
      ],
      // The office view: coordinators, the director and heads (their departments) — after release.
      [
        'GET',
        `/cycles/${cycle.id}/organisation`,
        undefined,
        only(['jana.novakova', 'helena.rysova', 'petr.svoboda', 'lucie.dvorakova'], 409),
      ],
      ['GET', '/mine', undefined, all(200)],
      ['GET', '/my-data', undefined, all(200)],
      ['GET', '/evidence', undefined, all(200)],
      ['DELETE', `/people/${encodeURIComponent('nikdo@lipova.example')}`, undefined, only(COORDINATORS, 200)],
    ];
  });
  afterAll(() => app.stop());

  it('answers each person as the matrix says, and 401 to someone not signed in', async () => {
    const seen: string[] = [];
    for (const [method, path, body, expected] of rows) {
      for (const who of PEOPLE) {
        const reply = await callFeedback(app, method, path, who, body);
        seen.push(`${method} ${path} ${who} ${reply.status}`);
        expect(`${method} ${path} ${who} ${reply.status}`).toBe(`${method} ${path} ${who} ${expected[who]}`);
      }
      const anonymous = await callFeedback(app, method, path, null, body);
      expect(`${method} ${path} anonymous ${anonymous.status}`).toBe(`${method} ${path} anonymous 401`);
    }
    expect(seen).toHaveLength(rows.length * PEOPLE.length);
  });

  it('says why in the caller’s language', async () => {
    const cycles = await callFeedback<{ items: { id: number }[] }>(app, 'GET', '/cycles', COORDINATOR);
    const id = cycles.body.items.at(-1)?.id ?? 0;
    const refused = await callFeedback(app, 'GET', `/cycles/${id}`, 'eva.vesela', undefined, 'cs');
    expect(refused.body.error).toMatchObject({
      code: 'forbidden',
      message:
        'Kompetenční modely a cykly zpětné vazby 360° spravuje manažer/ka kvality nebo personalista/ka.',
      reason: { key: 'feedback.refused.notCoordinator' },
    });
  });
});
