import * as z from 'zod/mini';
import { CAF_LIMITS, ISO_DATE_PATTERN, SCORING_METHODS, type CycleScope, type NewCycle } from './contract';
import type { AllTrue, Reads } from '../platform/reply-schema';

/*
 * A new cycle (POST /api/caf/cycles), with the service's rules. In zod/mini: the tab's
 * create-cycle form checks its fields with this same schema, and it costs the tab little.
 */

const isoDate = z.string().check(z.regex(ISO_DATE_PATTERN, 'Use a date like 2026-11-22'));

export const cycleScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office') }),
  z.object({
    kind: z.literal('departments'),
    departmentCodes: z
      .array(z.string().check(z.minLength(1), z.maxLength(CAF_LIMITS.departmentCode)))
      .check(z.minLength(1), z.maxLength(CAF_LIMITS.scopeDepartments)),
  }),
]);

export const newCycleSchema = z
  .object({
    name: z
      .string()
      .check(z.trim(), z.minLength(CAF_LIMITS.cycleNameMin), z.maxLength(CAF_LIMITS.cycleNameMax)),
    method: z.enum(SCORING_METHODS),
    startDate: isoDate,
    endDate: isoDate,
    scope: cycleScopeSchema,
  })
  .check(
    z.refine((cycle) => cycle.startDate <= cycle.endDate, {
      error: 'The cycle must end after it starts',
      path: ['endDate'],
    }),
  );

type _NewCycle = AllTrue<
  [Reads<typeof cycleScopeSchema, CycleScope>, Reads<typeof newCycleSchema, NewCycle>]
>;
