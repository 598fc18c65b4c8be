import { describe, expect, it } from '@jest/globals';
import { isMeasureOverdue, isSincePrevious, measureCountsByCriterion } from '../../src/caf/measure-loop';

const previous = { id: 1, endDate: '2024-12-13' };
const current = { id: 2, endDate: '2026-12-15' };

describe('measures since the previous cycle', () => {
  it('takes the previous plan’s measures and other origins’ that fell due in between', () => {
    const seen = (cycleId: number | null, subcriterionCode: string | null, deadline: string) =>
      isSincePrevious({ cycleId, subcriterionCode, deadline }, previous, current);
    expect(seen(1, '3.2', '2025-06-30')).toBe(true);
    expect(seen(null, '3.2', '2025-06-30')).toBe(true);
    // Due before the previous cycle ended, or after this one: not since the previous cycle.
    expect(seen(null, '3.2', '2024-12-13')).toBe(false);
    expect(seen(null, '3.2', '2027-01-31')).toBe(false);
    // This cycle's own plan, an older cycle's plan, a measure naming no subcriterion.
    expect(seen(2, '3.2', '2026-06-30')).toBe(false);
    expect(seen(7, '3.2', '2025-06-30')).toBe(false);
    expect(seen(1, null, '2025-06-30')).toBe(false);
  });

  it('calls overdue only an open measure past its deadline', () => {
    expect(isMeasureOverdue('inProgress', '2026-11-30', '2026-12-01')).toBe(true);
    expect(isMeasureOverdue('inProgress', '2026-12-01', '2026-12-01')).toBe(false);
    expect(isMeasureOverdue('closed', '2026-11-30', '2026-12-01')).toBe(false);
    expect(isMeasureOverdue('cancelled', '2026-11-30', '2026-12-01')).toBe(false);
  });
});

describe('a plan counted per criterion', () => {
  it('lists all nine criteria: planned without the cancelled, done, effective', () => {
    const counts = measureCountsByCriterion([
      { status: 'closed', effective: true, criterion: 3 },
      { status: 'effectivenessCheck', effective: null, criterion: 3 },
      { status: 'inProgress', effective: false, criterion: 3 },
      { status: 'cancelled', effective: null, criterion: 3 },
      { status: 'proposed', effective: null, criterion: 6 },
      { status: 'proposed', effective: null, criterion: null },
    ]);
    expect(counts.map((row) => row.criterion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(counts[2]).toEqual({ criterion: 3, planned: 3, done: 2, effective: 1 });
    expect(counts[5]).toEqual({ criterion: 6, planned: 1, done: 0, effective: 0 });
    expect(counts[0]).toEqual({ criterion: 1, planned: 0, done: 0, effective: 0 });
  });
});
