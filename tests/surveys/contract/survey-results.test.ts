import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Survey, SurveyResults } from '@kvalita/core';
import {
  DepartmentsRepository,
  SurveyDeliveriesRepository,
  SurveyResponsesRepository,
  connectSharePoint,
  provisionLists,
  type AnswerRow,
  SiteContext,
} from '@kvalita/sharepoint';
import { startEmulator, type RunningEmulator } from '@kvalita/sharepoint-emulator';
import { SurveyResultsService } from '../../../bot/src/surveys/survey-results';
import { sampleSurveyDraft, surveyQuestion } from '../../support/survey-draft';
import { TEST_ANSWER_BOX } from '../../support/answer-box';

/**
 * Survey results on hand-made answers stored in the local SharePoint: what the quality manager and
 * the director see, and what the small-group rules withhold.
 */
let emulator: RunningEmulator;
let results: SurveyResults;
let afterWave4: SurveyResults;

// Wave 4 (7–12 December) is still taking answers on the 10th; on the 13th it has closed.
const NOW = new Date('2026-12-10T12:00:00Z');
const AFTER_WAVE_4 = new Date('2026-12-13T12:00:00Z');
const SURVEY: Survey = {
  key: 'srv-contract',
  // Weekly from Monday 16 Nov 2026 08:00 Prague: waves 1–4 opened by 10 Dec.
  ...sampleSurveyDraft(
    { opensAt: '2026-11-16T07:00:00.000Z', reminderAfterDays: null },
    {
      title: { cs: 'Pohoda v práci', en: 'Wellbeing at work' },
      introduction: { cs: '', en: '' },
      questions: [
        surveyQuestion('q1', 'scale5', { cs: 'Jak se vám daří?', en: 'How are you?' }),
        surveyQuestion('q2', 'scale11', { cs: 'Doporučili byste nás?', en: 'Recommend us?' }),
        surveyQuestion(
          'q3',
          'multiChoice',
          { cs: 'Co pomáhá?', en: 'What helps?' },
          { cs: ['Tým', 'Vedení', 'Nástroje'], en: ['Team', 'Leadership', 'Tools'] },
        ),
        surveyQuestion('q4', 'text', { cs: 'Co zlepšit?', en: 'What to improve?' }),
      ],
      evidenceFor: ['7.1'],
    },
  ),
  status: 'open',
  currentWave: 4,
  ownerEmail: null,
  createdAt: '2026-11-10T09:00:00.000Z',
  etag: '"1"',
};
const PEOPLE = Array.from({ length: 20 }, (_unused, index) => ({
  email: `person${index + 1}@lipova.example`,
  displayName: `Osoba ${index + 1}`,
}));

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, dataFile: ':memory:', directory: PEOPLE });
  const sp = connectSharePoint(emulator.siteUrl);
  const site = new SiteContext(sp);
  await provisionLists(sp, { locale: 'cs' });
  const departments = new DepartmentsRepository(site);
  for (const [code, name] of [
    ['OSV', 'Odbor sociálních věcí'],
    ['OD', 'Odbor dopravy'],
    ['KT', 'Kancelář tajemníka'],
  ] as const) {
    await departments.upsert({ code, name, parentCode: null });
  }

  // Wave 1 went to 20 people and reached 16 of them (4 chats failed).
  const deliveries = new SurveyDeliveriesRepository(site);
  const users = await Promise.all(PEOPLE.map((person) => sp.web.ensureUser(person.email)));
  await deliveries.planWave(
    SURVEY.key,
    1,
    users.map((user) => user.Id),
  );
  let sent = 0;
  for await (const page of deliveries.due(SURVEY.key, 1, { now: NOW })) {
    for (const delivery of page) {
      const claimed = await deliveries.claim(delivery, NOW);
      if (!claimed) continue;
      if (sent < 16) await deliveries.markSent(claimed, NOW);
      else await deliveries.markFailed(claimed, 'no chat yet', NOW);
      sent += 1;
    }
  }

  const responses = new SurveyResponsesRepository(site, TEST_ANSWER_BOX);
  let person = 0;
  const answer = async (
    wave: number,
    department: string | null,
    q1: number,
    q2: number,
    q3: string,
    q4: string | null,
  ) => {
    person += 1;
    const rows: AnswerRow[] = (
      [
        ['q1', { score: q1, choice: null, text: null }],
        ['q2', { score: q2, choice: null, text: null }],
        ['q3', { score: null, choice: q3, text: null }],
        ['q4', { score: null, choice: null, text: q4 }],
      ] as const
    ).map(([questionKey, values]) => ({
      questionKey,
      respondentKey: `hash-${wave}-${questionKey}-${person}`,
      departmentCode: department,
      ...values,
    }));
    expect(await responses.recordWave(SURVEY.key, wave, rows)).toBe('stored');
  };
  // Wave 1: OSV 6, OD 5, KT 2 → 13 respondents.
  for (const [q1, q2] of [
    [4, 9],
    [4, 10],
    [5, 9],
    [3, 8],
    [4, 10],
    [4, 9],
  ] as const)
    await answer(1, 'OSV', q1, q2, '0;1', null);
  for (const [q1, q2] of [
    [2, 5],
    [3, 6],
    [3, 7],
    [2, 3],
    [3, 6],
  ] as const)
    await answer(1, 'OD', q1, q2, '2', null);
  for (const [q1, q2] of [
    [1, 0],
    [1, 2],
  ] as const)
    await answer(1, 'KT', q1, q2, '1', null);
  // Wave 2: four answers in all.
  for (let index = 0; index < 4; index += 1) await answer(2, 'OSV', 5, 10, '0', 'Málo nás');
  // Wave 3: nine people, every one wrote a text; wave 4: ten people (one without a department).
  for (let index = 0; index < 9; index += 1) await answer(3, 'OSV', 4, 8, '0', `Návrh ${index + 1}`);
  for (let index = 0; index < 10; index += 1)
    await answer(4, index === 0 ? null : 'OD', 3, 7, '2', `Podnět ${index + 1}`);

  const service = (now: Date) =>
    new SurveyResultsService({
      answers: responses,
      deliveries,
      departments,
      // As the service runs: a wave whose end nobody sealed is sealed on its first results read.
      seals: responses,
      now: () => now,
      threshold: 5,
      textThreshold: 10,
      random: Math.random,
    });
  results = await service(NOW).results(SURVEY);
  afterWave4 = await service(AFTER_WAVE_4).results(SURVEY);
}, 120_000);
afterAll(() => emulator.close());

