import type { MessageKey } from '../i18n/catalogues';
import { DomainError } from '../platform/errors';
import { CYCLE_STATUSES, type CycleStatus, type TeamRole } from './contract';

/*
 * The phase rules of a CAF cycle: what must hold before the cycle moves on, steps back, or has its
 * report approved or returned. Pure functions over the facts storage reads; the service applies
 * them on every request and the tab asks the same questions to say what a move would change.
 */

/** The CAF step a status stands at (steps 1–10; 11 = the journey is complete). */
export const STEP_OF_STATUS: Readonly<Record<CycleStatus, number>> = {
  preparation: 1,
  scoring: 5,
  consensus: 5,
  report: 6,
  improvement: 7,
  closed: 11,
};

/** What the phase rules need to know about a cycle. */
export interface PhaseFacts {
  readonly status: CycleStatus;
  readonly approved: boolean;
  readonly team: readonly { readonly name: string; readonly role: TeamRole; readonly submitted: boolean }[];
  /**
   * Subcriteria the team has agreed a score for; null where it is not known (the tab's cycle page),
   * and then only the service checks it.
   */
  readonly consensusCount: number | null;
}

/** Why a phase change is refused: each says what is missing (messages in cs and en). */
export type PhaseRefusal =
  | { readonly kind: 'notNextPhase' }
  | { readonly kind: 'noPreviousPhase' }
  | { readonly kind: 'emptyTeam' }
  | { readonly kind: 'noLeader' }
  | { readonly kind: 'scoresNotSubmitted'; readonly missing: readonly string[] }
  | { readonly kind: 'noConsensus' }
  | { readonly kind: 'reportNotApproved' }
  | { readonly kind: 'reportNotWaiting' }
  | { readonly kind: 'reportAlreadyApproved' };

export type PhaseRefusalKind = PhaseRefusal['kind'];

/** The phase after this one (never preparation, the first), or null after closing. */
export function nextStatus(status: CycleStatus): Exclude<CycleStatus, 'preparation'> | null {
  const next = CYCLE_STATUSES[CYCLE_STATUSES.indexOf(status) + 1];
  return next === undefined || next === 'preparation' ? null : next;
}

/** The phase a step back returns to; none from preparation, and a closed cycle stays closed. */
export function previousStatus(status: CycleStatus): CycleStatus | null {
  if (status === 'closed') return null;
  return CYCLE_STATUSES[CYCLE_STATUSES.indexOf(status) - 1] ?? null;
}

/** Which status may follow which: forward one step at a time; only closing is final. */
export function canMoveTo(from: CycleStatus, to: CycleStatus): boolean {
  return nextStatus(from) === to;
}

/** Names of the team members who have not submitted their individual scores, in team order. */
export function notSubmitted(facts: Pick<PhaseFacts, 'team'>): string[] {
  return facts.team.filter((member) => !member.submitted).map((member) => member.name);
}

/**
 * Why the cycle may not move forward to `to`, or null when it may. Individual scoring needs a team
 * with a leader; consensus needs every member's scores, unless the quality manager ends individual
 * scoring on purpose (`endScoring`, knowing who has not submitted); the report needs at least one
 * agreed subcriterion; the improvement plan and closing need the director's approval.
 */
export function forwardRefusal(
  facts: PhaseFacts,
  to: CycleStatus,
  options: { readonly endScoring?: boolean } = {},
): PhaseRefusal | null {
  if (!canMoveTo(facts.status, to)) return { kind: 'notNextPhase' };
  switch (to) {
    case 'scoring':
      return teamRefusal(facts);
    case 'consensus': {
      const refusal = teamRefusal(facts);
      if (refusal) return refusal;
      const missing = notSubmitted(facts);
      if (missing.length > 0 && options.endScoring !== true) return { kind: 'scoresNotSubmitted', missing };
      return null;
    }
    case 'report':
      return facts.consensusCount === 0 ? { kind: 'noConsensus' } : null;
    case 'improvement':
    case 'closed':
      return facts.approved ? null : { kind: 'reportNotApproved' };
    default:
      return null;
  }
}

function teamRefusal(facts: PhaseFacts): PhaseRefusal | null {
  if (facts.team.length === 0) return { kind: 'emptyTeam' };
  if (!facts.team.some((member) => member.role === 'leader')) return { kind: 'noLeader' };
  return null;
}

/** Why the cycle may not step back one phase, or null (the reason is the caller's to require). */
export function stepBackRefusal(facts: Pick<PhaseFacts, 'status'>): PhaseRefusal | null {
  return previousStatus(facts.status) === null ? { kind: 'noPreviousPhase' } : null;
}

/**
 * A step back that lands on the report or before it withdraws the director's approval: the report
 * is being reworked, so it needs approving again.
 */
export function stepBackWithdrawsApproval(facts: Pick<PhaseFacts, 'status' | 'approved'>): boolean {
  const back = previousStatus(facts.status);
  return facts.approved && back !== null && CYCLE_STATUSES.indexOf(back) <= CYCLE_STATUSES.indexOf('report');
}

/** Why the director may not approve or return the report now, or null when it waits for them. */
export function reviewRefusal(facts: Pick<PhaseFacts, 'status' | 'approved'>): PhaseRefusal | null {
  if (facts.status !== 'report') return { kind: 'reportNotWaiting' };
  if (facts.approved) return { kind: 'reportAlreadyApproved' };
  return null;
}

/** The phase a report returned for rework goes back to: the team reworks its consensus. */
export const RETURNED_REPORT_STATUS: CycleStatus = 'consensus';

const REFUSAL_MESSAGES: Readonly<Record<PhaseRefusalKind, MessageKey>> = {
  notNextPhase: 'caf.phase.refused.notNextPhase',
  noPreviousPhase: 'caf.phase.refused.noPreviousPhase',
  emptyTeam: 'caf.phase.refused.emptyTeam',
  noLeader: 'caf.phase.refused.noLeader',
  scoresNotSubmitted: 'caf.phase.refused.scoresNotSubmitted',
  noConsensus: 'caf.phase.refused.noConsensus',
  reportNotApproved: 'caf.phase.refused.reportNotApproved',
  reportNotWaiting: 'caf.phase.refused.reportNotWaiting',
  reportAlreadyApproved: 'caf.phase.refused.reportAlreadyApproved',
};

/**
 * A phase rule refused the change (409 `conflict`). Its message names what is missing, in the
 * caller's language, instead of the generic conflict text about someone changing the item.
 */
export class PhaseRuleError extends DomainError {
  override readonly name = 'PhaseRuleError';
  override readonly messageKey: MessageKey;

  constructor(readonly refusal: PhaseRefusal) {
    super('conflict', {
      details: refusal.kind,
      ...(refusal.kind === 'scoresNotSubmitted' ? { names: refusal.missing.join(', ') } : {}),
    });
    this.messageKey = REFUSAL_MESSAGES[refusal.kind];
  }
}
