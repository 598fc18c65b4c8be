import { describe, expect, it } from '@jest/globals';
import { canMoveTo, cyclePermissions, mayCreateCycle, mayOpenConsensus, type CycleActor } from '../../src';
import { newCycleSchema } from '../../src/schemas';

const member: CycleActor = { roles: ['employee', 'cafTeamMember'], teamRole: 'member', hasSubmitted: false };
const leader: CycleActor = { roles: ['headOfDepartment'], teamRole: 'leader', hasSubmitted: false };
const qualityManager: CycleActor = { roles: ['qualityManager'], teamRole: null, hasSubmitted: false };
const director: CycleActor = { roles: ['director'], teamRole: null, hasSubmitted: false };
const employee: CycleActor = { roles: ['employee'], teamRole: null, hasSubmitted: false };

describe('CAF role matrix', () => {
  it('lets only team members score, and only while scoring is open and before they submit', () => {
    expect(cyclePermissions(member, 'scoring').scoreIndividually).toBe(true);
    expect(cyclePermissions(leader, 'scoring').scoreIndividually).toBe(true);
    expect(cyclePermissions(qualityManager, 'scoring').scoreIndividually).toBe(false);
    expect(cyclePermissions(employee, 'scoring').scoreIndividually).toBe(false);
    expect(cyclePermissions({ ...member, hasSubmitted: true }, 'scoring').scoreIndividually).toBe(false);
    expect(cyclePermissions(member, 'consensus').scoreIndividually).toBe(false);
  });

  it('shows all individual scores only to the leader and the quality manager; members see the team only after submitting', () => {
    expect(cyclePermissions({ ...leader, hasSubmitted: true }, 'scoring').seeAllIndividualScores).toBe(true);
    expect(cyclePermissions(leader, 'consensus').seeAllIndividualScores).toBe(true);
    expect(cyclePermissions(qualityManager, 'scoring').seeAllIndividualScores).toBe(true);
    expect(cyclePermissions(qualityManager, 'closed').seeAllIndividualScores).toBe(true);
    expect(cyclePermissions(member, 'consensus').seeAllIndividualScores).toBe(false);
    expect(cyclePermissions(director, 'report').seeAllIndividualScores).toBe(false);
    expect(cyclePermissions(member, 'scoring').seeTeamScoresAnonymously).toBe(false);
    expect(cyclePermissions({ ...member, hasSubmitted: true }, 'scoring').seeTeamScoresAnonymously).toBe(
      true,
    );
  });

  it('shows nobody else’s scores to a leader or quality manager who still scores, until they submit (no anchoring)', () => {
    const scoringManager: CycleActor = { ...qualityManager, teamRole: 'member' };
    for (const scorer of [leader, scoringManager]) {
      const before = cyclePermissions(scorer, 'scoring');
      expect([
        before.seeAllIndividualScores,
        before.seeTeamScoresAnonymously,
        mayOpenConsensus(before),
      ]).toEqual([false, false, false]);
      const after = cyclePermissions({ ...scorer, hasSubmitted: true }, 'scoring');
      expect([after.seeAllIndividualScores, after.seeTeamScoresAnonymously]).toEqual([true, true]);
      // Once scoring is over nobody can be anchored any more: the board opens for the consensus.
      expect(mayOpenConsensus(cyclePermissions(scorer, 'consensus'))).toBe(true);
    }
  });

  it('lets only the leader set consensus and only the director approve the report', () => {
    expect(cyclePermissions(leader, 'consensus').setConsensus).toBe(true);
    expect(cyclePermissions(qualityManager, 'consensus').setConsensus).toBe(false);
    expect(cyclePermissions(member, 'consensus').setConsensus).toBe(false);
    expect(cyclePermissions(director, 'report').approveReport).toBe(true);
    expect(cyclePermissions(director, 'consensus').approveReport).toBe(false);
    expect(cyclePermissions(qualityManager, 'report').approveReport).toBe(false);
  });

  it('makes a closed cycle read-only for everyone', () => {
    for (const actor of [member, leader, qualityManager, director, employee]) {
      const permissions = cyclePermissions(actor, 'closed');
      expect(permissions.manageCycle || permissions.scoreIndividually || permissions.setConsensus).toBe(
        false,
      );
      expect(permissions.approveReport || permissions.createMeasures).toBe(false);
      expect(permissions.seeResults).toBe(true);
    }
  });
});

