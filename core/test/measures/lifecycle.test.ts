import { describe, expect, it } from '@jest/globals';
import {
  MEASURE_ACTIONS,
  MEASURE_STATUSES,
  checkEffectivenessOutcome,
  editRefusal,
  lifecycleAllows,
  progressRefusal,
  transitionRefusal,
  type MeasureLifecycleFacts,
  type MeasureStatus,
} from '../../src';

const facts = (
  status: MeasureStatus,
  changes: Partial<MeasureLifecycleFacts> = {},
): MeasureLifecycleFacts => ({
  status,
  effectivenessCriterion: 'Under 2 complaints about waiting a month',
  checkDate: '2027-06-30',
  steps: [
    { key: 's1', done: true },
    { key: 's2', done: true },
  ],
  ...changes,
});

describe('the measure lifecycle', () => {
  it('allows each action in exactly its statuses', () => {
    const allowed = Object.fromEntries(
      MEASURE_STATUSES.map((status) => [
        status,
        MEASURE_ACTIONS.filter((action) => lifecycleAllows(status, action)),
      ]),
    );
    expect(allowed).toEqual({
      proposed: ['edit', 'approve', 'cancel'],
      approved: ['edit', 'start', 'reportProgress', 'cancel'],
      inProgress: ['edit', 'reportProgress', 'requestCheck', 'cancel'],
      effectivenessCheck: ['edit', 'checkEffectiveness', 'cancel'],
      closed: [],
      cancelled: [],
    });
  });

  it('approves only a proposed measure and starts only an approved one', () => {
    expect(transitionRefusal(facts('proposed'), 'approve', '')).toBeNull();
    for (const status of ['approved', 'inProgress', 'effectivenessCheck', 'closed', 'cancelled'] as const)
      expect(transitionRefusal(facts(status), 'approve', '')).toEqual({
        kind: 'notInStatus',
        action: 'approve',
      });
    expect(transitionRefusal(facts('approved'), 'start', '')).toBeNull();
    for (const status of ['proposed', 'inProgress', 'effectivenessCheck', 'closed', 'cancelled'] as const)
      expect(transitionRefusal(facts(status), 'start', '')).toEqual({ kind: 'notInStatus', action: 'start' });
  });

  it('asks for the effectiveness check only in progress, with a criterion, a check date and the steps done', () => {
    expect(transitionRefusal(facts('inProgress'), 'requestCheck', '')).toBeNull();
    for (const status of ['proposed', 'approved', 'effectivenessCheck', 'closed', 'cancelled'] as const)
      expect(transitionRefusal(facts(status), 'requestCheck', '')?.kind).toBe('notInStatus');
    expect(
      transitionRefusal(facts('inProgress', { effectivenessCriterion: '  ' }), 'requestCheck', '')?.kind,
    ).toBe('noCriterion');
    expect(transitionRefusal(facts('inProgress', { checkDate: null }), 'requestCheck', '')?.kind).toBe(
      'noCheckDate',
    );
    const open = facts('inProgress', { steps: [{ key: 's1', done: false }] });
    expect(transitionRefusal(open, 'requestCheck', ' ')?.kind).toBe('stepsOpen');
    // An explicit decision: the reason says why the open step is left.
    expect(transitionRefusal(open, 'requestCheck', 'The last step is not needed any more')).toBeNull();
  });

  it('cancels from any open status with a reason, never a closed or cancelled one', () => {
    for (const status of ['proposed', 'approved', 'inProgress', 'effectivenessCheck'] as const) {
      expect(transitionRefusal(facts(status), 'cancel', 'Replaced by measure 12')).toBeNull();
      expect(transitionRefusal(facts(status), 'cancel', '  ')?.kind).toBe('reasonRequired');
    }
    expect(transitionRefusal(facts('closed'), 'cancel', 'x')?.kind).toBe('notInStatus');
    expect(transitionRefusal(facts('cancelled'), 'cancel', 'x')?.kind).toBe('notInStatus');
  });

  it('edits only while not closed or cancelled', () => {
    for (const status of ['proposed', 'approved', 'inProgress', 'effectivenessCheck'] as const)
      expect(editRefusal(facts(status))).toBeNull();
    expect(editRefusal(facts('closed'))).toEqual({ kind: 'notInStatus', action: 'edit' });
    expect(editRefusal(facts('cancelled'))).toEqual({ kind: 'notInStatus', action: 'edit' });
  });

  it('takes progress only while approved or in progress, and only for the measure’s own steps', () => {
    expect(progressRefusal(facts('approved'), [])).toBeNull();
    expect(progressRefusal(facts('inProgress'), ['s1', 's2'])).toBeNull();
    for (const status of ['proposed', 'effectivenessCheck', 'closed', 'cancelled'] as const)
      expect(progressRefusal(facts(status), [])).toEqual({ kind: 'notInStatus', action: 'reportProgress' });
    expect(progressRefusal(facts('inProgress'), ['s9'])).toEqual({
      kind: 'unknownStep',
      action: 'reportProgress',
    });
  });

  it('closes an effective measure and reopens one that is not, with a new deadline', () => {
    const checked = { status: 'effectivenessCheck' as const, reopenedCount: 1, deadline: '2026-12-31' };
    expect(checkEffectivenessOutcome(checked, { effective: true, newDeadline: null }, '2027-01-15')).toEqual({
      status: 'closed',
      phase: 'act',
      effective: true,
      reopenedCount: 1,
      deadline: '2026-12-31',
      closedOn: '2027-01-15',
      update: 'checkedEffective',
    });
    expect(
      checkEffectivenessOutcome(checked, { effective: false, newDeadline: '2027-03-31' }, '2027-01-15'),
    ).toEqual({
      status: 'inProgress',
      phase: 'act',
      effective: false,
      reopenedCount: 2,
      deadline: '2027-03-31',
      closedOn: null,
      update: 'checkedNotEffective',
    });
    // Today is still a possible deadline; yesterday is not.
    expect(
      checkEffectivenessOutcome(checked, { effective: false, newDeadline: '2027-01-15' }, '2027-01-15'),
    ).toMatchObject({
      status: 'inProgress',
    });
    expect(
      checkEffectivenessOutcome(checked, { effective: false, newDeadline: '2027-01-14' }, '2027-01-15'),
    ).toEqual({
      kind: 'newDeadlinePast',
      action: 'checkEffectiveness',
    });
    expect(checkEffectivenessOutcome(checked, { effective: false, newDeadline: null }, '2027-01-15')).toEqual(
      {
        kind: 'newDeadlineRequired',
        action: 'checkEffectiveness',
      },
    );
    for (const status of ['proposed', 'approved', 'inProgress', 'closed', 'cancelled'] as const)
      expect(
        checkEffectivenessOutcome(
          { ...checked, status },
          { effective: true, newDeadline: null },
          '2027-01-15',
        ),
      ).toEqual({ kind: 'notInStatus', action: 'checkEffectiveness' });
  });
});
