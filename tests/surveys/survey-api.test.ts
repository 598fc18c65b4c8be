import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Survey, SurveyDraft, SurveyResults } from '@kvalita/core';
import { SiteContext, SurveyResponsesRepository, connectSharePoint } from '@kvalita/sharepoint';
import ExcelJS from 'exceljs';
import { seedDemoOffice } from '../../scripts/local/demo/seed';
import { contractJson, expectContractReply } from '../support/contract-reply';
import { startTestStack, type LocalStack } from '../support/e2e-stack';
import { sampleSurveyDraft } from '../support/survey-draft';
import { TEST_ANSWER_BOX, TEST_RESPONDENT_SECRET } from '../support/answer-box';

/** The survey API as the tab uses it, over HTTP, on the seeded demo office (docs/api-surveys.md). */
describe('survey API', () => {
  let stack: LocalStack;
  const DAY = 86_400_000;
  // The service's clock: a Sunday in the demo office's 2026 CAF cycle (which ends 15 Dec 2026).
  const NOW = new Date('2026-11-22T10:00:00Z');

  const call = async (
    method: string,
    path: string,
    who: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ) => {
    const response = await fetch(`${stack.serviceUrl}/api/surveys${path}`, {
      method,
      headers: {
        Authorization: `Demo ${who}@lipova.example`,
        'content-type': 'application/json',
        'accept-language': 'en',
        ...extra,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    expectContractReply(method, new URL(response.url).pathname, response.status, parsed);
    return {
      status: response.status,
      headers: response.headers,
      body: parsed,
    };
  };
  const qm = 'jana.novakova';
  const director = 'petr.svoboda';
  const employee = 'jiri.kucera';

  /** A weekly survey; `opensInDays` may be negative (waves already opened). */
  const draft = (opensInDays: number, changes: Partial<SurveyDraft> = {}): SurveyDraft =>
    sampleSurveyDraft({ opensAt: new Date(NOW.getTime() + opensInDays * DAY).toISOString() }, changes);
  const create = async (body: SurveyDraft) => {
    const response = await call('POST', '', qm, { draft: body });
    expect(response.status).toBe(201);
    return response.body?.['survey'] as Survey;
  };

  beforeAll(async () => {
    stack = await startTestStack({ now: () => NOW });
  }, 60_000);
  afterAll(() => stack.stop());

  describe('roles', () => {
    it('refuses employees everything, even reading', async () => {
      const survey = await create(draft(7));
      for (const [method, path, body] of [
        ['GET', '', undefined],
        ['GET', `/${survey.key}`, undefined],
        ['GET', `/${survey.key}/results`, undefined],
        ['GET', `/${survey.key}/results.xlsx`, undefined],
        ['POST', '', { draft: draft(7) }],
        ['POST', '/preview', { draft: draft(7), locale: 'cs' }],
        ['GET', '/templates', undefined],
      ] as const) {
        expect([method, path, (await call(method, path, employee, body)).status]).toEqual([
          method,
          path,
          403,
        ]);
      }
      expect((await fetch(`${stack.serviceUrl}/api/surveys`)).status).toBe(401);
    });

    it('lets the director read but not author', async () => {
      const survey = await create(draft(7));
      expect((await call('GET', '', director)).status).toBe(200);
      expect((await call('GET', `/${survey.key}`, director)).status).toBe(200);
      expect((await call('GET', `/${survey.key}/results`, director)).status).toBe(200);
      expect((await call('POST', '', director, { draft: draft(7) })).status).toBe(403);
      expect(
        (await call('PUT', `/${survey.key}`, director, { draft: draft(7), etag: survey.etag })).status,
      ).toBe(403);
      expect((await call('POST', `/${survey.key}/publish`, director, { etag: survey.etag })).status).toBe(
        403,
      );
      expect(
        (await call('DELETE', `/${survey.key}?etag=${encodeURIComponent(survey.etag)}`, director)).status,
      ).toBe(403);
      expect((await call('GET', '/templates', director)).status).toBe(403);
    });

    it('gives the quality manager the templates, opening next Monday 08:00 in Prague', async () => {
      const { status, body } = await call('GET', '/templates', qm);
      expect(status).toBe(200);
      const templates = body?.['templates'] as { id: string; draft: SurveyDraft }[];
      expect(templates.map((template) => template.id).sort()).toEqual(
        ['clientOrientation', 'enps', 'wellbeing', 'workload'].sort(),
      );
      const opensAt = new Date(templates[0]?.draft.schedule.opensAt ?? '');
      const prague = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Prague',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(opensAt);
      expect(prague).toBe('Mon 08:00');
      expect(opensAt.toISOString()).toBe('2026-11-23T07:00:00.000Z');
    });
  });

  describe('lifecycle', () => {
    it('edits a draft, publishes, closes; status and etag rules hold', async () => {
      const survey = await create(draft(7));
      expect(survey.status).toBe('draft');
      const edited = await call('PUT', `/${survey.key}`, qm, {
        draft: draft(7, { title: { cs: 'Pulz odboru', en: 'Department pulse' } }),
        etag: survey.etag,
      });
      expect(edited.status).toBe(200);
      const editedSurvey = edited.body?.['survey'] as Survey;
      expect(editedSurvey.title.cs).toBe('Pulz odboru');

      const stale = await call('PUT', `/${survey.key}`, qm, { draft: draft(7), etag: survey.etag });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ error: { code: 'conflict' } });

      const published = await call('POST', `/${survey.key}/publish`, qm, { etag: editedSurvey.etag });
      expect(published.status).toBe(200);
      const scheduled = published.body?.['survey'] as Survey;
      expect(scheduled.status).toBe('scheduled');
      expect(
        (await call('PUT', `/${survey.key}`, qm, { draft: draft(7), etag: scheduled.etag })).status,
      ).toBe(409);
      expect(
        (await call('DELETE', `/${survey.key}?etag=${encodeURIComponent(scheduled.etag)}`, qm)).status,
      ).toBe(409);

      const detail = await call('GET', `/${survey.key}`, director);
      expect((detail.body?.['waves'] as { number: number }[]).map((wave) => wave.number)).toEqual([1]);

      const closed = await call('POST', `/${survey.key}/close`, qm, { etag: scheduled.etag });
      expect(closed.status).toBe(200);
      expect((closed.body?.['survey'] as Survey).status).toBe('closed');
      expect((await call('POST', `/${survey.key}/close`, qm, { etag: scheduled.etag })).status).toBe(409);

      const list = await call('GET', '', director);
      const summaries = list.body?.['surveys'] as { key: string; status: string }[];
      expect(summaries.find((summary) => summary.key === survey.key)?.status).toBe('closed');
    });

    it('deletes a draft with its current etag only', async () => {
      const survey = await create(draft(7));
      expect((await call('DELETE', `/${survey.key}`, qm)).status).toBe(400);
      expect((await call('DELETE', `/${survey.key}?etag=${encodeURIComponent('"999"')}`, qm)).status).toBe(
        409,
      );
      expect(
        (await call('DELETE', `/${survey.key}?etag=${encodeURIComponent(survey.etag)}`, qm)).status,
      ).toBe(204);
      expect((await call('GET', `/${survey.key}`, qm)).status).toBe(404);
    });

    it('answers 404 for an unknown or malformed key', async () => {
      expect((await call('GET', '/srv-zzzzzzzz', qm)).body).toMatchObject({ error: { code: 'notFound' } });
      expect((await call('GET', `/${encodeURIComponent("srv-1' or '1'='1")}`, qm)).status).toBe(404);
    });
  });

  describe('bad input', () => {
    it('answers malformed JSON with 400 in the caller’s language', async () => {
      const response = await call('POST', '', qm, '{"draft": {', { 'accept-language': 'cs-CZ' });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: {
          code: 'badRequest',
          message: 'Požadavek není platný. Zkontrolujte zadané údaje a zkuste to znovu.',
          details: 'malformed JSON',
        },
      });
    });

    it('refuses wrong types, unknown fields and too long texts, naming the field', async () => {
      const wrongType = await call('POST', '', qm, { draft: { ...draft(7), questions: 'q1' } });
      expect(wrongType.status).toBe(400);
      expect(JSON.stringify(wrongType.body)).toContain('draft.questions');
      expect((await call('POST', '', qm, { draft: draft(7), admin: true })).status).toBe(400);
      expect((await call('POST', '', qm, { draft: { ...draft(7), status: 'open' } })).status).toBe(400);
      const long = await call('POST', '', qm, {
        draft: draft(7, { title: { cs: 'x'.repeat(5_000), en: '' } }),
      });
      expect(long.status).toBe(400);
      expect(JSON.stringify(long.body)).toContain('draft.title.cs');
      const unknownDepartment = await call('POST', '', qm, {
        draft: draft(7, { audience: { kind: 'departments', departmentCodes: ['OD', 'NOPE'] } }),
      });
      expect(unknownDepartment.status).toBe(400);
      expect(JSON.stringify(unknownDepartment.body)).toContain('NOPE');
    });

    it('rejects a huge body with 413 and keeps serving', async () => {
      const huge = await call('POST', '', qm, {
        draft: draft(7, { title: { cs: 'x'.repeat(400_000), en: '' } }),
      });
      expect(huge.status).toBe(413);
      expect((await call('GET', '', qm)).status).toBe(200);
    });

    it('stores HTML and markdown in titles as literal text', async () => {
      const injection = `<script>alert('x')</script> **bold** [link](javascript:alert(1)) ' or 1 eq 1`;
      const survey = await create(draft(7, { title: { cs: injection, en: injection } }));
      const detail = await call('GET', `/${survey.key}`, qm);
      expect((detail.body?.['survey'] as Survey).title).toEqual({ cs: injection, en: injection });
    });
  });

  describe('preview', () => {
    it('returns the wave-1 card with one input per question', async () => {
      const { status, body } = await call('POST', '/preview', qm, { draft: draft(7), locale: 'cs' });
      expect(status).toBe(200);
      const card = body?.['card'] as Record<string, unknown>;
      expect(card).toMatchObject({ type: 'AdaptiveCard' });
      const inputs: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node !== null && typeof node === 'object') {
          const element = node as Record<string, unknown>;
          if (typeof element['type'] === 'string' && element['type'].startsWith('Input.'))
            inputs.push(String(element['id']));
          Object.values(element).forEach(walk);
        }
      };
      walk(card);
      expect(inputs).toEqual(['answer_q1', 'answer_q2', 'answer_q3']);
      expect(JSON.stringify(card)).toContain('Jak se vám daří?');
    });

    it('checks the draft and the locale', async () => {
      expect((await call('POST', '/preview', qm, { draft: draft(7), locale: 'de' })).status).toBe(400);
      expect(
        (await call('POST', '/preview', qm, { draft: { ...draft(7), questions: [] }, locale: 'cs' })).status,
      ).toBe(400);
    });
  });

  describe('results, export and CAF evidence', () => {
    let survey: Survey;

    beforeAll(async () => {
      // Wave 1 opened 8 days ago (closed), wave 2 a day ago.
      const created = await create(draft(-8, { evidenceFor: ['7.1', '3.3'] }));
      const published = await call('POST', `/${created.key}/publish`, qm, { etag: created.etag });
      survey = published.body?.['survey'] as Survey;
      const responses = new SurveyResponsesRepository(
        new SiteContext(connectSharePoint(stack.emulatorSiteUrl)),
        TEST_ANSWER_BOX,
      );
      let person = 0;
      const answer = async (wave: number, department: string, score: number, text: string | null) => {
        person += 1;
        const rows = [
          { questionKey: 'q1', score, choice: null, text: null },
          { questionKey: 'q2', score: null, choice: score > 3 ? '0' : '1', text: null },
          { questionKey: 'q3', score: null, choice: null, text },
        ].map((row) => ({
          ...row,
          respondentKey: `test-${survey.key}-${wave}-${row.questionKey}-${person}`,
          departmentCode: department,
        }));
        await responses.recordWave(survey.key, wave, rows);
      };
      // Wave 1: OSV 6, OD 5, KT 2 (13: texts hidden). Wave 2: four answers (hidden).
      for (const score of [4, 4, 5, 3, 4, 4]) await answer(1, 'OSV', score, 'Více porad');
      for (const score of [2, 3, 3, 2, 3]) await answer(1, 'OD', score, null);
      for (const score of [1, 1]) await answer(1, 'KT', score, 'Tajemství kanceláře');
      for (const score of [5, 5, 5, 5]) await answer(2, 'OSV', score, null);
    }, 60_000);

    it('shows the waves with small groups and small waves hidden', async () => {
      const { status, body } = await call('GET', `/${survey.key}/results`, director);
      expect(status).toBe(200);
      const results = body as unknown as SurveyResults;
      expect(results).toMatchObject({ surveyKey: survey.key, threshold: 5, textThreshold: 10 });
      const [wave1, wave2] = results.waves;
      expect(wave1).toMatchObject({ respondents: 13, hidden: false });
      expect(wave1?.questions[0]).toMatchObject({ average: 39 / 13, answered: 13 });
      expect(wave1?.questions[1]?.optionCounts).toEqual([5, 8]);
      // Thirteen respondents reach the text threshold: texts shown, shuffled, without department.
      expect([...(wave1?.questions[2]?.texts ?? [])].sort()).toEqual([
        ...Array<string>(2).fill('Tajemství kanceláře'),
        ...Array<string>(6).fill('Více porad'),
      ]);
      // The whole office is listed, whoever answered: departments without respondents are hidden too.
      const byCode = new Map(wave1?.departments.map((d) => [d.code, [d.hidden, d.respondents]]));
      expect(Object.fromEntries(byCode)).toEqual({
        KT: [true, null],
        OD: [true, null],
        OSV: [false, 6],
        'OSV-SP': [true, null],
        OV: [true, null],
        OE: [true, null],
      });
      // Wave 2 opened a day ago and still takes answers: counts only, no department; its four
      // answers read "fewer than 5" (counts of a running wave move in steps of the threshold).
      expect(wave2).toMatchObject({
        respondents: 0,
        respondentsRounded: true,
        inProgress: true,
        hidden: true,
        departments: [],
      });
      expect(
        wave2?.questions.every((question) => question.average === null && question.optionCounts === null),
      ).toBe(true);
      expect(results.trends[0]?.points.map((point) => point.average)).toEqual([39 / 13, null]);
    });

    it('exports the permitted aggregates to .xlsx, in English when asked, without hidden figures', async () => {
      const response = await fetch(`${stack.serviceUrl}/api/surveys/${survey.key}/results.xlsx?locale=en`, {
        headers: { Authorization: `Demo ${director}@lipova.example` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('spreadsheetml');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Team pulse _ results.xlsx"; filename*=UTF-8''Team%20pulse%20%E2%80%93%20results.xlsx`,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Summary',
        'Questions',
        'Answer breakdown',
        'Departments',
        'Trend',
        'Text answers',
      ]);
      const departments: unknown[][] = [];
      workbook
        .getWorksheet('Departments')
        ?.eachRow((row) => departments.push((row.values as unknown[]).slice(1)));
      const kt = departments.filter((row) => row[1] === 'Kancelář tajemníka');
      expect(kt).toHaveLength(1);
      expect(kt[0]?.[2]).toBeUndefined();
      expect(kt[0]?.[3]).toBe('hidden to protect small groups');
      // A department nobody answered from reads exactly like a small one.
      const ov = departments.filter(
        (row) => row[0] === 1 && row[1] === 'Odbor výstavby a územního plánování',
      );
      expect(ov).toEqual([
        kt[0]?.map((cell) => (cell === 'Kancelář tajemníka' ? 'Odbor výstavby a územního plánování' : cell)),
      ]);
      const summary: unknown[][] = [];
      workbook.getWorksheet('Summary')?.eachRow((row) => summary.push((row.values as unknown[]).slice(1)));
      expect(summary.find((row) => row[0] === 2)?.[6]).toBe(
        'hidden until the wave closes; answers so far rounded down to a multiple of 5',
      );
      const texts: unknown[][] = [];
      workbook.getWorksheet('Text answers')?.eachRow((row) => texts.push((row.values as unknown[]).slice(1)));
      expect(texts[0]).toEqual(['Wave', 'Question', 'Answer']);
      expect(texts).toHaveLength(9);
      // Wave 2 (four answers) is in the summary as hidden, with no figure in any other sheet.
      const questions: unknown[][] = [];
      workbook
        .getWorksheet('Questions')
        ?.eachRow((row) => questions.push((row.values as unknown[]).slice(1)));
      for (const row of questions.filter((candidate) => candidate[0] === 2))
        expect(row.slice(3, 9).every((cell) => cell === undefined || cell === null)).toBe(true);
    });

    it('lists the survey as evidence of the 2026 CAF cycle; an unknown cycle is 404', async () => {
      const cycles = await fetch(`${stack.serviceUrl}/api/caf/cycles`, {
        headers: { Authorization: `Demo ${employee}@lipova.example` },
      });
      const list = ((await contractJson(cycles)) as { cycles: { id: number; name: string }[] }).cycles;
      const current = list.find((cycle) => cycle.name === 'Sebehodnocení CAF 2026')?.id;
      const old = list.find((cycle) => cycle.name === 'Sebehodnocení CAF 2024')?.id;
      const evidence = await call('GET', `/evidence?cycleId=${current}`, employee);
      expect(evidence.status).toBe(200);
      expect(evidence.body?.['evidence']).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            surveyKey: survey.key,
            subcriteria: ['7.1', '3.3'],
            waves: expect.any(Number),
          }),
        ]),
      );
      const before = await call('GET', `/evidence?cycleId=${old}`, employee);
      expect(
        (before.body?.['evidence'] as { surveyKey: string }[]).some((e) => e.surveyKey === survey.key),
      ).toBe(false);
      expect((await call('GET', '/evidence?cycleId=99999', employee)).status).toBe(404);
      expect((await call('GET', '/evidence?cycleId=abc', employee)).status).toBe(400);
    });
  });

  describe('demo surveys', () => {
    it('seeds a weekly wellbeing pulse, a monthly eNPS and a draft, once', async () => {
      const list = await call('GET', '', qm);
      const summaries = list.body?.['surveys'] as {
        key: string;
        status: string;
        recurrence: string;
        evidenceFor: string[];
      }[];
      const demo = summaries.filter((summary) => summary.key.startsWith('srv-demo'));
      expect(demo.map((summary) => [summary.key, summary.status, summary.recurrence]).sort()).toEqual([
        ['srv-demoenps', 'open', 'monthly'],
        ['srv-demopulz', 'open', 'weekly'],
        ['srv-demozatz', 'draft', 'once'],
      ]);
      expect(stack.seed.surveysAdded).toBe(3);
      const again = await seedDemoOffice(
        new SiteContext(connectSharePoint(stack.emulatorSiteUrl)),
        [],
        TEST_RESPONDENT_SECRET,
        NOW,
      );
      expect(again.surveysAdded).toBe(0);
    });

    it('shows the pulse as from a 60-person office: big departments shown, the small section suppressed', async () => {
      const { body } = await call('GET', '/srv-demopulz/results', director);
      const results = body as unknown as SurveyResults;
      expect(results.waves.length).toBeGreaterThanOrEqual(5);
      const first = results.waves[0];
      expect(first?.hidden).toBe(false);
      expect(first?.respondents).toBeGreaterThan(25);
      const hidden = first?.departments
        .filter((department) => department.hidden)
        .map((department) => department.code);
      expect(hidden).toContain('OSV-SP');
      expect(hidden?.length).toBeGreaterThanOrEqual(2);
      expect(first?.departments.some((department) => !department.hidden)).toBe(true);
      expect(first?.questions.find((question) => question.type === 'text')?.texts?.length).toBeGreaterThan(0);
    });
  });
});
