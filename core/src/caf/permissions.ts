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
  /** Add people to the CAF team: the quality manager, and heads of department who nominate. */
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
