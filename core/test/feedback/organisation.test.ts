import { describe, expect, it } from '@jest/globals';
import { heatMap, officeMeans, type DepartmentReport } from '../../src';

const report = (departmentCode: string | null, mean: number | null): DepartmentReport => ({
  departmentCode,
  report: {
    competencies: [
      {
        groupKey: 'g',
        key: 'komunikace',
        name: 'Komunikace',
        self: { mean: null, ratings: null },
        others: mean === null ? { mean: null, ratings: null } : { mean, ratings: 6 },
        byGroup: {},
        gap: null,
        finding: null,
        behaviours: [],
      },
    ],
  },
});

describe('the organisation view of a 360 cycle', () => {
  it('shows a department with three subjects and hides one with two, naming it', () => {
    const reports = [report('OSV', 4), report('OSV', 3), report('OSV', 2), report('OD', 5), report('OD', 1)];
    const map = heatMap(reports, ['OSV', 'OD'], 3);
    expect(map.cells).toEqual([
      { departmentCode: 'OSV', competencyKey: 'komunikace', mean: 3, subjects: 3 },
      { departmentCode: 'OD', competencyKey: 'komunikace', mean: null, subjects: null },
    ]);
    expect(map.hiddenDepartments).toEqual(['OD']);
  });

  it('does not count subjects whose own "all but self" was hidden', () => {
    const map = heatMap([report('OSV', 4), report('OSV', null), report('OSV', 2)], ['OSV'], 3);
    expect(map.hiddenDepartments).toEqual(['OSV']);
  });

  it('gives office means from enough subjects only', () => {
    expect(
      officeMeans(
        [report(null, 4), report(null, 3), report(null, 2)].map((entry) => entry.report),
        3,
      ),
    ).toEqual({
      komunikace: 3,
    });
    expect(
      officeMeans(
        [report(null, 4), report(null, 3)].map((entry) => entry.report),
        3,
      ),
    ).toEqual({ komunikace: null });
  });
});
