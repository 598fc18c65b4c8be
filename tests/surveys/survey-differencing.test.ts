import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Survey, SurveyAudience, SurveyResults, WaveResult } from '@kvalita/core';
import {
  DepartmentsRepository,
  SiteContext,
  SurveyResponsesRepository,
  connectSharePoint,
} from '@kvalita/sharepoint';
import { TEST_ANSWER_BOX } from '../support/answer-box';
import { expectContractReply } from '../support/contract-reply';
import { startTestStack, type LocalStack } from '../support/e2e-stack';
import { sampleSurveyDraft, surveyQuestion } from '../support/survey-draft';

/**
 * Differencing across surveys (docs/privacy.md, the distinct-audience rule), over the API on the
 * demo office: the department of transport (OD, 6 people) answers survey A; then survey B asks OD
 * and the 3-person economic department (OE). B's total minus A's would be OE's average, so B's
 * figures are withheld, naming A. A difference of 5 (OD and the 5-person OV) is still shown.
 */
describe('differencing across surveys', () => {
  let stack: LocalStack;
  const DAY = 86_400_000;
  // The service's clock runs a month ahead, so each survey's first wave (days before it) opens
  // after the survey was created: the surveys are ordered by their first waves.
  const NOW = new Date(Date.now() + 30 * DAY);
  const qm = 'jana.novakova';

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.serviceUrl}/api/surveys${path}`, {
      method,
      headers: {
        Authorization: `Demo ${qm}@lipova.example`,
        'content-type': 'application/json',
        'accept-language': 'en',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const parsed = (await response.json()) as Record<string, unknown>;
    expectContractReply(method, new URL(response.url).pathname, response.status, parsed);
    return { status: response.status, body: parsed };
  };

  let responses: SurveyResponsesRepository;
  let person = 0;
  /** A one-wave survey over `departments`, opened `daysAgo`, answered as given, then closed. */
  const survey = async (
    title: string,
    daysAgo: number,
    departments: string[],
    answers: Readonly<Record<string, readonly number[]>>,
  ): Promise<Survey> => {
    const audience: SurveyAudience = { kind: 'departments', departmentCodes: departments };
    const draft = sampleSurveyDraft(
      { opensAt: new Date(NOW.getTime() - daysAgo * DAY).toISOString(), recurrence: 'once', waveDays: 14 },
      {
        title: { cs: title, en: title },
        audience,
        questions: [surveyQuestion('q1', 'scale5', { cs: 'Jak se vám daří?', en: 'How are you?' })],
      },
    );
    const created = (await call('POST', '', { draft })).body['survey'] as Survey;
    const published = (await call('POST', `/${created.key}/publish`, { etag: created.etag })).body[
      'survey'
    ] as Survey;
    for (const [department, scores] of Object.entries(answers))
      for (const score of scores) {
        person += 1;
        await responses.recordWave(created.key, 1, [
          {
            questionKey: 'q1',
            score,
            choice: null,
            text: null,
            respondentKey: `test-${created.key}-1-q1-${person}`,
            departmentCode: department,
          },
        ]);
      }
    const closed = await call('POST', `/${created.key}/close`, { etag: published.etag });
    expect(closed.status).toBe(200);
    return closed.body['survey'] as Survey;
  };
  const firstWave = async (of: Survey): Promise<WaveResult> => {
    const { status, body } = await call('GET', `/${of.key}/results`);
    expect(status).toBe(200);
    const wave = (body as unknown as SurveyResults).waves[0];
    if (!wave) throw new Error('no wave');
    return wave;
  };

  let a: Survey;
  let b: Survey;
  let c: Survey;
  let d: Survey;

  beforeAll(async () => {
    stack = await startTestStack({ now: () => NOW });
    const site = new SiteContext(connectSharePoint(stack.emulatorSiteUrl));
    responses = new SurveyResponsesRepository(site, TEST_ANSWER_BOX);
    // The demo directory has two people in OD, OE and OV: OD grows to 6, OE to 3, OV to 5.
    // People rows without an account (the emulator's directory knows only the demo people).
    const departments = new DepartmentsRepository(site);
    const add = async (department: string, count: number) => {
      const found = await departments.findByCode(department);
      const list = site.sp.web.lists.getByTitle('Lidé');
      for (let index = 1; index <= count; index += 1)
        await list.items.add({
          Title: `Osoba ${department} ${index}`,
          Email: `${department.toLowerCase()}.${index}@lipova.example`,
          DepartmentId: found?.itemId ?? null,
        });
    };
    await add('OD', 4);
    await add('OE', 1);
    await add('OV', 3);
    const od = [4, 4, 4, 4, 4, 4];
    a = await survey('A: doprava', 10, ['OD'], { OD: od });
    c = await survey('C: doprava a výstavba', 9, ['OD', 'OV'], { OD: od, OV: [2, 2, 2, 2, 2] });
    b = await survey('B: doprava a ekonomové', 8, ['OD', 'OE'], { OD: od, OE: [1, 1, 1] });
    d = await survey('D: doprava znovu', 7, ['OD'], { OD: od });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('shows the first survey of a department in full', async () => {
    const wave = await firstWave(a);
    expect(wave).toMatchObject({ hidden: false, respondents: 6, differencing: null });
    expect(wave.questions[0]?.average).toBe(4);
  });

  it('still shows a survey whose audience differs from an earlier one by the threshold', async () => {
    // C minus A is OV's five answers: a group as large as suppression allows.
    const wave = await firstWave(c);
    expect(wave).toMatchObject({ hidden: false, respondents: 11, differencing: null });
    expect(wave.questions[0]?.average).toBeCloseTo(34 / 11);
    expect(
      wave.departments.filter((department) => !department.hidden).map((department) => department.code),
    ).toEqual(['OD', 'OV']);
  });

  it('withholds the later survey whose audience is the earlier one plus a 3-person department, naming it', async () => {
    const wave = await firstWave(b);
    // Without the rule: (9 × 3 − 6 × 4) / 3 = 1, OE's average exactly.
    expect(wave).toMatchObject({
      hidden: true,
      respondents: 9,
      departments: [],
      differencing: { scope: 'wave', surveyKey: a.key, title: a.title },
    });
    expect(wave.questions[0]).toMatchObject({ average: null, distribution: null, answered: null });
    const { body } = await call('GET', `/${b.key}/results`);
    expect((body as unknown as SurveyResults).trends[0]?.points[0]?.average).toBeNull();
  });

  it('withholds the later survey whose audience is an earlier one minus a 3-person department', async () => {
    // B's total minus D's would be OE's answers in B.
    const wave = await firstWave(d);
    expect(wave).toMatchObject({ hidden: true, differencing: { scope: 'wave', surveyKey: b.key } });
    expect(wave.questions[0]?.average).toBeNull();
  });

  it('exports a withheld wave without its figures', async () => {
    const response = await fetch(`${stack.serviceUrl}/api/surveys/${b.key}/results.xlsx?locale=en`, {
      headers: { Authorization: `Demo ${qm}@lipova.example` },
    });
    expect(response.status).toBe(200);
  });
});
