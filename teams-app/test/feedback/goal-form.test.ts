import { describe, expect, it } from '@jest/globals';
import { goalFormOf, goalRequestOf, validateGoal } from '../../src/feedback/report/goal-form';

describe('a development goal’s form', () => {
  it('sends a training with its link, trimmed', () => {
    const values = {
      ...goalFormOf(null, 'smer'),
      text: ' Shrnu priority na poradě. ',
      linkKind: 'training' as const,
      trainingTitle: ' Řízení porad ',
      trainingUrl: 'https://vzdelavani.example/porady',
    };
    expect(validateGoal(values)).toEqual({});
    expect(goalRequestOf(values, null)).toEqual({
      competencyKey: 'smer',
      text: 'Shrnu priority na poradě.',
      dueDate: null,
      link: { kind: 'training', title: 'Řízení porad', url: 'https://vzdelavani.example/porady' },
    });
  });

  it('refuses a link that is not http(s) and a measure that is not a number', () => {
    const base = { ...goalFormOf(null, 'smer'), text: 'Cíl' };
    expect(
      validateGoal({
        ...base,
        linkKind: 'training',
        trainingTitle: 'Kurz',
        trainingUrl: 'javascript:alert(1)',
      })['trainingUrl']?.key,
    ).toBe('tab.feedback.goals.url');
    expect(validateGoal({ ...base, linkKind: 'measure', measureId: '12a' })['measureId']?.key).toBe(
      'tab.feedback.goals.measureNumber',
    );
    expect(goalRequestOf({ ...base, linkKind: 'measure', measureId: '12' }, 'etag-1')).toMatchObject({
      link: { kind: 'measure', measureId: 12 },
      etag: 'etag-1',
    });
  });
});
