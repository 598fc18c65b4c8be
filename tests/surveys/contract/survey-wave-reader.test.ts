import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Survey } from '@kvalita/core';
import {
  DepartmentsRepository,
  SurveyDeliveriesRepository,
  SiteContext,
  SurveyResponsesRepository,
  SurveyWaveReader,
  departmentsList,
  provisionLists,
  surveyDeliveriesList,
  surveyResponsesList,
  type AnswerRow,
} from '@kvalita/sharepoint';
import { SurveyResultsService } from '../../../bot/src/surveys/survey-results';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { sampleSurveyDraft, surveyQuestion } from '../../support/survey-draft';
import { RequestCounter } from '../../support/request-counter';
import { TEST_ANSWER_BOX } from '../../support/answer-box';

/**
 * The results page reads every wave at once through SurveyWaveReader: the same figures as reading
 * one wave and question at a time, in one round trip.
 */
let target: ContractTarget;

// Weekly from Monday 16 Nov 2026: wave 1 has closed on the 25th, wave 2 is taking answers.
const NOW = new Date('2026-11-25T12:00:00Z');
const SURVEY: Survey = {
  key: 'srv-readerw1',
  ...sampleSurveyDraft(
    { opensAt: '2026-11-16T07:00:00.000Z', reminderAfterDays: null },
    {
      questions: [
        surveyQuestion('q1', 'scale5', { cs: 'Jak se vám daří?', en: 'How are you?' }),
        surveyQuestion('q2', 'text', { cs: 'Co zlepšit?', en: 'What to improve?' }),
      ],
    },
  ),
  status: 'open',
  currentWave: 2,
  ownerEmail: null,
  createdAt: '2026-11-10T09:00:00.000Z',
  etag: '"1"',
};
const BIG = 'srv-readerbg';

const rowsOf = (survey: string, wave: number, person: number, department: string): AnswerRow[] => [
  {
    questionKey: 'q1',
    respondentKey: `reader-${survey}-${wave}-q1-${person}`,
    score: 1 + (person % 5),
    choice: null,
    text: null,
    departmentCode: department,
  },
  {
    questionKey: 'q2',
    respondentKey: `reader-${survey}-${wave}-q2-${person}`,
    score: null,
    choice: null,
    text: `Nápad ${person}`,
    departmentCode: null,
  },
];

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, {
    locale: 'cs',
    lists: [departmentsList, surveyResponsesList, surveyDeliveriesList],
  });
  const departments = new DepartmentsRepository(target.site);
  await departments.upsert({ code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null });
  await departments.upsert({ code: 'OD', name: 'Odbor dopravy', parentCode: null });
  const user = await target.sp.web.ensureUser('jana.novakova@lipova.example');
  await new SurveyDeliveriesRepository(target.site).planWave(SURVEY.key, 1, [user.Id]);
  const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
  const rows: AnswerRow[] = [];
  for (let person = 0; person < 12; person += 1)
    rows.push(...rowsOf(SURVEY.key, 1, person, person % 2 === 0 ? 'OSV' : 'OD'));
  for (let person = 0; person < 3; person += 1) rows.push(...rowsOf(SURVEY.key, 2, person, 'OSV'));
  await responses.recordWave(SURVEY.key, 1, rows.slice(0, 24));
  await responses.recordWave(SURVEY.key, 2, rows.slice(24));
  // Wave 1 has closed: the scheduler sealed it, so its figures are fixed.
  await responses.sealWaves(SURVEY.key, [1]);
}, 120_000);
afterAll(() => target.close());

describe('survey wave reader', () => {
  it('gives the results of reading wave by wave, in one round trip', async () => {
    const counter = RequestCounter();
    const site = new SiteContext(target.connect({}, counter));
    const service = (waves?: SurveyWaveReader) =>
      new SurveyResultsService({
        answers: new SurveyResponsesRepository(site, TEST_ANSWER_BOX),
        deliveries: new SurveyDeliveriesRepository(site),
        departments: new DepartmentsRepository(site),
        ...(waves ? { waves } : {}),
        now: () => NOW,
        threshold: 5,
        textThreshold: 10,
        // Text answers keep their stored order, so the two reads can be compared.
        random: () => 0.999,
      });
    const bySlice = await service().results(SURVEY);
    const reader = new SurveyWaveReader(site, TEST_ANSWER_BOX);
    await reader.read(SURVEY.key, [{ wave: 1, questionKeys: ['q1'] }]); // learns the web's URL (and the departments are in hand)
    counter.reset();
    const batched = await reader.read(SURVEY.key, [
      { wave: 1, questionKeys: ['q1', 'q2'] },
      { wave: 2, questionKeys: ['q1'] },
    ]);
    expect(counter.count()).toBe(1);
    expect(
      batched.map((wave) => [wave.invited, wave.answers.map((answers) => answers.length), wave.sealed]),
    ).toEqual([
      [1, [12, 12], true],
      [0, [3], false],
    ]);
    expect(await service(reader).results(SURVEY)).toEqual(bySlice);
    // Wave 2 still runs: its three answers show as "fewer than the threshold" (0, rounded).
    expect(bySlice.waves.map((wave) => [wave.respondents, wave.hidden])).toEqual([
      [12, false],
      [0, true],
    ]);
  });

  it('reads a slice that fills a whole page again page by page, so no answer is left out', async () => {
    const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
    const rows = Array.from(
      { length: 5000 },
      (_unused, person) => rowsOf(BIG, 1, person, 'OD')[0] as AnswerRow,
    );
    await responses.recordWave(BIG, 1, rows);
    const [wave] = await new SurveyWaveReader(target.site, TEST_ANSWER_BOX).read(BIG, [
      { wave: 1, questionKeys: ['q1'] },
    ]);
    expect(wave?.answers[0]).toHaveLength(5000);
  }, 120_000);
});
