import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SurveyAnswering, hmacRespondentKeyer } from '@kvalita/bot';
import { surveyFromTemplate, type Survey } from '@kvalita/core';
import {
  SurveyResponsesRepository,
  SurveysRepository,
  departmentsList,
  provisionLists,
  surveyQuestionsList,
  surveyResponsesList,
  surveysList,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { TEST_ANSWER_BOX } from '../../support/answer-box';

/** Answering survey cards against SharePoint (the local emulator, or a real site). */
const keyer = hmacRespondentKeyer('a-test-secret-that-is-long-enough-1234');
const OPENS = new Date('2027-02-01T07:00:00Z');
const DURING = new Date('2027-02-02T10:00:00Z');
let target: ContractTarget;
let survey: Survey;
let answering: SurveyAnswering;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, surveysList, surveyQuestionsList, surveyResponsesList],
  });
  const surveys = new SurveysRepository(target.site);
  const key = `srv-${Date.now().toString(36).slice(-8).padStart(8, '0')}`;
  const created = await surveys.create({
    key,
    draft: surveyFromTemplate('wellbeing', OPENS),
    ownerEmail: null,
  });
  survey = await surveys.setState(key, { status: 'open', currentWave: 1 }, created.etag);
  answering = new SurveyAnswering({
    surveys,
    responses: new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX),
    keyer,
    departments: async () => [],
    now: () => DURING,
  });
}, 60_000);
afterAll(() => target.close());

function card(values: Record<string, string>) {
  return { verb: 'kvalita.survey.answer', surveyKey: survey.key, wave: '1', ...values };
}

function filled(): Record<string, string> {
  return Object.fromEntries(
    survey.questions.map((question) => [
      `answer_${question.key}`,
      question.type === 'text'
        ? 'Víc **klidu** <b>prosím</b>'
        : question.type === 'scale11'
          ? '9'
          : question.type.endsWith('Choice')
            ? '0'
            : '4',
    ]),
  );
}

describe('answering survey cards against SharePoint', () => {
  it('stores one row per question once, whatever arrives twice at the same moment', async () => {
    const marie = { personId: '00000000-0000-0000-0000-000000000023', departmentCode: 'OSV-SP' };
    const outcomes = await Promise.all([
      answering.answer(card(filled()), marie),
      answering.answer(card(filled()), marie),
      answering.answer(card(filled()), marie),
    ]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['duplicate', 'duplicate', 'stored']);
    const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
    for (const question of survey.questions) {
      expect((await responses.respondentKeys(survey.key, 1, question.key)).size).toBe(1);
    }
    const texts = await responses.waveAnswers(survey.key, 1, survey.questions.at(-1)?.key ?? '');
    // The department goes on scale and choice rows only: a comment is never tied to a section.
    expect(texts).toEqual([
      expect.objectContaining({ text: 'Víc **klidu** <b>prosím</b>', departmentCode: null }),
    ]);
    const scores = await responses.waveAnswers(survey.key, 1, survey.questions[0]?.key ?? '');
    expect(scores).toEqual([expect.objectContaining({ departmentCode: 'OSV-SP' })]);
    expect((await answering.state({ surveyKey: survey.key, wave: 1 }, marie.personId)).kind).toBe('answered');
  });

  it('keeps no readable identity in the response list', async () => {
    const jan = { personId: '00000000-0000-0000-0000-000000000024', departmentCode: null };
    expect((await answering.answer(card(filled()), jan)).kind).toBe('stored');
    const rows = await target.sp.web.getList('/sites/kvalita/Lists/KvalitaSurveyResponses').items.select('*')<
      Record<string, unknown>[]
    >();
    expect(JSON.stringify(rows)).not.toContain(jan.personId);
    expect(JSON.stringify(rows)).not.toMatch(/prochazkova|lipova\.example/);
  });

  it('stores nothing for an incomplete card and names what is missing', async () => {
    const eva = { personId: '00000000-0000-0000-0000-000000000025', departmentCode: null };
    const first = survey.questions[0];
    const outcome = await answering.answer(card({ ...filled(), [`answer_${first?.key}`]: '' }), eva);
    expect(outcome).toMatchObject({
      kind: 'problems',
      problems: [{ questionKey: first?.key, problem: 'missing' }],
    });
    expect((await answering.state({ surveyKey: survey.key, wave: 1 }, eva.personId)).kind).toBe('open');
  });
});
