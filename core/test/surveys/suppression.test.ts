import { describe, expect, it } from '@jest/globals';
import {
  average,
  distribution,
  enps,
  groupThreshold,
  mayShowTextAnswers,
  responseRate,
  suppressGroups,
} from '../../src';

describe('small-group suppression (hand-made office data)', () => {
  it('shows every group of at least five', () => {
    expect(
      suppressGroups([
        { key: 'OSV', respondents: 12 },
        { key: 'OD', respondents: 7 },
        { key: 'OV', respondents: 5 },
      ]),
    ).toEqual({
      visible: ['OSV', 'OD', 'OV'],
      hidden: [],
      totalVisible: true,
    });
  });

  it('hides a small group and, so it cannot be computed as total minus the others, the next smallest too', () => {
    // OE has 3 answers: hidden. Shown alone it would be total (26) − 12 − 7 − 4 … so OV (4) must go too,
    // and 3 + 4 = 7 ≥ 5, so the rest stay visible.
    const result = suppressGroups([
      { key: 'OSV', respondents: 12 },
      { key: 'OD', respondents: 7 },
      { key: 'OV', respondents: 4 },
      { key: 'OE', respondents: 3 },
    ]);
    expect(result.hidden).toEqual(['OV', 'OE']);
    expect(result.visible).toEqual(['OSV', 'OD']);
  });

  it('hides one more group when a single small group remains hidden', () => {
    const result = suppressGroups([
      { key: 'OSV', respondents: 12 },
      { key: 'OD', respondents: 9 },
      { key: 'OV', respondents: 6 },
      { key: 'KT', respondents: 2 },
    ]);
    expect(result.hidden).toEqual(['OV', 'KT']);
    expect(result.visible).toEqual(['OSV', 'OD']);
  });

  it('keeps hiding until the hidden groups together reach the threshold', () => {
    const result = suppressGroups(
      [
        { key: 'A', respondents: 1 },
        { key: 'B', respondents: 1 },
        { key: 'C', respondents: 6 },
        { key: 'D', respondents: 20 },
      ],
      5,
    );
    expect(result.hidden).toEqual(['A', 'B', 'C']);
    expect(result.visible).toEqual(['D']);
  });

  it('shows nothing, not even the total, when the whole population is below the threshold', () => {
    expect(
      suppressGroups([
        { key: 'KT', respondents: 2 },
        { key: 'OE', respondents: 2 },
      ]),
    ).toEqual({
      visible: [],
      hidden: ['KT', 'OE'],
      totalVisible: false,
    });
  });

  it('never lets the threshold go below 3', () => {
    expect(groupThreshold(undefined)).toBe(5);
    expect(groupThreshold(8)).toBe(8);
    expect(() => groupThreshold(2)).toThrow(RangeError);
    expect(() => groupThreshold(4.5)).toThrow(RangeError);
    expect(() => suppressGroups([{ key: 'A', respondents: 10 }], 1)).toThrow(RangeError);
  });

  it('shows text answers only from ten respondents on', () => {
    expect(mayShowTextAnswers(9)).toBe(false);
    expect(mayShowTextAnswers(10)).toBe(true);
    expect(mayShowTextAnswers(12, 15)).toBe(false);
  });
});

describe('survey aggregates', () => {
  it('counts a 1–5 distribution and ignores values off the scale', () => {
    expect(distribution([1, 5, 5, 4, 9, 0], [1, 2, 3, 4, 5])).toEqual({ 1: 1, 2: 0, 3: 0, 4: 1, 5: 2 });
    expect(average([4, 5, 3])).toBe(4);
    expect(average([])).toBeNull();
  });

  it('computes eNPS: 4 promoters, 3 passives, 3 detractors of 10 → +10', () => {
    expect(enps([10, 9, 9, 10, 8, 7, 8, 6, 0, 5])).toBe(10);
    expect(enps([])).toBeNull();
    expect(enps([0, 1, 2])).toBe(-100);
  });

  it('computes the response rate', () => {
    expect(responseRate(42, 60)).toBe(0.7);
    expect(responseRate(0, 0)).toBeNull();
  });
});
