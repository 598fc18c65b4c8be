import type { FieldSchema } from '../../platform/schema/types';

/** The 360 cycle a row belongs to: every 360 list filters a cycle's rows on it (indexed). */
export const cycleIdField = {
  name: 'CycleId',
  type: 'Number',
  title: { cs: 'Cyklus (ID)', en: 'Cycle (ID)' },
  required: true,
  indexed: true,
  min: 1,
} as const satisfies FieldSchema;
