import type { MeasureSummary } from '@kvalita/core';

/** A calendar quarter: its number and its first and last day (ISO dates). */
export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly from: string;
  readonly to: string;
}

export function quarterOf(year: number, quarter: 1 | 2 | 3 | 4): Quarter {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    year,
    quarter,
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}`,
  };
}

/** What the council reads of a group of measures. */
export interface QuarterCounts {
  readonly planned: number;
  readonly done: number;
  readonly effective: number;
  readonly overdue: number;
}

export interface DepartmentCounts extends QuarterCounts {
  readonly departmentCode: string | null;
  readonly departmentName: string | null;
}

export interface QuarterFigures {
  readonly period: Quarter;
  readonly totals: QuarterCounts;
  /** By department name (no department last). */
  readonly departments: readonly DepartmentCounts[];
  /** Open measures past their deadline by the quarter's end, the longest overdue first. */
  readonly overdue: readonly MeasureSummary[];
}

/** Steps finished: waiting for the effectiveness check, or closed. */
const isDone = (measure: MeasureSummary) =>
  measure.status === 'effectivenessCheck' || measure.status === 'closed';

function countsOf(measures: readonly MeasureSummary[]): QuarterCounts {
  return {
    planned: measures.length,
    done: measures.filter(isDone).length,
    effective: measures.filter((measure) => measure.effective === true).length,
    overdue: measures.filter((measure) => measure.overdue).length,
  };
}

/**
 * The quarter's figures: measures with a deadline in the quarter (cancelled ones left out) counted
 * as planned, done, effective and overdue, in total and by department; and the overdue measures
 * whose deadline fell in or before the quarter, whichever quarter they were planned for.
 */
export function quarterFigures(period: Quarter, measures: readonly MeasureSummary[]): QuarterFigures {
  const inQuarter = measures.filter(
    (measure) =>
      measure.status !== 'cancelled' && measure.deadline >= period.from && measure.deadline <= period.to,
  );
  const byDepartment = new Map<string, MeasureSummary[]>();
  for (const measure of inQuarter) {
    const key = measure.departmentCode ?? '';
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), measure]);
  }
  const departments = [...byDepartment.values()]
    .map((group): DepartmentCounts => ({
      departmentCode: group[0]?.departmentCode ?? null,
      departmentName: group[0]?.departmentName ?? null,
      ...countsOf(group),
    }))
    .sort((a, b) =>
      a.departmentCode === null
        ? 1
        : b.departmentCode === null
          ? -1
          : (a.departmentName ?? a.departmentCode).localeCompare(b.departmentName ?? b.departmentCode, 'cs'),
    );
  const overdue = measures
    .filter((measure) => measure.overdue && measure.deadline <= period.to)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id - b.id);
  return { period, totals: countsOf(inQuarter), departments, overdue };
}
