import { describe, expect, it } from '@jest/globals';
import {
  mysteryResults,
  scoreEvaluation,
  timeFigure,
  type Evaluation,
  type EvaluationRecord,
  type ItemAnswer,
} from '../../src';
import { checklist, evaluation, record } from './mystery-fixtures';

const now = new Date('2026-06-01T00:00:00Z');
let nextId = 1;
type Measured = Partial<Pick<EvaluationRecord, 'waitMinutes' | 'answerCorrect'>>;
function sheet(
  answers: Record<string, ItemAnswer>,
  partial: Partial<Evaluation> & { measured?: Measured } = {},
): Evaluation {
  const { measured, ...rest } = partial;
  const rec = record(answers, measured ?? {});
  return evaluation({
    id: nextId++,
    ...rest,
    record: rec,
    score: scoreEvaluation(checklist, partial.channel ?? 'visit', rec, null, now),
  });
}
const all = { greet: 'yes', sign: 'yes', correct: 'yes', polite: 'yes' } as const;
const checklists = new Map([[checklist.id, checklist]]);

describe('a campaign’s results', () => {
  const current = {
    campaign: { id: 2, name: 'Podzim' },
    evaluations: [
      sheet(all, { departmentCode: 'OD', measured: { waitMinutes: 4, answerCorrect: true } }),
      sheet(
        { ...all, polite: 'no' },
        { departmentCode: 'OD', measured: { waitMinutes: 12, answerCorrect: true } },
      ),
      sheet(
        { ...all, correct: 'no' },
        { departmentCode: 'SU', measured: { waitMinutes: 30, answerCorrect: false } },
      ),
      // Not released: never counted.
      sheet({ ...all, correct: 'no' }, { departmentCode: 'SU', status: 'submitted' }),
      sheet({ ...all, correct: 'no' }, { departmentCode: 'SU', status: 'excluded' }),
      sheet(all, { departmentCode: 'SU', status: 'locked', scenarioKey: 'sc-2' }),
    ],
  };
  const previous = {
    campaign: { id: 1, name: 'Jaro' },
    evaluations: [sheet({ ...all, polite: 'partly' }, { departmentCode: 'OD' })],
  };

  it('counts released and locked sheets only; a failed critical item counts 0', () => {
    const results = mysteryResults(current, previous, checklists, null);
    expect(results.overall).toEqual({ evaluations: 4, meanScore: 68.8, failed: 1 });
    expect(
      results.byDepartment.map((row) => [row.key, row.meanScore, row.previous?.meanScore ?? null]),
    ).toEqual([
      ['OD', 87.5, 87.5],
      ['SU', 50, null],
    ]);
    expect(results.previous).toEqual({
      campaignId: 1,
      campaignName: 'Jaro',
      overall: { evaluations: 1, meanScore: 87.5, failed: 0 },
    });
  });

  it('ranks items by failure rate and gives section means', () => {
    const results = mysteryResults(current, previous, checklists, null);
    expect(results.items[0]).toMatchObject({
      key: 'correct',
      critical: true,
      applicable: 4,
      no: 1,
      failureRate: 0.25,
    });
    expect(results.bySection.find((row) => row.key === 'communication')).toMatchObject({
      meanScore: 75,
      evaluations: 4,
    });
  });

  it('gives waiting times as median and 90th percentile, and the share of correct answers', () => {
    const results = mysteryResults(current, null, checklists, null);
    expect(results.times.waitMinutes).toEqual({ count: 3, median: 12, p90: 30 });
    expect(results.correctAnswers).toEqual({ count: 3, correct: 2 });
    expect(results.previous).toBeNull();
  });

  it('narrows every figure to one department', () => {
    const results = mysteryResults(current, previous, checklists, 'SU');
    expect(results.overall.evaluations).toBe(2);
    expect(results.byDepartment.map((row) => row.key)).toEqual(['SU']);
    expect(results.previous?.overall.evaluations).toBe(0);
  });

  it('computes percentiles by nearest rank', () => {
    expect(timeFigure([])).toEqual({ count: 0, median: null, p90: null });
    expect(timeFigure([5, 1, 3, 2, 4, 6, 7, 8, 9, 10])).toEqual({ count: 10, median: 5.5, p90: 9 });
  });
});
