import { describe, expect, it } from '@jest/globals';
import { mergeTexts, proposeConsensus, wholeMedian, type SubcriterionScoreInput } from '../../src';

const texts = { strengths: '', areasForImprovement: '', improvementIdeas: '' };
const enabler = (plan: number, doing: number, check: number, act: number): SubcriterionScoreInput => ({
  method: 'fineTuned',
  plan,
  do: doing,
  check,
  act,
});

describe('the consensus proposal', () => {
  it('takes the middle value of an odd count and the rounded mean of the two middle ones of an even count', () => {
    expect(wholeMedian([70, 20, 45])).toBe(45);
    // 40 and 45 → 42.5 → 43: a score is a whole number of points.
    expect(wholeMedian([75, 20, 45, 40])).toBe(43);
    expect(wholeMedian([30, 50])).toBe(40);
    expect(wholeMedian([])).toBeNull();
  });

  it('proposes the team’s median of each fine-tuned dimension (hand-worked)', () => {
    const members = [
      { ...texts, input: enabler(60, 40, 20, 10) },
      { ...texts, input: enabler(80, 50, 30, 20) },
      { ...texts, input: enabler(70, 45, 25, 35) },
    ];
    expect(proposeConsensus('fineTuned', 'enabler', members).input).toEqual({
      method: 'fineTuned',
      plan: 70,
      do: 45,
      check: 25,
      act: 20,
    });
    const results = [
      { ...texts, input: { method: 'fineTuned', trends: 30, targets: 51 } as const },
      { ...texts, input: { method: 'fineTuned', trends: 60, targets: 40 } as const },
    ];
    // Trends (30 + 60) / 2 = 45; targets (40 + 51) / 2 = 45.5 → 46.
    expect(proposeConsensus('fineTuned', 'result', results).input).toEqual({
      method: 'fineTuned',
      trends: 45,
      targets: 46,
    });
  });

  it('proposes the median score in the classical method, and nothing without scores', () => {
    const members = [
      { ...texts, input: { method: 'classical', score: 50 } as const },
      { ...texts, input: { method: 'classical', score: 90 } as const },
      { ...texts, input: null },
    ];
    expect(proposeConsensus('classical', 'enabler', members).input).toEqual({
      method: 'classical',
      score: 70,
    });
    expect(proposeConsensus('classical', 'enabler', [{ ...texts, input: null }]).input).toBeNull();
    expect(proposeConsensus('fineTuned', 'result', []).input).toBeNull();
  });

  it('merges the members’ texts as paragraphs: trimmed, empty skipped, repeats once', () => {
    const proposal = proposeConsensus('classical', 'enabler', [
      { input: null, strengths: '  Jasná vize \n', areasForImprovement: '', improvementIdeas: 'Anketa' },
      { input: null, strengths: 'Porady vedení', areasForImprovement: '   ', improvementIdeas: '' },
      { input: null, strengths: 'jasná  vize', areasForImprovement: 'Chybí měření', improvementIdeas: '' },
    ]);
    expect(proposal.strengths).toBe('Jasná vize\n\nPorady vedení');
    expect(proposal.areasForImprovement).toBe('Chybí měření');
    expect(proposal.improvementIdeas).toBe('Anketa');
    expect(proposal.leftOut).toEqual({ strengths: 0, areasForImprovement: 0, improvementIdeas: 0 });
  });

  it('ends a merged text at the last whole paragraph within the limit and counts what is left out', () => {
    const long = 'a'.repeat(1500);
    const merged = mergeTexts([`${long}1`, `${long}2`, `${long}3`, 'krátký'], 4000);
    expect(merged.text).toBe(`${long}1\n\n${long}2`);
    expect(merged.text.length).toBeLessThanOrEqual(4000);
    expect(merged.leftOut).toBe(2);
    // The service's own limit applies by default.
    const proposal = proposeConsensus('classical', 'enabler', [
      { ...texts, input: null, strengths: 'x'.repeat(4000) },
      { ...texts, input: null, strengths: 'y' },
    ]);
    expect(proposal.strengths).toBe('x'.repeat(4000));
    expect(proposal.leftOut.strengths).toBe(1);
  });
});