describe('survey results with small-group protection, from SharePoint', () => {
  it('counts the planned audience, respondents and the response rate of every opened wave', () => {
    // Wave 1 was planned for 20 (four chats failed): the rate is of the 20, not of the 16 reached.
    expect(
      results.waves.map((wave) => [wave.wave.number, wave.invited, wave.respondents, wave.responseRate]),
    ).toEqual([
      [1, 20, 13, 13 / 20],
      [2, 0, 4, null],
      [3, 0, 9, null],
      [4, 0, 10, null],
    ]);
  });

  it('shows distribution, average, eNPS and option counts of a wave of 13', () => {
    const [q1, q2, q3] = results.waves[0]?.questions ?? [];
    expect(q1).toMatchObject({
      distribution: { 1: 2, 2: 2, 3: 4, 4: 4, 5: 1 },
      average: 39 / 13,
      answered: 13,
    });
    expect(q2?.enps).toEqual({
      promoters: 5,
      passives: 2,
      detractors: 6,
      score: Math.round((-1 / 13) * 100),
    });
    expect(q3?.optionCounts).toEqual([6, 8, 5]);
  });

  it('hides the department of two and one more by complementary suppression', () => {
    expect(results.waves[0]?.departments).toEqual([
      { code: 'KT', name: 'Kancelář tajemníka', hidden: true, respondents: null, questions: [] },
      { code: 'OD', name: 'Odbor dopravy', hidden: true, respondents: null, questions: [] },
      {
        code: 'OSV',
        name: 'Odbor sociálních věcí',
        hidden: false,
        respondents: 6,
        questions: [
          { key: 'q1', average: 4, enps: null },
          { key: 'q2', average: 55 / 6, enps: 83 },
        ],
      },
    ]);
  });

  it('shows nothing of a wave of four', () => {
    const wave = results.waves[1];
    expect(wave?.hidden).toBe(true);
    expect(
      wave?.questions.map((question) => [
        question.answered,
        question.average,
        question.distribution,
        question.optionCounts,
        question.texts,
      ]),
    ).toEqual(Array.from({ length: 4 }, () => [null, null, null, null, null]));
    expect(wave?.departments).toEqual([]);
    expect(afterWave4.trends[0]?.points.map((point) => point.average)).toEqual([39 / 13, null, 4, 3]);
  });

  it('gives only the counts of a wave still taking answers', () => {
    const wave = results.waves[3];
    expect(wave).toMatchObject({ respondents: 10, inProgress: true, hidden: true, departments: [] });
    expect(wave?.questions.every((question) => question.answered === null && question.texts === null)).toBe(
      true,
    );
    expect(results.trends[0]?.points.map((point) => point.average)).toEqual([39 / 13, null, 4, null]);
    expect(afterWave4.waves[3]).toMatchObject({ inProgress: false, hidden: false });
  });

  it('withholds nine text answers and shows ten, without department or order', () => {
    const texts = (wave: number) =>
      afterWave4.waves[wave - 1]?.questions.find((question) => question.key === 'q4');
    expect(texts(3)).toMatchObject({ texts: null, answered: 9 });
    expect([...(texts(4)?.texts ?? [])].sort()).toEqual(
      Array.from({ length: 10 }, (_unused, index) => `Podnět ${index + 1}`).sort(),
    );
    // The person without a department is no group of their own, but the wave minus the department of
    // nine would be their answer: so the department is hidden too. KT and OSV had nobody in this
    // wave and are listed hidden all the same.
    expect(afterWave4.waves[3]?.departments).toEqual([
      { code: 'KT', name: 'Kancelář tajemníka', hidden: true, respondents: null, questions: [] },
      { code: 'OD', name: 'Odbor dopravy', hidden: true, respondents: null, questions: [] },
      { code: 'OSV', name: 'Odbor sociálních věcí', hidden: true, respondents: null, questions: [] },
    ]);
  });
});
