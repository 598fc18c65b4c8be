import type { CycleScope } from './contract';
import type { StoredCycle } from './records';

/** What the choice of a previous cycle reads of a cycle: the stored cycle has it all. */
export type ComparableCycle = Pick<
  StoredCycle,
  'id' | 'method' | 'status' | 'startDate' | 'endDate' | 'scope' | 'approval'
>;

function sameScope(a: CycleScope, b: CycleScope): boolean {
  if (a.kind === 'office' || b.kind === 'office') return a.kind === b.kind;
  const codes = new Set(a.departmentCodes);
  return b.departmentCodes.length === codes.size && b.departmentCodes.every((code) => codes.has(code));
}

/**
 * The cycle a cycle's results are compared with ("change since the previous cycle"): the last cycle
 * that is closed with an approved report, assessed the same scope with the same method, and ended
 * before this one ended. A cycle still running, or one whose report nobody approved, is no baseline:
 * its scores may still change or were never accepted; another scope or method measures something else.
 * Null when there is none. Dates are ISO (YYYY-MM-DD), so they compare as strings.
 */
export function previousComparableCycle<T extends ComparableCycle>(
  cycle: ComparableCycle,
  cycles: readonly T[],
): T | null {
  const candidates = cycles.filter(
    (candidate) =>
      candidate.id !== cycle.id &&
      candidate.status === 'closed' &&
      candidate.approval !== null &&
      candidate.method === cycle.method &&
      sameScope(candidate.scope, cycle.scope) &&
      candidate.startDate < cycle.startDate &&
      candidate.endDate < cycle.endDate,
  );
  // The one that ended last; of two that ended the same day, the one that started last.
  return (
    [...candidates].sort(
      (a, b) => b.endDate.localeCompare(a.endDate) || b.startDate.localeCompare(a.startDate),
    )[0] ?? null
  );
}