describe('cycle lifecycle and input', () => {
  it('moves forward one status at a time', () => {
    expect(canMoveTo('preparation', 'scoring')).toBe(true);
    expect(canMoveTo('scoring', 'report')).toBe(false);
    expect(canMoveTo('closed', 'preparation')).toBe(false);
  });

  it('parses a new cycle and refuses bad dates, scope and names', () => {
    const valid = {
      name: 'Sebehodnocení CAF 2026',
      method: 'classical',
      startDate: '2026-09-01',
      endDate: '2026-12-15',
      scope: { kind: 'office' },
    };
    expect(newCycleSchema.parse(valid).name).toBe('Sebehodnocení CAF 2026');
    expect(newCycleSchema.safeParse({ ...valid, endDate: '2026-08-01' }).success).toBe(false);
    expect(newCycleSchema.safeParse({ ...valid, startDate: '1. 9. 2026' }).success).toBe(false);
    expect(
      newCycleSchema.safeParse({ ...valid, scope: { kind: 'departments', departmentCodes: [] } }).success,
    ).toBe(false);
    expect(newCycleSchema.safeParse({ ...valid, method: 'guess' }).success).toBe(false);
    expect(newCycleSchema.safeParse({ ...valid, name: '  ' }).success).toBe(false);
  });
});

describe('nominating the team and exporting the report', () => {
  it('lets the quality manager and heads of department nominate, in an open cycle only', () => {
    expect(cyclePermissions(qualityManager, 'preparation').nominateTeam).toBe(true);
    expect(cyclePermissions({ ...employee, roles: ['headOfDepartment'] }, 'scoring').nominateTeam).toBe(true);
    expect(cyclePermissions(member, 'preparation').nominateTeam).toBe(false);
    expect(cyclePermissions(qualityManager, 'closed').nominateTeam).toBe(false);
  });

  it('lets the leader, the quality manager and the director export the report, also after closing', () => {
    expect(cyclePermissions(leader, 'report').downloadReport).toBe(true);
    expect(cyclePermissions(qualityManager, 'closed').downloadReport).toBe(true);
    expect(cyclePermissions(director, 'closed').downloadReport).toBe(true);
    expect(cyclePermissions(member, 'report').downloadReport).toBe(false);
    expect(cyclePermissions(employee, 'report').downloadReport).toBe(false);
  });
});

describe('what the tab hides and the service refuses in CAF', () => {
  it('lets only the quality manager start a cycle', () => {
    expect(mayCreateCycle(['qualityManager'])).toBe(true);
    expect(mayCreateCycle(['employee', 'cafTeamMember', 'qualityManager'])).toBe(true);
    expect(mayCreateCycle(['director'])).toBe(false);
    expect(mayCreateCycle(['headOfDepartment', 'cafTeamMember'])).toBe(false);
    expect(mayCreateCycle([])).toBe(false);
  });

  it('opens the consensus board to the leader and the quality manager, to members once they submitted', () => {
    expect(mayOpenConsensus(cyclePermissions(leader, 'consensus'))).toBe(true);
    expect(mayOpenConsensus(cyclePermissions(qualityManager, 'scoring'))).toBe(true);
    expect(mayOpenConsensus(cyclePermissions(member, 'scoring'))).toBe(false);
    expect(mayOpenConsensus(cyclePermissions({ ...member, hasSubmitted: true }, 'scoring'))).toBe(true);
    expect(mayOpenConsensus(cyclePermissions(director, 'report'))).toBe(false);
    expect(mayOpenConsensus(cyclePermissions(employee, 'consensus'))).toBe(false);
  });
});
