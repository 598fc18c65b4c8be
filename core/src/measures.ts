import { z } from 'zod';

/** ISO 9001 / CAF vocabulary: a measure corrects a found weakness, prevents one, or improves. */
export const MEASURE_KINDS = ['corrective', 'preventive', 'improvement'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_STATUSES = ['proposed', 'planned', 'inProgress', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const measureSchema = z.object({
  id: z.number().int().positive(),
  title: z.string().min(1).max(255),
  kind: z.enum(MEASURE_KINDS),
  status: z.enum(MEASURE_STATUSES),
  ownerEmail: z.string().nullable(),
  ownerName: z.string().nullable(),
  deadline: z.string().nullable(),
  subcriterionCode: z.string().nullable(),
});
export type Measure = z.infer<typeof measureSchema>;
