import type { Role } from '../platform/contract';
import type { CycleStatus, TeamRole } from './contract';

/** Everything the rules need to know about who asks, in which cycle. */
export interface CycleActor {
  readonly roles: readonly Role[];
  /** The actor's place in this cycle's CAF team, or null if not on it. */
  readonly teamRole: TeamRole | null;
  /** Whether the actor has submitted their own individual scores in this cycle. */
  readonly hasSubmitted: boolean;
}

export interface CyclePermissions {
  readonly manageCycle: boolean;
  /**
   * Add people to the CAF team: the quality manager, and heads of department who nominate (whom
   * each may add: `teamChangeRefusal`).
   */
  readonly nominateTeam: boolean;
  readonly scoreIndividually: boolean;
  /** See every member's individual scores (with names). */
  readonly seeAllIndividualScores: boolean;
  /** See the team's scores without names, after submitting one's own (no anchoring before). */
  readonly seeTeamScoresAnonymously: boolean;
  readonly setConsensus: boolean;
  readonly approveReport: boolean;
  /** Export the self-assessment report (.docx): who answers for it. */
  readonly downloadReport: boolean;
  readonly createMeasures: boolean;
  readonly seeResults: boolean;
}

/**
 * The role matrix of a CAF cycle, enforced by the app service (never only hidden in the tab).
 * Only team members score; only the leader and the quality manager see all individual scores;
 * only the leader sets consensus; only the director approves; a closed cycle is read-only.
 */
export function cyclePermissions(actor: CycleActor, status: CycleStatus): CyclePermissions {
  const open = status !== 'closed';
  const qualityManager = actor.roles.includes('qualityManager');
  const leader = actor.teamRole === 'leader';
  const onTeam = actor.teamRole !== null;
  // No anchoring: whoever still scores (the leader, a quality manager on the team) sees nobody
  // else's individual scores until their own are submitted.
  const stillScoring = stillScoresIndividually(actor, status);
  return {
    manageCycle: open && qualityManager,
    nominateTeam: open && (qualityManager || actor.roles.includes('headOfDepartment')),
    scoreIndividually: stillScoring,
    seeAllIndividualScores: (leader || qualityManager) && !stillScoring,
    seeTeamScoresAnonymously: (leader || qualityManager || (onTeam && actor.hasSubmitted)) && !stillScoring,
    setConsensus: open && leader && (status === 'scoring' || status === 'consensus'),
    approveReport: open && actor.roles.includes('director') && status === 'report',
    downloadReport: leader || qualityManager || actor.roles.includes('director'),
    createMeasures: open && (qualityManager || leader || actor.roles.includes('headOfDepartment')),
    seeResults: true,
  };
}

/** A team member who may still score in this cycle: in scoring, not submitted yet. */
export function stillScoresIndividually(actor: CycleActor, status: CycleStatus): boolean {
  return status === 'scoring' && actor.teamRole !== null && !actor.hasSubmitted;
}

/** Starting a cycle is the quality manager's, who coordinates the self-assessment. */
export function mayCreateCycle(roles: readonly Role[]): boolean {
  return roles.includes('qualityManager');
}

/** The consensus board opens for whoever may see the team's scores, with names or without. */
export function mayOpenConsensus(
  permissions: Pick<CyclePermissions, 'seeAllIndividualScores' | 'seeTeamScoresAnonymously'>,
): boolean {
  return permissions.seeAllIndividualScores || permissions.seeTeamScoresAnonymously;
}

/** Who changes a cycle's team: their roles and the departments whose people they may nominate. */
export interface TeamActor {
  readonly roles: readonly Role[];
  /**
   * The person's department in the office directory with the sections under it
   * (`departmentWithSections`); empty when the directory gives them none.
   */
  readonly departmentCodes: readonly string[];
}

/** Adding someone to the team in a role (removing stays the quality manager's: `manageCycle`). */
export interface TeamChange {
  readonly role: TeamRole;
  /** The department of the person added, from the office directory; null if none. */
  readonly departmentCode: string | null;
}

/** Why a team change is refused; each has its own message (`error.caf.<reason>`) but 'forbidden'. */
export type TeamChangeRefusal = 'forbidden' | 'leaderByQualityManager' | 'noDepartment' | 'otherDepartment';

/**
 * The team's leader sees every individual score with names, so only the quality manager, who
 * coordinates the self-assessment, chooses and changes the leader.
 */
export function mayChooseLeader(roles: readonly Role[]): boolean {
  return roles.includes('qualityManager');
}

/**
 * Who may add whom while the cycle is open: the quality manager anyone in any role; a head of
 * department members (not the leader) of their own department and its sections, never themself as
 * leader nor people of other departments. Null when the change is allowed.
 */
export function teamChangeRefusal(
  actor: TeamActor,
  change: TeamChange,
  status: CycleStatus,
): TeamChangeRefusal | null {
  if (status === 'closed') return 'forbidden';
  if (actor.roles.includes('qualityManager')) return null;
  if (!actor.roles.includes('headOfDepartment')) return 'forbidden';
  if (change.role === 'leader' && !mayChooseLeader(actor.roles)) return 'leaderByQualityManager';
  if (actor.departmentCodes.length === 0) return 'noDepartment';
  if (change.departmentCode === null || !actor.departmentCodes.includes(change.departmentCode))
    return 'otherDepartment';
  return null;
}

/**
 * A department's code with the codes of every section under it (through `parentCode`, however
 * deep): what its head answers for. Empty for null; a loop in the data ends the walk.
 */
export function departmentWithSections(
  code: string | null,
  departments: readonly { readonly code: string; readonly parentCode: string | null }[],
): string[] {
  if (code === null) return [];
  const found = [code];
  for (let index = 0; index < found.length; index++) {
    for (const department of departments)
      if (department.parentCode === found[index] && !found.includes(department.code))
        found.push(department.code);
  }
  return found;
}
