import { describe, expect, it } from '@jest/globals';
import type { Survey } from '@kvalita/core';
import { SurveyResultsService, shuffled } from '../../src/surveys/survey-results';
import type { StoredAnswer } from '../../src/surveys/survey-ports';
import { MemoryAnswers, departmentsOf, sampleDraft, seededRandom } from './fakes';

const survey: Survey = {
  ...sampleDraft(),
  key: 'srv-results1',
  status: 'open',
  currentWave: 3,
  ownerEmail: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  etag: '"1"',
};

const row = (departmentCode: string | null, values: Partial<StoredAnswer> = {}): StoredAnswer => ({
  score: null,
  choice: null,
  text: null,
  departmentCode,
  ...values,
});

/** One respondent: a row for every question, as every submit writes. */
function respond(
  answers: MemoryAnswers,
  wave: number,
  department: string | null,
  values: { q1: number; q2: number; q3: string; q4: string; q5: string | null },
): void {
  answers.add(wave, 'q1', [row(department, { score: values.q1 })]);
  answers.add(wave, 'q2', [row(department, { score: values.q2 })]);
  answers.add(wave, 'q3', [row(department, { choice: values.q3 })]);
  answers.add(wave, 'q4', [row(department, { choice: values.q4 })]);
  answers.add(wave, 'q5', [row(department, { text: values.q5 })]);
}

function service(answers: MemoryAnswers, now = new Date('2026-12-05T12:00:00Z')) {
  return new SurveyResultsService({
    answers,
    deliveries: answers,
    departments: departmentsOf([
      ['OSV', 'Odbor sociálních věcí'],
      ['OD', 'Odbor dopravy'],
      ['KT', 'Kancelář tajemníka'],
    ]),
    now: () => now,
    threshold: 5,
    textThreshold: 10,
    random: seededRandom(7),
  });
}

