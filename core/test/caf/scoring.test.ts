import { describe, expect, it } from '@jest/globals';
import { CAF_STEPS, PANELS, bandOf, classicalPanel, subcriterionScore } from '../../src';
import { ScoreError, parseScore } from '../../src/schemas';

describe('classical scoring', () => {
  it('reads a score against the PDCA panel for enablers and the results panel for results', () => {
    expect(bandOf(classicalPanel('enabler'), 45).description.en.text).toBe(
      'DO: the approach is being carried out',
    );
    expect(bandOf(classicalPanel('enabler'), 51).description.cs.text).toMatch(/^CHECK/);
    expect(bandOf(classicalPanel('result'), 10).description.en.text).toBe(
      'No results measured or no information',
    );
    expect(bandOf(classicalPanel('result'), 91).description.en.text).toMatch(/^Excellent, sustained results/);
  });

  it('takes the classical score as the subcriterion score', () => {
    expect(subcriterionScore(parseScore('classical', 'enabler', { method: 'classical', score: 65 }))).toBe(
      65,
    );
  });

  it('has six contiguous bands covering 0–100 in every panel', () => {
    for (const bands of Object.values(PANELS)) {
      expect(bands.map((band) => [band.min, band.max])).toEqual([
        [0, 10],
        [11, 30],
        [31, 50],
        [51, 70],
        [71, 90],
        [91, 100],
      ]);
    }
  });
});

describe('fine-tuned scoring (hand-worked examples)', () => {
  it('averages PLAN, DO, CHECK and ACT for an enabler: (70 + 55 + 30 + 20) / 4 = 43.75', () => {
    const score = parseScore('fineTuned', 'enabler', {
      method: 'fineTuned',
      plan: 70,
      do: 55,
      check: 30,
      act: 20,
    });
    expect(subcriterionScore(score)).toBe(43.75);
    expect(bandOf(PANELS.classicalEnabler, subcriterionScore(score)).min).toBe(31);
  });

  it('averages TRENDS and TARGETS for a result: (60 + 45) / 2 = 52.5', () => {
    const score = parseScore('fineTuned', 'result', { method: 'fineTuned', trends: 60, targets: 45 });
    expect(subcriterionScore(score)).toBe(52.5);
  });

  it('puts a fractional mean in the band it rounds into (30.5 → 31–50)', () => {
    expect(bandOf(PANELS.evidence, 30.5).min).toBe(31);
    expect(bandOf(PANELS.evidence, 30.4).min).toBe(11);
  });
});

describe('refusing bad scores', () => {
  it.each([
    ['above 100', 'classical', 'enabler', { method: 'classical', score: 101 }, /at most 100/],
    ['below 0', 'classical', 'result', { method: 'classical', score: -1 }, /at least 0/],
    ['a fraction', 'classical', 'enabler', { method: 'classical', score: 50.5 }, /whole number/],
    ['text', 'classical', 'enabler', { method: 'classical', score: '50' }, /must be a number/],
    ['a missing ACT', 'fineTuned', 'enabler', { method: 'fineTuned', plan: 1, do: 2, check: 3 }, /act/],
    [
      'result fields on an enabler',
      'fineTuned',
      'enabler',
      { method: 'fineTuned', trends: 1, targets: 2 },
      /plan/,
    ],
    [
      'an unknown field',
      'classical',
      'enabler',
      { method: 'classical', score: 5, bonus: 10 },
      /bonus|Unrecognized/i,
    ],
    ['NaN', 'fineTuned', 'result', { method: 'fineTuned', trends: Number.NaN, targets: 2 }, /trends/],
  ] as const)('refuses %s with a clear message', (_name, method, kind, input, message) => {
    expect(() => parseScore(method, kind, input)).toThrow(ScoreError);
    expect(() => parseScore(method, kind, input)).toThrow(message);
  });
});

describe('the 10 steps', () => {
  it('runs 10 steps in 3 phases plus the optional external feedback', () => {
    expect(CAF_STEPS.filter((step) => !step.optional).map((step) => step.phase)).toEqual([
      1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
    ]);
    expect(CAF_STEPS.filter((step) => step.optional).map((step) => step.phase)).toEqual([4]);
    expect(CAF_STEPS[4]?.title.cs.text).toBe(
      'Provést sebehodnocení: nejprve jednotlivě, poté konsenzus ve skupině',
    );
  });
});
