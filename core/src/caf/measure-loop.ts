import type { MeasureCountsByCriterion, MeasureStatus } from '../measures/contract';
import { OPEN_MEASURE_STATUSES } from '../measures/contract';
import { CAF_2020_CRITERIA } from './criteria.data';

/*
 * The closed loop between the measures register and CAF: which measures the next self-assessment
 * sees, and how a cycle's plan is counted per criterion (its results page and report).
 */

/** A measure's steps are finished: it waits for its effectiveness check, or is closed. */
export function isMeasureDone(status: MeasureStatus): boolean {
  return status === 'effectivenessCheck' || status === 'closed';
}

/** Open and past its deadline on `today` (ISO dates compare as strings). */
export function isMeasureOverdue(status: MeasureStatus, deadline: string | null, today: string): boolean {
  return deadline !== null && deadline < today && OPEN_MEASURE_STATUSES.includes(status);
}

/** What the choice reads of a measure and of a cycle. */
export interface LoopCandidate {
  readonly cycleId: number | null;
  readonly subcriterionCode: string | null;
  readonly deadline: string | null;
}

/**
 * Whether `measure` belongs to what was done about a subcriterion since `previous`, seen from
 * `current`: a measure of the previous cycle's improvement plan, or one of any other origin that
 * names a subcriterion and fell due after the previous cycle ended and by the current one's end.
 * The current cycle's own plan is what it decides now, not what was done since.
 */
export function isSincePrevious(
  measure: LoopCandidate,
  previous: { readonly id: number; readonly endDate: string },
  current: { readonly id: number; readonly endDate: string },
): boolean {
  if (measure.subcriterionCode === null) return false;
  if (measure.cycleId === previous.id) return true;
  if (measure.cycleId !== null) return false;
  return (
    measure.deadline !== null && measure.deadline > previous.endDate && measure.deadline <= current.endDate
  );
}

/**
 * A cycle's plan per CAF criterion 1–9, every criterion listed: planned counts all but the
 * cancelled, done those whose steps are finished, effective those whose check confirmed it.
 */
export function measureCountsByCriterion(
  measures: readonly {
    readonly status: MeasureStatus;
    readonly effective: boolean | null;
    readonly criterion: number | null;
  }[],
): MeasureCountsByCriterion[] {
  return CAF_2020_CRITERIA.map((criterion) => {
    const of = measures.filter(
      (measure) => measure.criterion === criterion.number && measure.status !== 'cancelled',
    );
    return {
      criterion: criterion.number,
      planned: of.length,
      done: of.filter((measure) => isMeasureDone(measure.status)).length,
      effective: of.filter((measure) => measure.effective === true).length,
    };
  });
}

/** The office's calendar date (Europe/Prague) at `now`, as an ISO date. */
export function officeToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague' }).format(now);
}
