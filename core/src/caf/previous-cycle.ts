import type { MessageKey } from '../i18n/catalogues';
import { DomainError } from '../platform/errors';
import type { BaselineSource, CycleScope, NoBaselineReason } from './contract';
import type { StoredCycle } from './records';

/** What the choice of a previous cycle reads of a cycle: the stored cycle has it all. */
export type ComparableCycle = Pick<
  StoredCycle,
  'id' | 'method' | 'status' | 'startDate' | 'endDate' | 'scope' | 'approval' | 'previousCycleChoice'
>;

export function sameScope(a: CycleScope, b: CycleScope): boolean {
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

/** Why a cycle cannot be chosen as another's previous cycle. */
export type BaselineRefusal = 'sameCycle' | 'notClosed' | 'notApproved' | 'notEarlier';

/**
 * Whether `candidate` may be chosen as the cycle `cycle` is compared with: an earlier cycle (it
 * started before), closed, with an approved report. Scope and method may differ: the quality
 * manager chooses knowingly (the chooser shows the differences). Null when it may.
 */
export function baselineRefusal(cycle: ComparableCycle, candidate: ComparableCycle): BaselineRefusal | null {
  if (candidate.id === cycle.id) return 'sameCycle';
  if (candidate.startDate >= cycle.startDate) return 'notEarlier';
  if (candidate.status !== 'closed') return 'notClosed';
  if (candidate.approval === null) return 'notApproved';
  return null;
}

/** The cycles the quality manager may choose from, the one that started last first. */
export function eligibleBaselines<T extends ComparableCycle>(
  cycle: ComparableCycle,
  cycles: readonly T[],
): T[] {
  return cycles
    .filter((candidate) => baselineRefusal(cycle, candidate) === null)
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || b.endDate.localeCompare(a.endDate));
}

/** What a cycle is compared with: a cycle and whose choice it is, or nothing and why. */
export type Comparison<T> =
  | { readonly cycle: T; readonly source: BaselineSource }
  | { readonly cycle: null; readonly reason: NoBaselineReason };

/**
 * The one rule every comparison follows (results, cycle detail, report): the cycle the quality
 * manager chose while it is still eligible (a step back may have withdrawn its approval since),
 * otherwise the default rule's `previousComparableCycle`.
 */
export function comparisonOf<T extends ComparableCycle>(
  cycle: ComparableCycle,
  cycles: readonly T[],
): Comparison<T> {
  const choice = cycle.previousCycleChoice ?? null;
  const chosen = choice === null ? undefined : cycles.find((candidate) => candidate.id === choice);
  if (chosen && baselineRefusal(cycle, chosen) === null) return { cycle: chosen, source: 'chosen' };
  const fallback = previousComparableCycle(cycle, cycles);
  if (fallback) return { cycle: fallback, source: 'default' };
  return {
    cycle: null,
    reason: eligibleBaselines(cycle, cycles).length === 0 ? 'noEarlierApproved' : 'noSameScopeAndMethod',
  };
}

/**
 * The quality manager's choice of a previous cycle was refused (409 `conflict`), with a sentence
 * that says why instead of the generic conflict text.
 */
export class BaselineRefusedError extends DomainError {
  override readonly name = 'BaselineRefusedError';
  override readonly messageKey: MessageKey;

  constructor(readonly refusal: BaselineRefusal) {
    super('conflict', { details: refusal });
    this.messageKey = `caf.baseline.refused.${refusal}`;
  }
}
