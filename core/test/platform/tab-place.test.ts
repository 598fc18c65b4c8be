import { describe, expect, it } from '@jest/globals';
import { START_PLACE, areaOfPlace, cyclePlace, placeFromPath, placePath, type TabPlace } from '../../src';

const PLACES: readonly [TabPlace, string][] = [
  [START_PLACE, ''],
  [{ kind: 'cycles' }, 'caf'],
  [cyclePlace(7), 'caf/7'],
  [cyclePlace(7, 'results'), 'caf/7/results'],
  [{ kind: 'cycle', cycleId: 7, page: 'scoring', subcriterion: '2.1', measureId: null }, 'caf/7/scoring/2.1'],
  [
    { kind: 'cycle', cycleId: 7, page: 'consensus', subcriterion: '9.2', measureId: null },
    'caf/7/consensus/9.2',
  ],
  [{ kind: 'cycle', cycleId: 7, page: 'plan', subcriterion: null, measureId: 12 }, 'caf/7/plan/measure-12'],
  [{ kind: 'surveys' }, 'surveys'],
  [{ kind: 'newSurvey' }, 'surveys/new'],
  [{ kind: 'survey', surveyKey: 'srv-ab12cd34', page: 'results' }, 'surveys/srv-ab12cd34/results'],
  [{ kind: 'measures', departmentCode: null }, 'measures'],
  [{ kind: 'measures', departmentCode: 'OF-R' }, 'measures/department/OF-R'],
  [{ kind: 'newMeasure' }, 'measures/new'],
  [{ kind: 'measure', measureId: 12, page: 'detail' }, 'measures/12'],
  [{ kind: 'measure', measureId: 12, page: 'edit' }, 'measures/12/edit'],
  [{ kind: 'measuresConfig' }, 'measures/configure'],
  [{ kind: 'documents' }, 'documents'],
  [{ kind: 'newDocument' }, 'documents/new'],
  [{ kind: 'documentsOverview' }, 'documents/overview'],
  [{ kind: 'document', documentId: 4, page: 'detail' }, 'documents/4'],
  [{ kind: 'document', documentId: 4, page: 'edit' }, 'documents/4/edit'],
];

describe('places in the tab as paths', () => {
  it('writes every place as a path and reads the same place back', () => {
    for (const [place, path] of PLACES) {
      expect(placePath(place)).toBe(path);
      expect(placeFromPath(path)).toEqual(place);
    }
  });

  it('reads a URL fragment and a trailing slash as the same place', () => {
    expect(placeFromPath('#/caf/7/scoring/2.1')).toEqual(placeFromPath('caf/7/scoring/2.1'));
    expect(placeFromPath('#caf/7/')).toEqual(cyclePlace(7));
    expect(placeFromPath(null)).toEqual(START_PLACE);
  });

  it('still opens the results from the links chat cards sent before paths', () => {
    expect(placeFromPath('cycle-7-results')).toEqual(cyclePlace(7, 'results'));
  });

  it('names no place for a mistyped, foreign or hostile link', () => {
    for (const path of [
      'caf/0',
      'caf/-1',
      'caf/07',
      'caf/1e3',
      'caf/9999999999',
      'caf/7/overview',
      'caf/7/unknown',
      'caf/7/scoring/10.1',
      'caf/7/results/2.1',
      'caf/7/plan/measure-0',
      'caf/7/scoring/2.1/x',
      'surveys/srv-AB12CD34/results',
      'surveys/srv-ab12cd34',
      'surveys/srv-ab12cd34/delete',
      'caf/7?$filter=x',
      'caf/7/scoring/2.1<script>',
      `caf/${'1'.repeat(300)}`,
      'cycle-0-results',
      'https://evil.example/caf/7',
      'measures/0',
      'measures/12/detail',
      'measures/12/delete',
      'measures/12/edit/x',
      'measures/department',
      'measures/department/a b',
      'measures/department/%E0%A4%A',
      'measures/department/<script>',
      'documents/0',
      'documents/4/detail',
      'documents/4/edit/x',
      'documents/overview/4',
      'documents/SM-01',
    ])
      expect(placeFromPath(path)).toBeNull();
  });

  it('puts each place in its area', () => {
    expect(areaOfPlace(START_PLACE)).toBe('model');
    expect(areaOfPlace(cyclePlace(3, 'plan'))).toBe('selfAssessment');
    expect(areaOfPlace({ kind: 'newSurvey' })).toBe('surveys');
    expect(areaOfPlace({ kind: 'measure', measureId: 3, page: 'edit' })).toBe('measures');
    expect(areaOfPlace({ kind: 'measuresConfig' })).toBe('measures');
    expect(areaOfPlace({ kind: 'documents' })).toBe('documents');
    expect(areaOfPlace({ kind: 'document', documentId: 4, page: 'edit' })).toBe('documents');
    expect(areaOfPlace({ kind: 'documentsOverview' })).toBe('documents');
  });
});
