import { describe, expect, it } from '@jest/globals';
import { aggregate, compareCycles, needsDiscussion, roundScore, statistics } from '../../src';

describe('consensus statistics', () => {
  it('computes n, mean, median, min, max and spread (hand-worked: 20, 40, 45, 75)', () => {
    expect(statistics([75, 20, 45, 40])).toEqual({
      n: 4,
      mean: 45,
      median: 42.5,
      min: 20,
      max: 75,
      spread: 55,
    });
    expect(statistics([30, 50, 40])).toEqual({ n: 3, mean: 40, median: 40, min: 30, max: 50, spread: 20 });
    expect(statistics([])).toBeNull();
  });

  it('flags a spread above the limit (default 30 points) for discussion', () => {
    expect(needsDiscussion(statistics([20, 51]))).toBe(true);
    expect(needsDiscussion(statistics([20, 50]))).toBe(false);
    expect(needsDiscussion(statistics([20, 50]), 25)).toBe(true);
    expect(needsDiscussion(statistics([90]))).toBe(false);
    expect(() => needsDiscussion(statistics([1, 2]), -5)).toThrow(RangeError);
  });

  it('rounds for display to one decimal', () => {
    expect(roundScore(43.75)).toBe(43.8);
    expect(roundScore(52.25)).toBe(52.3);
  });
});

describe('criterion and overall scores', () => {
  it('weighs subcriteria equally within a criterion and criteria equally overall (hand-worked)', () => {
    // Criterion 1: (40 + 60 + 50 + 70) / 4 = 55; criterion 6: (30 + 50) / 2 = 40. Others unscored.
    const results = aggregate({ '1.1': 40, '1.2': 60, '1.3': 50, '1.4': 70, '6.1': 30, '6.2': 50 });
    expect(results.criteria[0]).toEqual({ number: 1, kind: 'enabler', score: 55, scored: 4, total: 4 });
    expect(results.criteria[5]).toMatchObject({ number: 6, score: 40 });
    expect(results.criteria[3]).toMatchObject({ number: 4, score: null, scored: 0, total: 6 });
    expect(results.enablers).toBe(55);
    expect(results.results).toBe(40);
    expect(results.overall).toBe(47.5);
    expect(results.complete).toBe(false);
  });

  it('is complete only when all 28 subcriteria are scored', () => {
    const all = Object.fromEntries(
      [
        '1.1',
        '1.2',
        '1.3',
        '1.4',
        '2.1',
        '2.2',
        '2.3',
        '2.4',
        '3.1',
        '3.2',
        '3.3',
        '4.1',
        '4.2',
        '4.3',
        '4.4',
        '4.5',
        '4.6',
        '5.1',
        '5.2',
        '5.3',
        '6.1',
        '6.2',
        '7.1',
        '7.2',
        '8.1',
        '8.2',
        '9.1',
        '9.2',
      ].map((code) => [code, 50]),
    );
    const results = aggregate(all);
    expect(results.complete).toBe(true);
    expect(results.overall).toBe(50);
  });
});

describe('comparison with the previous cycle', () => {
  it('gives the delta per subcriterion, null where a cycle has no score', () => {
    const changes = compareCycles({ '1.1': 55, '1.2': 40 }, { '1.1': 40, '1.3': 20 });
    expect(changes).toHaveLength(28);
    expect(changes[0]).toEqual({ code: '1.1', current: 55, previous: 40, delta: 15 });
    expect(changes[1]).toEqual({ code: '1.2', current: 40, previous: null, delta: null });
    expect(changes[2]).toEqual({ code: '1.3', current: null, previous: 20, delta: null });
  });
});
