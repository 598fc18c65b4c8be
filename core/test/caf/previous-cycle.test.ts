import { describe, expect, it } from '@jest/globals';
import {
  BaselineRefusedError,
  baselineRefusal,
  comparisonOf,
  eligibleBaselines,
  previousComparableCycle,
  translate,
  type ComparableCycle,
} from '../../src';

const approved = { approvedBy: 'Mgr. Petr Svoboda', approvedAt: '2025-01-20' };
const cycle = (id: number, overrides: Partial<ComparableCycle> = {}): ComparableCycle => ({
  id,
  method: 'classical',
  status: 'closed',
  startDate: '2024-09-02',
  endDate: '2024-12-13',
  scope: { kind: 'office' },
  approval: approved,
  ...overrides,
});
const current = cycle(10, {
  status: 'scoring',
  startDate: '2026-09-01',
  endDate: '2026-12-15',
  approval: null,
});

describe('the previous cycle a cycle is compared with', () => {
  it('is the last closed, approved cycle of the same scope and method that ended before this one', () => {
    const older = cycle(1, { startDate: '2022-09-01', endDate: '2022-12-15' });
    const last = cycle(2);
    expect(previousComparableCycle(current, [older, last, current])?.id).toBe(2);
    expect(previousComparableCycle(current, [last, older])?.id).toBe(2);
  });

  it('never is a cycle still running or one whose report nobody approved, even if it started last', () => {
    const baseline = cycle(1);
    const running = cycle(2, { status: 'improvement', startDate: '2025-09-01', endDate: '2025-12-15' });
    const unapproved = cycle(3, { startDate: '2025-03-01', endDate: '2025-06-30', approval: null });
    expect(previousComparableCycle(current, [baseline, running, unapproved])?.id).toBe(1);
    expect(previousComparableCycle(current, [running, unapproved])).toBeNull();
  });

  it('skips cycles of another scope or method, and treats department scopes as sets', () => {
    const mine = { kind: 'departments', departmentCodes: ['SOC', 'FIN'] } as const;
    const departmental = { ...current, scope: mine };
    const sameDepartments = cycle(1, { scope: { kind: 'departments', departmentCodes: ['FIN', 'SOC'] } });
    const office = cycle(2, { startDate: '2025-09-01', endDate: '2025-12-15' });
    const fewer = cycle(3, {
      startDate: '2025-09-01',
      endDate: '2025-12-15',
      scope: { kind: 'departments', departmentCodes: ['SOC'] },
    });
    const fineTuned = cycle(4, {
      startDate: '2025-09-01',
      endDate: '2025-12-15',
      method: 'fineTuned',
      scope: mine,
    });
    expect(previousComparableCycle(departmental, [sameDepartments, office, fewer, fineTuned])?.id).toBe(1);
    expect(previousComparableCycle(current, [sameDepartments, fineTuned])).toBeNull();
  });

  it('is none for the first cycle, and never a cycle that starts or ends after this one', () => {
    expect(previousComparableCycle(current, [current])).toBeNull();
    const later = cycle(5, { startDate: '2027-09-01', endDate: '2027-12-15' });
    const overlapping = cycle(6, { startDate: '2026-03-01', endDate: '2027-01-31' });
    expect(previousComparableCycle(current, [later, overlapping])).toBeNull();
  });
});

describe('the previous cycle the quality manager chooses', () => {
  const baseline = cycle(1);
  const older = cycle(2, { startDate: '2022-09-01', endDate: '2022-12-15' });
  const otherScope = cycle(3, {
    startDate: '2025-03-01',
    endDate: '2025-06-30',
    scope: { kind: 'departments', departmentCodes: ['OSV'] },
  });
  const all = [older, baseline, otherScope, current];

  it('is the chosen cycle, even of another scope, while it is eligible', () => {
    expect(comparisonOf({ ...current, previousCycleChoice: 2 }, all)).toEqual({
      cycle: older,
      source: 'chosen',
    });
    expect(comparisonOf({ ...current, previousCycleChoice: 3 }, all)).toEqual({
      cycle: otherScope,
      source: 'chosen',
    });
  });

  it('is the default rule without a choice, or when the chosen cycle is no longer eligible or gone', () => {
    expect(comparisonOf(current, all)).toEqual({ cycle: baseline, source: 'default' });
    expect(comparisonOf({ ...current, previousCycleChoice: null }, all)).toEqual({
      cycle: baseline,
      source: 'default',
    });
    // A step back withdrew the chosen cycle's approval; a deleted cycle is not there at all.
    const withdrawn = { ...older, approval: null };
    expect(comparisonOf({ ...current, previousCycleChoice: 2 }, [withdrawn, baseline])).toEqual({
      cycle: baseline,
      source: 'default',
    });
    expect(comparisonOf({ ...current, previousCycleChoice: 99 }, all).cycle).toBe(baseline);
  });

  it('says why there is nothing to compare with', () => {
    expect(comparisonOf(current, [current])).toEqual({ cycle: null, reason: 'noEarlierApproved' });
    expect(comparisonOf(current, [otherScope, current])).toEqual({
      cycle: null,
      reason: 'noSameScopeAndMethod',
    });
  });

  it('may be any closed, approved cycle that started before, the one that started last first', () => {
    const running = cycle(4, { status: 'improvement', startDate: '2025-09-01', endDate: '2025-12-15' });
    const unapproved = cycle(5, { startDate: '2025-01-06', endDate: '2025-02-28', approval: null });
    const later = cycle(6, { startDate: '2027-01-04', endDate: '2027-04-30' });
    expect(
      eligibleBaselines(current, [older, running, baseline, unapproved, later, otherScope, current]).map(
        (eligible) => eligible.id,
      ),
    ).toEqual([3, 1, 2]);
    expect(baselineRefusal(current, current)).toBe('sameCycle');
    expect(baselineRefusal(current, running)).toBe('notClosed');
    expect(baselineRefusal(current, unapproved)).toBe('notApproved');
    expect(baselineRefusal(current, later)).toBe('notEarlier');
    expect(baselineRefusal(current, { ...baseline, startDate: current.startDate })).toBe('notEarlier');
    expect(baselineRefusal(current, otherScope)).toBeNull();
  });

  it('is refused with a sentence of its own in both languages', () => {
    const error = new BaselineRefusedError('notApproved');
    expect(error.code).toBe('conflict');
    expect(translate('cs', error.messageKey)).toBe(
      'Porovnávat lze jen s cyklem, jehož zprávu o sebehodnocení schválil ředitel úřadu.',
    );
    expect(translate('en', error.messageKey)).toContain('approved');
  });
});
