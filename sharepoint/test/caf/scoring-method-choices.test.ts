import { describe, expect, it } from '@jest/globals';
import { assessmentCyclesList } from '../../src/caf/lists/assessment-cycles';
import { choiceColumn } from '../../src/platform/schema/types';

describe('scoring method choices', () => {
  const methods = choiceColumn(assessmentCyclesList, 'ScoringMethod');

  it('are stored under the glossary’s names of the methods', () => {
    expect(methods.label('classical')).toBe('Klasické hodnocení');
    expect(methods.label('fineTuned')).toBe('Jemné hodnocení');
  });

  it('still read a cycle stored under the former names as the same method, not as the default', () => {
    expect(methods.code('Jemně laděný')).toBe('fineTuned');
    expect(methods.code('Klasický')).toBe('classical');
    expect(methods.code('Jemné hodnocení')).toBe('fineTuned');
    expect(methods.code('něco jiného')).toBeNull();
  });
});
