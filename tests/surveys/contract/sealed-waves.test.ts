import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hmacRespondentKeyer, type Identity, type ResponseStore, type SurveyAnswering } from '@kvalita/bot';
import type { Survey, SurveyDraft } from '@kvalita/core';
import {
  SurveysRepository,
  departmentsList,
  provisionLists,
  surveyDeliveriesList,
  surveyQuestionsList,
  surveyResponsesList,
  surveysList,
} from '@kvalita/sharepoint';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { sampleSurveyDraft, surveyQuestion } from '../../support/survey-draft';
import { surveyInstance } from '../../support/survey-instance';

/**
 * Two service instances on one SharePoint, each with its own survey cache (15 s, as the service
 * keeps it): what one instance closes, the other must not reopen from its cache, and an answer
 * written after the wave ended (throttled, or accepted from a stale cache) never changes the
 * figures of the closed wave.
 */
const keyer = hmacRespondentKeyer('a-test-secret-that-is-long-enough-1234');
// A once-only survey, its single wave running from 1 Mar 2027 for five days.
const DURING = new Date('2027-03-02T10:00:00Z');
const QM: Identity = {
  email: 'jana.novakova@lipova.example',
  displayName: 'Jana',
  roles: ['qualityManager'],
};

let target: ContractTarget;

/** One app instance, as createService builds it. */
const instance = () => surveyInstance(target.connect(), keyer, DURING);

const draft = (): SurveyDraft =>
  sampleSurveyDraft(
    { recurrence: 'once', opensAt: '2027-03-01T07:00:00.000Z', waveDays: 5, reminderAfterDays: null },
    {
      questions: [
        surveyQuestion('q1', 'scale5', { cs: 'Jak se vám daří?', en: 'How are you?' }),
        surveyQuestion('q2', 'text', { cs: 'Co zlepšit?', en: 'What to improve?' }),
      ],
    },
  );

let counter = 0;
async function openSurvey(): Promise<Survey> {
  counter += 1;
  const surveys = new SurveysRepository(target.site);
  const key = `srv-seal${counter.toString().padStart(4, '0')}`;
  const created = await surveys.create({ key, draft: draft(), ownerEmail: null });
  return surveys.setState(key, { status: 'open', currentWave: 1 }, created.etag);
}

const card = (survey: Survey, score: string) => ({
  verb: 'kvalita.survey.answer',
  surveyKey: survey.key,
  wave: '1',
  answer_q1: score,
  answer_q2: '',
});
const person = (index: number) => ({
  personId: `00000000-0000-0000-0000-${index.toString().padStart(12, '0')}`,
  departmentCode: null,
});

/** Five people answer through instance A: the wave reaches the threshold. */
async function fiveAnswers(answering: SurveyAnswering, survey: Survey): Promise<void> {
  for (let index = 1; index <= 5; index += 1)
    expect((await answering.answer(card(survey, '4'), person(index))).kind).toBe('stored');
}

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, surveysList, surveyQuestionsList, surveyResponsesList, surveyDeliveriesList],
  });
}, 60_000);
afterAll(() => target.close());

describe('a closed wave with two service instances on one SharePoint', () => {
  it('refuses an answer another instance accepts from its cache after the close, and the figures keep', async () => {
    const survey = await openSurvey();
    const a = instance();
    const b = instance();
    await fiveAnswers(a.answering(), survey);
    // B has the survey in its cache, open.
    expect((await b.surveys.get(survey.key))?.status).toBe('open');
    await a.service.close(QM, survey.key, { etag: survey.etag });
    const closed = (await a.results.results(await a.service.find(survey.key))).waves[0];
    expect([closed?.respondents, closed?.hidden, closed?.questions[0]?.average]).toEqual([5, false, 4]);

    // Two seconds later B's cache still says open: the sixth person is told it is closed.
    b.later(2_000);
    expect((await b.surveys.get(survey.key))?.status).toBe('open');
    const late = await b.answering().answer(card(survey, '1'), person(6));
    expect(late.kind).toBe('closed');

    for (const reader of [a, b]) {
      const wave = (await reader.results.results(await reader.service.find(survey.key))).waves[0];
      expect([wave?.respondents, wave?.questions[0]?.average]).toEqual([5, 4]);
    }
    // The refused rows are gone too (they would never count, being written after the seal).
    expect(await a.responses.waveAnswers(survey.key, 1, 'q1')).toHaveLength(5);
  }, 60_000);

  it('refuses a write that lands after the seal (held up by throttling), and the figures keep', async () => {
    const survey = await openSurvey();
    const a = instance();
    const b = instance();
    await fiveAnswers(a.answering(), survey);
    // B's open check passes; its write is held up until A has closed the survey.
    const slow: ResponseStore = {
      recordAnswer: async (...args) => {
        await a.service.close(QM, survey.key, { etag: survey.etag });
        return b.responses.recordAnswer(...args);
      },
      answeredKeys: (keys) => b.responses.answeredKeys(keys),
      waveSeals: (key, waves) => b.responses.waveSeals(key, waves),
      removeRows: (ids) => b.responses.removeRows(ids),
    };
    const late = await b.answering(slow).answer(card(survey, '1'), person(7));
    expect(late.kind).toBe('closed');
    const wave = (await a.results.results(await a.service.find(survey.key))).waves[0];
    expect([wave?.respondents, wave?.hidden, wave?.questions[0]?.average]).toEqual([5, false, 4]);
  }, 60_000);

  it('never moves the figures once shown, even for a row the refusal could not delete', async () => {
    const survey = await openSurvey();
    const a = instance();
    await fiveAnswers(a.answering(), survey);
    await a.service.close(QM, survey.key, { etag: survey.etag });
    const before = await a.results.results(await a.service.find(survey.key));
    // A row written after the seal and left behind (its deletion failed) does not count.
    await a.responses.recordWave(survey.key, 1, [
      {
        questionKey: 'q1',
        respondentKey: `left-${survey.key}-q1`,
        score: 1,
        choice: null,
        text: null,
        departmentCode: null,
      },
      {
        questionKey: 'q2',
        respondentKey: `left-${survey.key}-q2`,
        score: null,
        choice: null,
        text: 'x',
        departmentCode: null,
      },
    ]);
    expect(await a.results.results(await a.service.find(survey.key))).toEqual(before);
  }, 60_000);

  it('counts an answer written before the seal, told "saved"', async () => {
    const survey = await openSurvey();
    const a = instance();
    const b = instance();
    await fiveAnswers(a.answering(), survey);
    expect((await b.answering().answer(card(survey, '1'), person(8))).kind).toBe('stored');
    await a.service.close(QM, survey.key, { etag: survey.etag });
    const wave = (await a.results.results(await a.service.find(survey.key))).waves[0];
    expect([wave?.respondents, wave?.questions[0]?.average]).toEqual([6, 21 / 6]);
  }, 60_000);
});
