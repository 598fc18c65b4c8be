import type { CycleStatus, MeasureKind, MeasureStatus, ScoringMethod } from '@kvalita/core';

/*
 * Core's lists of codes, repeated here on purpose: the core modules that define them also build
 * zod schemas when loaded, and importing them would put zod into the tab's bundle. The `satisfies`
 * checks and the unit test `cafConstants.test.ts` keep both in step.
 */
export const CYCLE_STATUS_ORDER = [
  'preparation',
  'scoring',
  'consensus',
  'report',
  'improvement',
  'closed',
] as const satisfies readonly CycleStatus[];

export const SCORING_METHOD_LIST = ['classical', 'fineTuned'] as const satisfies readonly ScoringMethod[];

export const MEASURE_KIND_LIST = [
  'corrective',
  'preventive',
  'improvement',
] as const satisfies readonly MeasureKind[];

export const MEASURE_STATUS_LIST = [
  'proposed',
  'planned',
  'inProgress',
  'done',
  'cancelled',
] as const satisfies readonly MeasureStatus[];
