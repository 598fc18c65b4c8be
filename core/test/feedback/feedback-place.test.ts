import { describe, expect, it } from '@jest/globals';
import { areaHome, areaOfPlace, placeFromPath, placePath, type FeedbackView, type TabPlace } from '../../src';

const feedback = (view: FeedbackView): TabPlace => ({ kind: 'feedback', view });

const PLACES: readonly [TabPlace, string][] = [
  [feedback({ page: 'mine' }), 'feedback'],
  [feedback({ page: 'myData' }), 'feedback/my-data'],
  [feedback({ page: 'models' }), 'feedback/models'],
  [feedback({ page: 'model', modelId: null }), 'feedback/models/new'],
  [feedback({ page: 'model', modelId: 12 }), 'feedback/models/12'],
  [feedback({ page: 'cycles' }), 'feedback/cycles'],
  [feedback({ page: 'newCycle' }), 'feedback/cycles/new'],
  [feedback({ page: 'cycle', cycleId: 7, section: 'overview' }), 'feedback/cycles/7'],
  [feedback({ page: 'cycle', cycleId: 7, section: 'edit' }), 'feedback/cycles/7/edit'],
  [feedback({ page: 'cycle', cycleId: 7, section: 'load' }), 'feedback/cycles/7/load'],
  [feedback({ page: 'cycle', cycleId: 7, section: 'release' }), 'feedback/cycles/7/release'],
  [feedback({ page: 'nominations', cycleId: 7, subjectId: 31 }), 'feedback/cycles/7/nominations/31'],
  [feedback({ page: 'report', cycleId: 7, subjectId: 31 }), 'feedback/cycles/7/reports/31'],
  [feedback({ page: 'organisation', cycleId: null }), 'feedback/organisation'],
  [feedback({ page: 'organisation', cycleId: 7 }), 'feedback/organisation/7'],
];

describe('the 360 feedback pages as tab places', () => {
  it.each(PLACES)('writes %j as "%s" and reads it back, in the feedback area', (place, path) => {
    expect(placePath(place)).toBe(path);
    expect(placeFromPath(path)).toEqual(place);
    expect(placeFromPath(`#/${path}/`)).toEqual(place);
    expect(areaOfPlace(place)).toBe('feedback');
  });

  it('opens the person’s own page as the area’s first page', () => {
    expect(areaHome('feedback')).toEqual(feedback({ page: 'mine' }));
  });

  it.each([
    'feedback/models/0',
    'feedback/models/new/edit',
    'feedback/cycles/7/overview',
    'feedback/cycles/7/unknown',
    'feedback/cycles/x',
    'feedback/cycles/7/nominations',
    'feedback/cycles/7/reports/abc',
    'feedback/cycles/7/nominations/31/more',
    'feedback/organisation/0',
    'feedback/my-data/1',
    'feedback/elsewhere',
  ])('opens no page for the mistyped "%s"', (path) => {
    expect(placeFromPath(path)).toBeNull();
  });
});
