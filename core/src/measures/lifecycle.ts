import type {
  MeasureAction,
  MeasureStatus,
  MeasureTransition,
  MeasureUpdateKind,
  PdcaPhase,
} from './contract';

/*
 * The measure's lifecycle (ISO 9001 10.2 on PDCA): which action each status allows, what a step
 * needs before it is taken, and where it leads. The role matrix (permissions.ts) says who.
 *
 *   proposed ──approve──▶ approved ──start──▶ inProgress ──requestCheck──▶ effectivenessCheck
 *                                                ▲                               │
 *                                                └──── checked not effective ────┤
 *                                                          checked effective ────▶ closed
 *   any open status ──cancel (with a reason)──▶ cancelled
 */

const ACTIONS_IN_STATUS: Readonly<Record<MeasureStatus, readonly MeasureAction[]>> = {
  proposed: ['edit', 'approve', 'cancel'],
  approved: ['edit', 'start', 'reportProgress', 'cancel'],
  inProgress: ['edit', 'reportProgress', 'requestCheck', 'cancel'],
  effectivenessCheck: ['edit', 'checkEffectiveness', 'cancel'],
  closed: [],
  cancelled: [],
};

/** Whether the status allows the action at all (who may is permissions.ts's). */
export function lifecycleAllows(status: MeasureStatus, action: MeasureAction): boolean {
  return ACTIONS_IN_STATUS[status].includes(action);
}

/** Why a step is refused by the lifecycle; each has its sentence `measures.rule.<kind>`. */
export const MEASURE_RULES = [
  'notInStatus',
  'reasonRequired',
  'noCriterion',
  'noCheckDate',
  'stepsOpen',
  'newDeadlineRequired',
  'newDeadlinePast',
  'unknownStep',
] as const;
export type MeasureRule = (typeof MEASURE_RULES)[number];

export interface MeasureRuleRefusal {
  readonly kind: MeasureRule;
  /** The action refused (for notInStatus: the sentence names it). */
  readonly action: MeasureAction;
}

/** What the lifecycle reads of a measure before a step. */
export interface MeasureLifecycleFacts {
  readonly status: MeasureStatus;
  readonly effectivenessCriterion: string;
  readonly checkDate: string | null;
  readonly steps: readonly { readonly key: string; readonly done: boolean }[];
}

/** Where a transition leads: the new status, the PDCA phase, and what the history records. */
export const TRANSITION_OUTCOMES: Readonly<
  Record<
    MeasureTransition,
    { readonly status: MeasureStatus; readonly phase: PdcaPhase | null; readonly update: MeasureUpdateKind }
  >
> = {
  approve: { status: 'approved', phase: 'plan', update: 'approved' },
  start: { status: 'inProgress', phase: 'do', update: 'started' },
  requestCheck: { status: 'effectivenessCheck', phase: 'check', update: 'checkRequested' },
  // Cancelling keeps the phase the measure stopped in.
  cancel: { status: 'cancelled', phase: null, update: 'cancelled' },
};

/**
 * Why the transition may not happen now (null: it may). A cancel needs a reason; asking for the
 * effectiveness check needs the criterion and a check date, and every step done, or a reason that
 * says why the open steps are left (an explicit decision, kept in the history).
 */
export function transitionRefusal(
  facts: MeasureLifecycleFacts,
  transition: MeasureTransition,
  reason: string,
): MeasureRuleRefusal | null {
  const refuse = (kind: MeasureRule): MeasureRuleRefusal => ({ kind, action: transition });
  if (!lifecycleAllows(facts.status, transition)) return refuse('notInStatus');
  if (transition === 'cancel' && reason.trim() === '') return refuse('reasonRequired');
  if (transition === 'requestCheck') {
    if (facts.effectivenessCriterion.trim() === '') return refuse('noCriterion');
    if (facts.checkDate === null) return refuse('noCheckDate');
    if (facts.steps.some((step) => !step.done) && reason.trim() === '') return refuse('stepsOpen');
  }
  return null;
}

/** Why an edit is refused by the lifecycle (only closed and cancelled measures are frozen). */
export function editRefusal(facts: Pick<MeasureLifecycleFacts, 'status'>): MeasureRuleRefusal | null {
  return lifecycleAllows(facts.status, 'edit') ? null : { kind: 'notInStatus', action: 'edit' };
}

/** Why a progress report is refused: only while approved or in progress; its steps must exist. */
export function progressRefusal(
  facts: Pick<MeasureLifecycleFacts, 'status' | 'steps'>,
  stepKeys: readonly string[],
): MeasureRuleRefusal | null {
  if (!lifecycleAllows(facts.status, 'reportProgress'))
    return { kind: 'notInStatus', action: 'reportProgress' };
  if (stepKeys.some((key) => !facts.steps.some((step) => step.key === key)))
    return { kind: 'unknownStep', action: 'reportProgress' };
  return null;
}

/** The outcome of an effectiveness check, as the measure stores it. */
export interface EffectivenessOutcome {
  readonly status: MeasureStatus;
  readonly phase: PdcaPhase;
  readonly effective: boolean;
  readonly reopenedCount: number;
  readonly deadline: string;
  readonly closedOn: string | null;
  readonly update: MeasureUpdateKind;
}

/**
 * Effective: closed (Act: the change becomes the standard). Not effective: back in progress in
 * the Act phase with a new deadline, counted as reopened. `today` is the office's ISO date.
 */
export function checkEffectivenessOutcome(
  facts: Pick<MeasureLifecycleFacts, 'status'> & {
    readonly reopenedCount: number;
    readonly deadline: string;
  },
  check: { readonly effective: boolean; readonly newDeadline: string | null },
  today: string,
): EffectivenessOutcome | MeasureRuleRefusal {
  const refuse = (kind: MeasureRule): MeasureRuleRefusal => ({ kind, action: 'checkEffectiveness' });
  if (!lifecycleAllows(facts.status, 'checkEffectiveness')) return refuse('notInStatus');
  if (check.effective)
    return {
      status: 'closed',
      phase: 'act',
      effective: true,
      reopenedCount: facts.reopenedCount,
      deadline: facts.deadline,
      closedOn: today,
      update: 'checkedEffective',
    };
  if (check.newDeadline === null) return refuse('newDeadlineRequired');
  if (check.newDeadline < today) return refuse('newDeadlinePast');
  return {
    status: 'inProgress',
    phase: 'act',
    effective: false,
    reopenedCount: facts.reopenedCount + 1,
    deadline: check.newDeadline,
    closedOn: null,
    update: 'checkedNotEffective',
  };
}

export function isRuleRefusal(value: EffectivenessOutcome | MeasureRuleRefusal): value is MeasureRuleRefusal {
  return 'kind' in value;
}
