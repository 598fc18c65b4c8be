import {
  findSubcriterion,
  isMeasureOverdue,
  isSincePrevious,
  officeToday,
  type LoopMeasure,
  type PlanMeasure,
} from '@kvalita/core';
import type { StoredMeasureSummary, MeasuresStore } from '../measures/measures-store';
import type { PlanMeasures } from './plan-measures';

/** A cycle as the choice of its measures reads it. */
export interface LoopCycle {
  readonly id: number;
  readonly startDate: string;
  readonly endDate: string;
}

/**
 * The measures the CAF side shows with their status and effectiveness: a cycle's own plan (its
 * results page counts it) and what was done since the previous cycle (scoring page, report).
 */
export interface LoopMeasures {
  ofCycle(cycleId: number): Promise<LoopMeasure[]>;
  sincePrevious(previous: LoopCycle, current: LoopCycle): Promise<LoopMeasure[]>;
}

const byCode = (a: LoopMeasure, b: LoopMeasure) =>
  (a.subcriterionCode ?? '~').localeCompare(b.subcriterionCode ?? '~', 'cs', { numeric: true }) ||
  a.id - b.id;

const criterionOf = (code: string | null) =>
  code && findSubcriterion(code) ? Number(code.split('.')[0]) : null;

/**
 * Over the measures register's storage port (every origin, with the effectiveness check's
 * outcome): what the composition root passes once the register is built.
 */
export function registerLoopMeasures(store: Pick<MeasuresStore, 'summaries'>, now: () => Date): LoopMeasures {
  const loop = (row: StoredMeasureSummary, today: string): LoopMeasure => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    ownerEmail: row.owner?.email ?? null,
    ownerName: row.owner?.displayName ?? null,
    deadline: row.deadline,
    subcriterionCode: row.subcriterionCode,
    criterion: criterionOf(row.subcriterionCode),
    effective: row.effective,
    overdue: isMeasureOverdue(row.status, row.deadline, today),
  });
  return {
    async ofCycle(cycleId) {
      const today = officeToday(now());
      return (await store.summaries({ cycleId })).map((row) => loop(row, today)).sort(byCode);
    },
    async sincePrevious(previous, current) {
      const today = officeToday(now());
      // One read (the scoring page stays within 3 round trips): every measure due from the previous
      // cycle's start — its plan (made while it ran, due whenever: a plan may look years ahead) and
      // what fell due since it ended; isSincePrevious keeps those.
      const rows = await store.summaries({ deadlineFrom: previous.startDate });
      return rows
        .filter((row) => isSincePrevious(row, previous, current))
        .map((row) => loop(row, today))
        .sort(byCode);
    },
  };
}

/**
 * Over the improvement plan's repository alone (until the register is wired): only CAF's own
 * measures, and a check's outcome known only once it closed a measure (closed = found effective).
 */
export function planLoopMeasures(plan: PlanMeasures, now: () => Date): LoopMeasures {
  const loop = (measure: PlanMeasure, today: string): LoopMeasure => ({
    ...measure,
    effective: measure.status === 'closed' ? true : null,
    overdue: isMeasureOverdue(measure.status, measure.deadline, today),
  });
  return {
    async ofCycle(cycleId) {
      const today = officeToday(now());
      return (await plan.forCycle(cycleId)).map((measure) => loop(measure, today)).sort(byCode);
    },
    async sincePrevious(previous) {
      const today = officeToday(now());
      return (await plan.forCycle(previous.id))
        .filter((measure) => measure.subcriterionCode !== null)
        .map((measure) => loop(measure, today))
        .sort(byCode);
    },
  };
}
