import type { StoredMeasureQuery } from '@kvalita/core';
import type { StoredDepartment } from '../platform/directory/departments';
import { odataString } from '../platform/odata';
import { measureStatuses, onMeasures } from './measures';
import { measureOrigins } from './register-rows';

/** One day before an ISO date, as an ISO date. */
function dayBefore(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

const anyOf = (clauses: readonly string[]): string =>
  clauses.length === 1 ? (clauses[0] as string) : `(${clauses.join(' or ')})`;

/**
 * The query's clauses after the ID window; null when it can match nothing (only unknown
 * departments). A date-only deadline is stored as noon UTC by Kvalita and as midnight in the
 * site's zone by SharePoint's own forms: the bounds (after noon of the day before, up to noon of
 * the day) hold the day's value either way.
 */
export function registerClauses(
  query: StoredMeasureQuery,
  departments: readonly StoredDepartment[],
): string[] | null {
  const clauses: string[] = [];
  if (query.statuses !== undefined) {
    if (query.statuses.length === 0) return null;
    clauses.push(
      anyOf(query.statuses.map((status) => onMeasures('Status', 'eq', measureStatuses.label(status)))),
    );
  }
  if (query.departmentCodes !== undefined) {
    const ids = departments
      .filter((department) => query.departmentCodes?.includes(department.code))
      .map((department) => department.itemId);
    if (ids.length === 0) return null;
    clauses.push(anyOf(ids.map((id) => onMeasures('DepartmentId', 'eq', id))));
  }
  // The owner's e-mail is a projected field: never the first clause (it cannot seek), fine after the window.
  if (query.ownerEmail !== undefined) clauses.push(`Owner/EMail eq ${odataString(query.ownerEmail)}`);
  if (query.origin !== undefined)
    clauses.push(onMeasures('Origin', 'eq', measureOrigins.label(query.origin)));
  if (query.subcriterionCodes !== undefined) {
    if (query.subcriterionCodes.length === 0) return null;
    clauses.push(anyOf(query.subcriterionCodes.map((code) => onMeasures('Subcriterion', 'eq', code))));
  }
  if (query.cycleId !== undefined) clauses.push(onMeasures('CycleId', 'eq', Math.trunc(query.cycleId)));
  if (query.deadlineFrom !== undefined)
    clauses.push(onMeasures('Deadline', 'gt', new Date(`${dayBefore(query.deadlineFrom)}T12:00:00Z`)));
  if (query.deadlineTo !== undefined)
    clauses.push(onMeasures('Deadline', 'le', new Date(`${query.deadlineTo}T12:00:00Z`)));
  return clauses;
}

/** The ID windows of a list (platform/id-windows.ts; the documents register reads them from here too). */
export { idWindows } from '../platform/id-windows';
