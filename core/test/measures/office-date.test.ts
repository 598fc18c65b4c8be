import { describe, expect, it } from '@jest/globals';
import { addDays, isCalendarDate, officeDate } from '../../src';

describe('the office’s calendar', () => {
  it('takes today in Prague, not in UTC', () => {
    expect(officeDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(officeDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(officeDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('knows which dates exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '20260101',
      '0001-01-01',
      '',
    ])
      expect(isCalendarDate(bad)).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
