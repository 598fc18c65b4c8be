import { z } from 'zod';
import { SCORING_METHODS } from './scoring';

/**
 * A CAF self-assessment cycle. Its status follows the 10 steps: preparation (steps 1–4), individual
 * scoring and consensus (step 5), the report (step 6), the improvement plan (steps 7–10), closed.
 */
export const CYCLE_STATUSES = [
  'preparation',
  'scoring',
  'consensus',
  'report',
  'improvement',
  'closed',
] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-22');

export const cycleScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office') }),
  z.object({
    kind: z.literal('departments'),
    departmentCodes: z.array(z.string().min(1).max(32)).min(1).max(200),
  }),
]);
export type CycleScope = z.infer<typeof cycleScopeSchema>;

export const newCycleSchema = z
  .object({
    name: z.string().trim().min(3).max(255),
    method: z.enum(SCORING_METHODS),
    startDate: isoDate,
    endDate: isoDate,
    scope: cycleScopeSchema,
  })
  .refine((cycle) => cycle.startDate <= cycle.endDate, {
    message: 'The cycle must end after it starts',
    path: ['endDate'],
  });
export type NewCycle = z.infer<typeof newCycleSchema>;

export type TeamRole = 'leader' | 'member';

/** Which status may follow which: forward one step at a time; only closing is final. */
export function canMoveTo(from: CycleStatus, to: CycleStatus): boolean {
  return CYCLE_STATUSES.indexOf(to) === CYCLE_STATUSES.indexOf(from) + 1;
}
