import { normalizeEmail } from '../platform/directory';
import {
  EVALUATION_STATUSES,
  type Campaign,
  type EvaluationPlan,
  type EvaluationStatus,
  type MysteryChannel,
  type PlanConflict,
  type QuotaProgress,
} from './contract';
import { daysBetweenWeeks, isIsoWeek, weekEnd, weekStart } from './iso-week';

/*
 * The schedule's rules. A plan names a department's service point, a scenario fit for its channel,
 * one of the campaign's evaluators and a week of the campaign's period. An internal evaluator never
 * visits their own department (they know the staff, the staff know them), and nobody returns to the
 * same service point within the lockout window (the staff would recognise them: SASSIE's lockout).
 */

/** What the lockout rule compares a plan with: the campaign's other evaluations. */
export interface PlannedVisit {
  readonly id?: number;
  readonly evaluatorEmail: string;
  readonly servicePointKey: string;
  readonly week: string;
  readonly status: EvaluationStatus;
}

export interface PlanRefusal {
  /** The plan's index in the request. */
  readonly row: number;
  readonly conflict: PlanConflict;
}

/**
 * Conflicts of each plan, in order, against the campaign, the evaluations it already has (and the
 * plans before it in the same request), and the departments each evaluator belongs to (their own
 * with those above it: a clerk of a section does not evaluate the department it is part of).
 */
export function planConflicts(
  campaign: Pick<
    Campaign,
    'servicePoints' | 'scenarios' | 'evaluatorEmails' | 'startDate' | 'endDate' | 'lockoutDays'
  >,
  plans: readonly EvaluationPlan[],
  existing: readonly PlannedVisit[],
  evaluatorDepartments: (email: string) => readonly string[],
  ignoreId?: number,
): PlanRefusal[] {
  const refusals: PlanRefusal[] = [];
  const evaluators = new Set(campaign.evaluatorEmails.map(normalizeEmail));
  const visits: PlannedVisit[] = existing.filter((visit) => visit.id === undefined || visit.id !== ignoreId);
  plans.forEach((plan, row) => {
    const conflict = conflictOf(campaign, plan, visits, evaluators, evaluatorDepartments);
    if (conflict !== null) refusals.push({ row, conflict });
    else visits.push({ ...plan, status: 'planned' });
  });
  return refusals;
}

function conflictOf(
  campaign: Pick<Campaign, 'servicePoints' | 'scenarios' | 'startDate' | 'endDate' | 'lockoutDays'>,
  plan: EvaluationPlan,
  visits: readonly PlannedVisit[],
  evaluators: ReadonlySet<string>,
  evaluatorDepartments: (email: string) => readonly string[],
): PlanConflict | null {
  const point = campaign.servicePoints.find((candidate) => candidate.key === plan.servicePointKey);
  if (!point) return 'unknownServicePoint';
  if (point.departmentCode !== plan.departmentCode) return 'departmentMismatch';
  const scenario = campaign.scenarios.find((candidate) => candidate.key === plan.scenarioKey);
  if (!scenario || !scenario.channels.includes(point.channel)) return 'scenarioChannel';
  if (!evaluators.has(normalizeEmail(plan.evaluatorEmail))) return 'notEvaluator';
  if (evaluatorDepartments(plan.evaluatorEmail).includes(plan.departmentCode)) return 'ownDepartment';
  if (
    !isIsoWeek(plan.week) ||
    weekEnd(plan.week) < campaign.startDate ||
    weekStart(plan.week) > campaign.endDate
  )
    return 'outsidePeriod';
  if (campaign.lockoutDays > 0) {
    const evaluator = normalizeEmail(plan.evaluatorEmail);
    const tooClose = visits.some(
      (visit) =>
        visit.status !== 'excluded' &&
        visit.servicePointKey === plan.servicePointKey &&
        normalizeEmail(visit.evaluatorEmail) === evaluator &&
        isIsoWeek(visit.week) &&
        Math.abs(daysBetweenWeeks(visit.week, plan.week)) < campaign.lockoutDays,
    );
    if (tooClose) return 'lockout';
  }
  return null;
}

/** A department with every department above it (a section belongs to its department). */
export function departmentWithParents(
  code: string | null,
  departments: readonly { readonly code: string; readonly parentCode: string | null }[],
): string[] {
  const chain: string[] = [];
  let current = code;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = departments.find((department) => department.code === current)?.parentCode ?? null;
  }
  return chain;
}

const SUBMITTED: readonly EvaluationStatus[] = ['submitted', 'reviewed', 'released', 'locked'];
const RELEASED: readonly EvaluationStatus[] = ['released', 'locked'];

/**
 * Progress of every department × channel against its quota: planned (every sheet but excluded),
 * submitted or further, released. Pairs planned without a quota show with quota 0.
 */
export function quotaProgress(
  campaign: Pick<Campaign, 'quotas'>,
  evaluations: readonly {
    readonly departmentCode: string;
    readonly channel: MysteryChannel;
    readonly status: EvaluationStatus;
  }[],
): QuotaProgress[] {
  const rows = new Map<
    string,
    {
      departmentCode: string;
      channel: MysteryChannel;
      quota: number;
      planned: number;
      submitted: number;
      released: number;
    }
  >();
  const rowOf = (departmentCode: string, channel: MysteryChannel) => {
    const key = `${departmentCode}\u0000${channel}`;
    let row = rows.get(key);
    if (!row) {
      row = { departmentCode, channel, quota: 0, planned: 0, submitted: 0, released: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const quota of campaign.quotas) rowOf(quota.departmentCode, quota.channel).quota += quota.count;
  for (const evaluation of evaluations) {
    if (evaluation.status === 'excluded') continue;
    const row = rowOf(evaluation.departmentCode, evaluation.channel);
    row.planned += 1;
    if (SUBMITTED.includes(evaluation.status)) row.submitted += 1;
    if (RELEASED.includes(evaluation.status)) row.released += 1;
  }
  return [...rows.values()];
}

/** How many sheets are in each status. */
export function statusCounts(
  evaluations: readonly { readonly status: EvaluationStatus }[],
): Record<EvaluationStatus, number> {
  const counts = Object.fromEntries(EVALUATION_STATUSES.map((status) => [status, 0])) as Record<
    EvaluationStatus,
    number
  >;
  for (const evaluation of evaluations) counts[evaluation.status] += 1;
  return counts;
}
