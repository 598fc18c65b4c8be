import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Survey } from '@kvalita/core';
import { callApi, type ApiReply } from '../support/api-call';
import { startScoringCycle } from '../support/caf-cycle';
import { startTestStack, type LocalStack } from '../support/e2e-stack';
import { sampleSurveyDraft } from '../support/survey-draft';

/**
 * Optimistic concurrency through the tab's API: every write carries the etag of the version it was
 * made on, and nothing else passes — a blank etag, a wildcard, a value no SharePoint ETag can be, or
 * a first save of a score that already has one. Each refusal is a 400 or 409 and changes nothing.
 */
describe('etags on every write', () => {
  let stack: LocalStack;
  const NOW = new Date('2026-11-22T10:00:00Z');
  const qm = 'jana.novakova';

  const surveys = (method: string, path: string, body?: unknown) =>
    callApi(stack.serviceUrl, 'surveys', { method, path, who: qm, body });
  const caf = (method: string, path: string, who: string, body?: unknown) =>
    callApi(stack.serviceUrl, 'caf', { method, path, who, body });
  const draft = (title = 'Pulz týmu') =>
    sampleSurveyDraft(
      { opensAt: new Date(NOW.getTime() + 7 * 86_400_000).toISOString() },
      { title: { cs: title, en: title } },
    );
  const errorOf = (reply: ApiReply) => reply.body?.['error'] as { code: string; reason?: { key: string } };

  /** Etags no SharePoint item can have: blank, the wildcard, non-Latin-1, line breaks, unquoted. */
  const malformed: readonly [string, string][] = [
    ['a space', ' '],
    ['a tab', '\t'],
    ['the wildcard', '*'],
    ['a quoted blank', '" "'],
    ['an empty string', ''],
    ['a non-Latin-1 character', '"1€"'],
    ['an emoji', '"😀"'],
    ['a line break', '"1"\r\nX-Injected: yes'],
    ['a bare line feed', '"1\n"'],
    ['an unquoted number', '1'],
    ['a weak etag', 'W/"1"'],
  ];

  beforeAll(async () => {
    stack = await startTestStack({ now: () => NOW });
  }, 60_000);
  afterAll(() => stack.stop());

  /** A draft survey edited once: `stale` is the etag it was created with, `current` the one after the edit. */
  async function editedSurvey(): Promise<{ key: string; stale: string; current: string }> {
    const created = await surveys('POST', '', { draft: draft() });
    expect(created.status).toBe(201);
    const survey = created.body?.['survey'] as Survey;
    const edited = await surveys('PUT', `/${survey.key}`, { draft: draft('Po úpravě'), etag: survey.etag });
    expect(edited.status).toBe(200);
    return { key: survey.key, stale: survey.etag, current: (edited.body?.['survey'] as Survey).etag };
  }

  const title = async (key: string) =>
    ((await surveys('GET', `/${key}`)).body?.['survey'] as Survey | undefined)?.title.cs;

  it.each(malformed)(
    'refuses a survey edit, publish, close and delete with %s as etag (400), changing nothing',
    async (_name, etag) => {
      const { key } = await editedSurvey();
      const replies = [
        await surveys('PUT', `/${key}`, { draft: draft('Přepsáno'), etag }),
        await surveys('POST', `/${key}/publish`, { etag }),
        await surveys('POST', `/${key}/close`, { etag }),
        await surveys('DELETE', `/${key}?etag=${encodeURIComponent(etag)}`),
      ];
      expect(replies.map((reply) => [reply.status, errorOf(reply).code])).toEqual(
        replies.map(() => [400, 'badRequest']),
      );
      const kept = await surveys('GET', `/${key}`);
      expect(kept.status).toBe(200);
      expect((kept.body?.['survey'] as Survey).status).toBe('draft');
      expect(await title(key)).toBe('Po úpravě');
    },
  );

  it('refuses a stale etag on every survey write (409), changing nothing', async () => {
    const { key, stale } = await editedSurvey();
    const replies = [
      await surveys('PUT', `/${key}`, { draft: draft('Přepsáno'), etag: stale }),
      await surveys('POST', `/${key}/publish`, { etag: stale }),
      await surveys('DELETE', `/${key}?etag=${encodeURIComponent(stale)}`),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([409, 409, 409]);
    expect(await title(key)).toBe('Po úpravě');
  });

  describe('CAF score saves', () => {
    const score = (value: number, etag: string | null) => ({
      input: { method: 'classical', score: value },
      strengths: '',
      areasForImprovement: '',
      improvementIdeas: '',
      evidence: [],
      etag,
    });
    let cycleId = 0;
    const member = 'jiri.kucera';

    beforeAll(async () => {
      cycleId = await startScoringCycle(
        stack.serviceUrl,
        {
          name: 'Sebehodnocení se značkami verzí',
          method: 'classical',
          startDate: '2031-01-01',
          endDate: '2031-01-31',
        },
        [member],
      );
    }, 60_000);

    const stored = async (code: string) => {
      const mine = await caf('GET', `/cycles/${cycleId}/my-scores`, member);
      return (mine.body?.['scores'] as { code: string; score: number | null }[]).find((s) => s.code === code)
        ?.score;
    };

    it.each(malformed)(
      'refuses a score save with %s as etag (400), keeping the saved score',
      async (_name, etag) => {
        const code = '3.1';
        if ((await stored(code)) === undefined)
          expect(
            (await caf('PUT', `/cycles/${cycleId}/my-scores/${code}`, member, score(40, null))).status,
          ).toBe(200);
        const reply = await caf('PUT', `/cycles/${cycleId}/my-scores/${code}`, member, score(90, etag));
        expect([reply.status, errorOf(reply).code]).toEqual([400, 'badRequest']);
        expect(await stored(code)).toBe(40);
      },
    );

    it('refuses a first save (etag null) of a subcriterion saved meanwhile with 409 and its own reason', async () => {
      const code = '4.2';
      const first = await caf('PUT', `/cycles/${cycleId}/my-scores/${code}`, member, score(30, null));
      expect(first.status).toBe(200);
      const newer = await caf(
        'PUT',
        `/cycles/${cycleId}/my-scores/${code}`,
        member,
        score(60, String(first.body?.['etag'])),
      );
      expect(newer.status).toBe(200);
      const blind = await caf('PUT', `/cycles/${cycleId}/my-scores/${code}`, member, score(10, null));
      expect(blind.status).toBe(409);
      expect(errorOf(blind)).toMatchObject({
        code: 'conflict',
        reason: { key: 'error.caf.scoreSavedElsewhere' },
      });
      expect(String((blind.body?.['error'] as { message: string }).message)).toContain('4.2');
      // The older etag is a stale version: a 409 too, and the newer save stays.
      const stale = await caf(
        'PUT',
        `/cycles/${cycleId}/my-scores/${code}`,
        member,
        score(10, String(first.body?.['etag'])),
      );
      expect(stale.status).toBe(409);
      expect(await stored(code)).toBe(60);
    });
  });
});
