import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { expectContractReply } from '../support/contract-reply';
import { startTestStack, type LocalStack } from '../support/e2e-stack';

/**
 * GET /api/people, the directory search behind the tab's people picker, on the seeded demo office:
 * signed-in people only, the same directory for everyone, and text that could bend the query or
 * is not a name is refused with a 400 that says which.
 */
describe('directory search (API)', () => {
  let stack: LocalStack;

  const search = async (query: string, who: string | null = 'lucie.dvorakova') => {
    const response = await fetch(`${stack.serviceUrl}/api/people?${query}`, {
      headers: {
        ...(who === null ? {} : { Authorization: `Demo ${who}@lipova.example` }),
        'accept-language': 'en',
      },
    });
    const body = (await response.json()) as Record<string, unknown>;
    expectContractReply('GET', '/api/people', response.status, body);
    return { status: response.status, body };
  };
  const names = (reply: { body: Record<string, unknown> }) =>
    (reply.body['people'] as { displayName: string }[]).map((person) => person.displayName);
  const details = (reply: { body: Record<string, unknown> }) =>
    (reply.body['error'] as { details?: string } | undefined)?.details ?? '';

  beforeAll(async () => {
    stack = await startTestStack();
  }, 60_000);
  afterAll(() => stack.stop());

  it('finds people by the start of a surname, a given name or an e-mail, with job title and department', async () => {
    const bySurname = await search(`search=${encodeURIComponent('Dvořák')}`);
    expect(bySurname.status).toBe(200);
    expect(bySurname.body['people']).toEqual([
      {
        email: 'lucie.dvorakova@lipova.example',
        displayName: 'Bc. Lucie Dvořáková',
        jobTitle: 'Vedoucí odboru sociálních věcí',
        departmentName: expect.stringMatching(/sociálních věcí/),
      },
    ]);
    expect(names(await search(`search=${encodeURIComponent('tomáš')}`))).toEqual(['Ing. Tomáš Černý']);
    expect(names(await search('search=jiri.k'))).toEqual(['Jiří Kučera']);
    expect(names(await search('search=zz'))).toEqual([]);
  });

  it('gives a head of department the same directory as the quality manager, at most top people', async () => {
    const head = await search('search=ma', 'lucie.dvorakova');
    const manager = await search('search=ma', 'jana.novakova');
    expect(names(head)).toEqual(names(manager));
    expect(names(head).length).toBeGreaterThan(2);
    expect(names(await search('search=ma&top=2'))).toHaveLength(2);
  });

  it('answers only signed-in people', async () => {
    expect((await search('search=jana', null)).status).toBe(401);
  });

  it.each([
    ['no text', 'top=5', 'search'],
    ['one letter', 'search=j', 'at least 2'],
    ['65 letters', `search=${'a'.repeat(65)}`, 'at most 64'],
    [
      'a quote (OData injection)',
      `search=${encodeURIComponent("x' or 1 eq 1 or Title eq 'x")}`,
      'only letters',
    ],
    ['a control character', `search=${encodeURIComponent('ja\u0000na')}`, 'only letters'],
    ['a right-to-left override', `search=${encodeURIComponent('ja\u202Ena')}`, 'only letters'],
    ['an emoji', `search=${encodeURIComponent('jana 😀')}`, 'only letters'],
    ['a lone surrogate', 'search=ja%ED%A0%80', 'only letters'],
    ['the text twice', 'search=jana&search=petr', 'search'],
    ['top 0', 'search=jana&top=0', 'top'],
    ['top 21', 'search=jana&top=21', 'top'],
    ['top not a number', 'search=jana&top=all', 'top'],
  ])('refuses %s with a 400 that names the fault', async (_what, query, fault) => {
    const refused = await search(query);
    expect(refused.status).toBe(400);
    expect(details(refused)).toContain(fault);
  });
});
