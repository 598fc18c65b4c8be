import { describe, expect, it } from '@jest/globals';
import { cycleOfResultsPageId, cycleResultsPageId } from '../../src';

describe('links into a cycle’s results', () => {
  it('names a cycle’s results page and reads it back, and nothing else', () => {
    expect(cycleResultsPageId(7)).toBe('cycle-7-results');
    expect(cycleOfResultsPageId(cycleResultsPageId(7))).toBe(7);
    expect(cycleOfResultsPageId(null)).toBeNull();
    expect(cycleOfResultsPageId('cycle-0-results')).toBeNull();
    expect(cycleOfResultsPageId('cycle-7-results-x')).toBeNull();
    expect(cycleOfResultsPageId('survey-7')).toBeNull();
  });
});
