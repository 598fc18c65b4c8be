import { describe, expect, it } from '@jest/globals';
import { NO_DEPARTMENT, type Survey, type SurveyOutline } from '@kvalita/core';
import { SurveyResultsService } from '../../src/surveys/survey-results';
import { MemoryAnswers, departmentsOf, sampleDraft, seededRandom } from './fakes';

/*
 * The distinct-audience rule through the results service: an earlier office-wide survey may show
 * each department of at least five people, so a later survey's "total minus its shown departments"
 * must not be a small department plus one the earlier survey shows.
 */
const HEADCOUNT: Readonly<Record<string, number>> = { OD: 8, OV: 3, OSV: 6, KT: 7, [NO_DEPARTMENT]: 0 };

const survey = (key: string, opensAt: string): Survey => {
  const draft = sampleDraft();
  return {
    ...draft,
    questions: draft.questions.slice(0, 1),
    schedule: { ...draft.schedule, recurrence: 'once', opensAt, waveDays: 5 },
    key,
    status: 'closed',
    currentWave: 1,
    ownerEmail: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    etag: '"1"',
  };
};
const earlier = survey('srv-earlier1', '2026-10-05T06:00:00.000Z');
const later = survey('srv-later001', '2026-11-02T06:00:00.000Z');
const outline = ({ key, title, status, audience, schedule, createdAt }: Survey): SurveyOutline => ({
  key,
  title,
  status,
  audience,
  schedule,
  createdAt,
});

function service(answers: MemoryAnswers, asked: string[][]) {
  return new SurveyResultsService({
    answers,
    deliveries: answers,
    departments: departmentsOf([
      ['OD', 'Odbor dopravy'],
      ['OV', 'Odbor výstavby'],
      ['OSV', 'Odbor sociálních věcí'],
      ['KT', 'Kancelář tajemníka'],
    ]),
    headcounts: async (groups, upTo) => {
      asked.push([...groups]);
      return new Map(groups.map((group) => [group, Math.min(upTo, HEADCOUNT[group] ?? 0)]));
    },
    now: () => new Date('2026-12-01T12:00:00Z'),
    threshold: 5,
    textThreshold: 10,
    random: seededRandom(3),
  });
}

describe('the distinct-audience rule in survey results', () => {
  // The later survey's wave: OD 8, OV 2, OSV 6, KT 7. OV is hidden, and with it OSV (the smallest
  // other group), so "total minus OD and KT" is OV and OSV; the earlier survey may show OSV.
  const answers = new MemoryAnswers();
  for (const [department, count] of [
    ['OD', 8],
    ['OV', 2],
    ['OSV', 6],
    ['KT', 7],
  ] as const)
    for (let index = 0; index < count; index += 1)
      answers.add(1, 'q1', [{ score: 3, choice: null, text: null, departmentCode: department }]);

  it('without an earlier survey shows what small-group suppression allows, reading no headcount', async () => {
    const asked: string[][] = [];
    const { waves } = await service(answers, asked).results(later, [outline(later)]);
    const shown = waves[0]?.departments.filter((department) => !department.hidden).map((d) => d.code);
    expect(shown).toEqual(['KT', 'OD']);
    expect(waves[0]?.differencing).toBeNull();
    expect(asked).toEqual([]);
  });

  it('hides one more department, so the hidden part minus what the earlier survey shows is no small group', async () => {
    const asked: string[][] = [];
    const { waves } = await service(answers, asked).results(later, [outline(earlier), outline(later)]);
    const wave = waves[0];
    // KT (7) goes before OD (8): the rest is then OV, OSV and KT; minus OSV or KT, at least 8.
    expect(wave?.hidden).toBe(false);
    expect(wave?.questions[0]?.average).toBe(3);
    expect(wave?.departments.filter((department) => !department.hidden).map((d) => d.code)).toEqual(['OD']);
    expect(wave?.differencing).toEqual({
      scope: 'departments',
      surveyKey: earlier.key,
      title: earlier.title,
    });
    // One headcount read, for the earlier survey's groups.
    expect(asked).toEqual([['KT', 'OD', 'OSV', 'OV', NO_DEPARTMENT].sort()]);
  });

  it('never lets an earlier survey give way to a later one', async () => {
    // The same answers read as the earlier survey's: the later one is no reason to hide them.
    const { waves } = await service(answers, []).results(earlier, [outline(earlier), outline(later)]);
    expect(waves[0]?.departments.filter((department) => !department.hidden).map((d) => d.code)).toEqual([
      'KT',
      'OD',
    ]);
    expect(waves[0]?.differencing).toBeNull();
  });

  it('ignores drafts', async () => {
    const { waves } = await service(answers, []).results(later, [
      { ...outline(earlier), status: 'draft' },
      outline(later),
    ]);
    expect(waves[0]?.differencing).toBeNull();
  });
});
