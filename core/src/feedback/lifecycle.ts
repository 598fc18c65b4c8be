import type {
  CycleAction,
  CyclePhase,
  FeedbackActor,
  FeedbackCycleDraft,
  NominationAction,
  NominationState,
} from './contract';
import { CYCLE_PHASES } from './contract';
import { mayCoordinate } from './permissions';

/*
 * A 360 cycle's phases and who may move it (DOMAIN "360°"):
 *
 *   preparation ─start─▶ nomination ─endNominations─▶ approval ─startRating─▶ rating ─close─▶ closed ─release─▶ released
 *
 * Only the coordinator moves a cycle, one phase at a time. Deadlines drive reminders; the phase
 * changes when the coordinator says so, so nobody loses a form to a clock.
 */

/** The action that leads into each phase. */
export const PHASE_ENTRY: Readonly<Record<Exclude<CyclePhase, 'preparation'>, CycleAction>> = {
  nomination: 'start',
  approval: 'endNominations',
  rating: 'startRating',
  closed: 'close',
  released: 'release',
};

export function nextPhase(phase: CyclePhase): Exclude<CyclePhase, 'preparation'> | null {
  const next = CYCLE_PHASES[CYCLE_PHASES.indexOf(phase) + 1];
  return next === undefined || next === 'preparation' ? null : next;
}

/** What the coordinator may do now: edit in preparation, remind while people act, the next step. */
export function allowedCycleActions(
  cycle: { readonly phase: CyclePhase },
  actor: FeedbackActor,
): CycleAction[] {
  if (!mayCoordinate(actor)) return [];
  const actions: CycleAction[] = [];
  if (cycle.phase === 'preparation') actions.push('edit');
  const next = nextPhase(cycle.phase);
  if (next !== null) actions.push(PHASE_ENTRY[next]);
  if (cycle.phase === 'nomination' || cycle.phase === 'approval' || cycle.phase === 'rating')
    actions.push('remind');
  return actions;
}

export const CYCLE_DRAFT_PROBLEMS = ['deadlineOrder', 'deadlinePast', 'noSubjects', 'ruleOrder'] as const;
export type CycleDraftProblem = (typeof CYCLE_DRAFT_PROBLEMS)[number];

/** A cycle's draft: deadlines in order and not past, someone to rate, each rule's min ≤ max. */
export function cycleDraftProblems(draft: FeedbackCycleDraft, today: string): CycleDraftProblem[] {
  const problems: CycleDraftProblem[] = [];
  if (!(draft.nominationDeadline <= draft.approvalDeadline && draft.approvalDeadline <= draft.ratingDeadline))
    problems.push('deadlineOrder');
  if (draft.ratingDeadline < today) problems.push('deadlinePast');
  if (draft.subjectEmails.length === 0 && draft.departmentCodes.length === 0) problems.push('noSubjects');
  if (Object.values(draft.rules).some((rule) => rule.min > rule.max)) problems.push('ruleOrder');
  return problems;
}

/** What a subject's nomination list allows, to whom, in the cycle's phase. */
export function allowedNominationActions(input: {
  readonly phase: CyclePhase;
  readonly state: NominationState;
  readonly isSubject: boolean;
  readonly isManager: boolean;
  readonly isCoordinator: boolean;
}): NominationAction[] {
  const { phase, state } = input;
  const actions: NominationAction[] = [];
  if (phase === 'nomination' && state === 'open' && input.isSubject) actions.push('propose', 'submit');
  const deciding = phase === 'nomination' || phase === 'approval';
  if (deciding && state !== 'approved' && (input.isManager || input.isCoordinator))
    actions.push('change', 'approve');
  if (deciding && state === 'approved' && input.isCoordinator) actions.push('change');
  return actions;
}