describe('survey results with small-group protection', () => {
  // Wave 1: OSV 6, OD 5, KT 2 and one person without a department (14). Wave 2: 4 people. Wave 3: 10.
  const answers = new MemoryAnswers();
  const osv = [4, 4, 5, 3, 4, 4];
  osv.forEach((q1, index) =>
    respond(answers, 1, 'OSV', {
      q1,
      q2: 9 + (index % 2),
      q3: '0',
      q4: '0;2',
      q5: index < 4 ? `nápad ${index}` : null,
    }),
  );
  [2, 3, 3, 2, 3].forEach((q1) => respond(answers, 1, 'OD', { q1, q2: 5, q3: '1', q4: '1', q5: null }));
  [1, 5].forEach((q1) => respond(answers, 1, 'KT', { q1, q2: 7, q3: '1', q4: '2', q5: 'tajné přání' }));
  respond(answers, 1, null, { q1: 5, q2: 10, q3: '0', q4: '0', q5: null });
  for (let index = 0; index < 4; index += 1)
    respond(answers, 2, 'OSV', { q1: 5, q2: 10, q3: '0', q4: '0', q5: 'malá vlna' });
  for (let index = 0; index < 10; index += 1)
    respond(answers, 3, 'OSV', { q1: 3, q2: 8, q3: '0', q4: '1', q5: `text ${index}` });
  answers.sent.set(1, 20);
  answers.sent.set(2, 18);

  it('counts invited, respondents and the response rate per wave', async () => {
    const { waves } = await service(answers).results(survey);
    expect(
      waves.map((wave) => [wave.wave.number, wave.invited, wave.respondents, wave.responseRate]),
    ).toEqual([
      [1, 20, 14, 0.7],
      [2, 18, 4, 4 / 18],
      [3, 0, 10, null],
    ]);
  });

  it('takes the planned audience as the base of the response rate, capped at 100 %', async () => {
    const answers = new MemoryAnswers();
    // Ten invitation rows, two of them failed; all ten answered (two through the chat command).
    for (let index = 0; index < 10; index += 1)
      respond(answers, 1, 'OSV', { q1: 4, q2: 9, q3: '0', q4: '0', q5: null });
    answers.sent.set(1, 8);
    answers.failed.set(1, 2);
    // Wave 2: one person answered although nobody could be invited (joined after the wave opened).
    answers.sent.set(2, 3);
    for (let index = 0; index < 4; index += 1)
      respond(answers, 2, 'OSV', { q1: 4, q2: 9, q3: '0', q4: '0', q5: null });
    const { waves } = await service(answers).results({ ...survey, currentWave: 2 });
    expect(waves.slice(0, 2).map((wave) => [wave.invited, wave.respondents, wave.responseRate])).toEqual([
      [10, 10, 1],
      [3, 4, 1],
    ]);
  });

  it('counts a running wave only in steps of the threshold, so polling cannot time one answer', async () => {
    // Wave 3 is open on 2 December with ten respondents out of 40 invited; the threshold is 5.
    const during = new Date('2026-12-02T12:00:00Z');
    const answers = new MemoryAnswers();
    const answer = () => respond(answers, 3, 'OD', { q1: 3, q2: 7, q3: '0', q4: '1', q5: null });
    for (let index = 0; index < 10; index += 1) answer();
    answers.sent.set(3, 40);
    const before = (await service(answers, during).results(survey)).waves[2];
    expect(before).toMatchObject({ respondents: 10, responseRate: 0.25, respondentsRounded: true });
    // One more answer, then another: the figures a poller sees do not move until the next step.
    answer();
    const afterOne = (await service(answers, during).results(survey)).waves[2];
    expect(afterOne).toMatchObject({ respondents: 10, responseRate: 0.25 });
    for (let index = 0; index < 4; index += 1) answer();
    expect((await service(answers, during).results(survey)).waves[2]?.respondents).toBe(15);
    // Once it has closed, the exact count.
    const closed = (await service(answers).results(survey)).waves[2];
    expect(closed).toMatchObject({ respondents: 15, respondentsRounded: false });
  });

  it('gives only counts for a wave still taking answers, and its trend point is a gap', async () => {
    // Wave 3 (30 Nov – 5 Dec) is open on 2 December; it already has ten respondents.
    const during = new Date('2026-12-02T12:00:00Z');
    answers.reads.length = 0;
    const results = await service(answers, during).results(survey);
    const wave3 = results.waves[2];
    expect(wave3).toMatchObject({ respondents: 10, inProgress: true, hidden: true, departments: [] });
    for (const question of wave3?.questions ?? []) {
      expect(question).toMatchObject({
        distribution: null,
        average: null,
        enps: null,
        optionCounts: null,
        texts: null,
        answered: null,
      });
    }
    expect(answers.reads.filter((read) => read.startsWith('3#'))).toEqual(['3#q1']);
    expect(results.waves.slice(0, 2).map((wave) => wave.inProgress)).toEqual([false, false]);
    expect(results.trends[0]?.points.map((point) => point.average)).toEqual([48 / 14, null, null]);
    // Closed by hand during the wave: it takes no more answers, so its figures show.
    const closed = await service(answers, during).results({ ...survey, status: 'closed' });
    expect(closed.waves[2]).toMatchObject({ inProgress: false, hidden: false });
    expect(closed.trends[0]?.points[2]?.average).toBe(3);
  });

  it('gives distribution, average, eNPS and option counts of a shown wave', async () => {
    const [wave1] = (await service(answers).results(survey)).waves;
    const [q1, q2, q3, q4] = wave1?.questions ?? [];
    expect(wave1?.hidden).toBe(false);
    expect(q1).toMatchObject({
      distribution: { 1: 1, 2: 2, 3: 4, 4: 4, 5: 3 },
      average: 48 / 14,
      answered: 14,
    });
    // q2: OSV 9,10,9,10,9,10 (promoters), OD 5×5 and KT 7,7 …, no-department 10.
    expect(q2?.enps).toEqual({
      score: Math.round(((7 - 5) / 14) * 100),
      promoters: 7,
      passives: 2,
      detractors: 5,
    });
    expect(q3?.optionCounts).toEqual([7, 7]);
    expect(q4?.optionCounts).toEqual([7, 5, 8]);
  });

  it('hides a wave of four completely', async () => {
    const wave2 = (await service(answers).results(survey)).waves[1];
    expect(wave2).toMatchObject({ respondents: 4, hidden: true });
    for (const question of wave2?.questions ?? []) {
      expect(question).toMatchObject({
        distribution: null,
        average: null,
        enps: null,
        optionCounts: null,
        texts: null,
        answered: null,
      });
    }
    // Not even which departments answered: the list is empty while the whole wave is hidden.
    expect(wave2?.departments).toEqual([]);
  });

  it('hides the department of two and, by complementary suppression, the next smallest one', async () => {
    const [wave1] = (await service(answers).results(survey)).waves;
    expect(wave1?.departments).toEqual([
      { code: 'KT', name: 'Kancelář tajemníka', hidden: true, respondents: null, questions: [] },
      { code: 'OD', name: 'Odbor dopravy', hidden: true, respondents: null, questions: [] },
      {
        code: 'OSV',
        name: 'Odbor sociálních věcí',
        hidden: false,
        respondents: 6,
        questions: [
          { key: 'q1', average: 4, enps: null },
          { key: 'q2', average: 9.5, enps: 100 },
        ],
      },
    ]);
  });

  it('protects a person without a department like a hidden group', async () => {
    const answers = new MemoryAnswers();
    for (let index = 0; index < 9; index += 1)
      respond(answers, 1, 'OD', { q1: 3, q2: 7, q3: '0', q4: '0', q5: null });
    respond(answers, 1, null, { q1: 1, q2: 0, q3: '1', q4: '1', q5: null });
    const [wave1] = (await service(answers).results({ ...survey, currentWave: 1 })).waves;
    expect(wave1).toMatchObject({ respondents: 10, hidden: false });
    // Shown, OD's average and the wave's would give away the tenth person's answer.
    expect(wave1?.departments.map((department) => [department.code, department.hidden])).toEqual([
      ['KT', true],
      ['OD', true],
      ['OSV', true],
    ]);
  });

  it('lists every department of the office, one without respondents hidden but not counted', async () => {
    // OSV 6 and OD 5 answered, KT nobody. Were KT's zero "the second hidden group", OD would be
    // hidden too; were KT left out, the table would say who took part.
    const answers = new MemoryAnswers();
    for (let index = 0; index < 6; index += 1)
      respond(answers, 1, 'OSV', { q1: 4, q2: 9, q3: '0', q4: '0', q5: null });
    for (let index = 0; index < 5; index += 1)
      respond(answers, 1, 'OD', { q1: 2, q2: 6, q3: '1', q4: '1', q5: null });
    const [wave1] = (await service(answers).results({ ...survey, currentWave: 1 })).waves;
    expect(wave1?.departments).toEqual([
      { code: 'KT', name: 'Kancelář tajemníka', hidden: true, respondents: null, questions: [] },
      {
        code: 'OD',
        name: 'Odbor dopravy',
        hidden: false,
        respondents: 5,
        questions: [
          { key: 'q1', average: 2, enps: null },
          { key: 'q2', average: 6, enps: -100 },
        ],
      },
      {
        code: 'OSV',
        name: 'Odbor sociálních věcí',
        hidden: false,
        respondents: 6,
        questions: [
          { key: 'q1', average: 4, enps: null },
          { key: 'q2', average: 9, enps: 100 },
        ],
      },
    ]);
  });

  it('finds departments on a choice question when the survey starts with a text question', async () => {
    // Text rows are stored without a department; the first question here is a text.
    const textFirst: Survey = {
      ...survey,
      currentWave: 1,
      questions: [...survey.questions.slice(4), ...survey.questions.slice(0, 4)],
    };
    const answers = new MemoryAnswers();
    for (let index = 0; index < 6; index += 1) {
      respond(answers, 1, 'OSV', { q1: 4, q2: 9, q3: '0', q4: '0', q5: null });
      respond(answers, 1, 'OD', { q1: 2, q2: 6, q3: '1', q4: '1', q5: null });
    }
    for (const row of answers.rows.get('1#q5') ?? []) Object.assign(row, { departmentCode: null });
    const [wave1] = (await service(answers).results(textFirst)).waves;
    expect(wave1?.departments.map((department) => [department.code, department.respondents])).toEqual([
      ['KT', null],
      ['OD', 6],
      ['OSV', 6],
    ]);
  });

  it('lists the chosen departments and their sections, and no other', async () => {
    const answers = new MemoryAnswers();
    for (let index = 0; index < 6; index += 1)
      respond(answers, 1, 'OSV', { q1: 4, q2: 9, q3: '0', q4: '0', q5: null });
    const chosen = new SurveyResultsService({
      answers,
      deliveries: answers,
      departments: departmentsOf([
        ['OSV-SP', 'Oddělení sociální práce', 'OSV'],
        ['OSV', 'Odbor sociálních věcí'],
        ['OD', 'Odbor dopravy'],
      ]),
      now: () => new Date('2026-12-05T12:00:00Z'),
      threshold: 5,
      textThreshold: 10,
      random: seededRandom(7),
    });
    const [wave1] = (
      await chosen.results({
        ...survey,
        currentWave: 1,
        audience: { kind: 'departments', departmentCodes: ['OSV'] },
      })
    ).waves;
    expect(wave1?.departments.map((department) => [department.code, department.hidden])).toEqual([
      ['OSV', false],
      ['OSV-SP', true],
    ]);
  });

  it('lists text answers only from ten respondents on, shuffled and without department', async () => {
    const { waves } = await service(answers).results(survey);
    const texts = (wave: number) =>
      waves[wave - 1]?.questions.find((question) => question.key === 'q5')?.texts;
    expect(texts(1)).toEqual(
      expect.arrayContaining(['nápad 0', 'nápad 1', 'nápad 2', 'nápad 3', 'tajné přání']),
    );
    expect(texts(2)).toBeNull();
    expect(texts(3)).toHaveLength(10);
    expect(texts(3)).not.toEqual(Array.from({ length: 10 }, (_unused, index) => `text ${index}`));
  });

  it('withholds texts of a shown wave below the text threshold', async () => {
    const small = new MemoryAnswers();
    for (let index = 0; index < 9; index += 1)
      respond(small, 1, 'OSV', { q1: 4, q2: 9, q3: '0', q4: '0', q5: `odpověď ${index}` });
    const [wave1] = (await service(small).results({ ...survey, currentWave: 1 })).waves;
    const q5 = wave1?.questions.find((question) => question.key === 'q5');
    expect(wave1?.hidden).toBe(false);
    expect(q5).toMatchObject({ texts: null, answered: 9 });
  });

  it('draws a trend per scale question with hidden waves as gaps', async () => {
    const { trends } = await service(answers).results(survey);
    expect(trends.map((trend) => trend.key)).toEqual(['q1', 'q2']);
    expect(trends[0]?.points.map((point) => point.average)).toEqual([48 / 14, null, 3]);
    expect(trends[1]?.points.map((point) => point.enps)).toEqual([14, null, 0]);
    expect(trends[0]?.points[1]?.opensAt).toBe('2026-11-23T07:00:00.000Z');
  });

  it('shows no wave of a draft', async () => {
    const results = await service(answers).results({ ...survey, status: 'draft', currentWave: 0 });
    expect(results.waves).toEqual([]);
    expect(results.threshold).toBe(5);
  });
});

describe('shuffled', () => {
  it('keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect([...shuffled(items, seededRandom(3))].sort()).toEqual(items);
  });
});
