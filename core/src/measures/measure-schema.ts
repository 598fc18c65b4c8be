import { z } from 'zod';
import { MEASURE_KINDS, MEASURE_STATUSES } from './contract';
import type { MeasureListing } from './measure';

export const measureSchema: z.ZodType<MeasureListing> = z.object({
  id: z.number().int().positive(),
  title: z.string().min(1).max(255),
  kind: z.enum(MEASURE_KINDS),
  status: z.enum(MEASURE_STATUSES),
  ownerEmail: z.string().nullable(),
  ownerName: z.string().nullable(),
  deadline: z.string().nullable(),
  subcriterionCode: z.string().nullable(),
});
