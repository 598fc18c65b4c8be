import { describe, expect, it } from '@jest/globals';
import { daysBetweenWeeks, isIsoWeek, isoWeekOf, weekEnd, weekStart, weeksOfPeriod } from '../../src';

describe('ISO weeks', () => {
  it('finds the Monday and Sunday of a week, across the turn of the year', () => {
    expect(weekStart('2026-W01')).toBe('2025-12-29');
    expect(weekEnd('2026-W01')).toBe('2026-01-04');
    expect(weekStart('2026-W53')).toBe('2026-12-28');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2026-04-02')).toBe('2026-W14');
  });

  it('refuses weeks the calendar does not have', () => {
    expect(isIsoWeek('2026-W53')).toBe(true);
    expect(isIsoWeek('2027-W53')).toBe(false);
    expect(isIsoWeek('2026-W00')).toBe(false);
    expect(isIsoWeek('2026-14')).toBe(false);
  });

  it('counts days between weeks and lists the weeks of a period', () => {
    expect(daysBetweenWeeks('2026-W10', '2026-W14')).toBe(28);
    expect(daysBetweenWeeks('2026-W14', '2026-W10')).toBe(-28);
    expect(weeksOfPeriod('2026-03-04', '2026-03-16')).toEqual(['2026-W10', '2026-W11', '2026-W12']);
  });
});
