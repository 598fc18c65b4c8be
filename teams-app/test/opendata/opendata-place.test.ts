import { describe, expect, it } from '@jest/globals';
import { areaHome, areaOfPlace, placeFromPath, placePath, type TabPlace } from '@kvalita/core';

describe('open data places in the tab', () => {
  it('writes the overview and a dataset’s preview as paths and reads them back', () => {
    const places: readonly [TabPlace, string][] = [
      [{ kind: 'opendata', datasetKey: null }, 'opendata'],
      [{ kind: 'opendata', datasetKey: 'cafResults' }, 'opendata/cafResults'],
      [{ kind: 'opendata', datasetKey: 'feedbackOffice' }, 'opendata/feedbackOffice'],
    ];
    for (const [place, path] of places) {
      expect(placePath(place)).toBe(path);
      expect(placeFromPath(path)).toEqual(place);
      expect(areaOfPlace(place)).toBe('opendata');
    }
    expect(placeFromPath('#/opendata/')).toEqual({ kind: 'opendata', datasetKey: null });
    expect(areaHome('opendata')).toEqual({ kind: 'opendata', datasetKey: null });
  });

  it('names no place for a dataset Kvalita does not publish or a path beyond the preview', () => {
    for (const path of [
      'opendata/unknown',
      'opendata/cafresults',
      'opendata/cafResults/preview',
      'opendata/__proto__',
      'opendata/toString',
    ])
      expect(placeFromPath(path)).toBeNull();
  });
});
