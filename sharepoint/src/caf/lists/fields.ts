import type { DisplayTitle, FieldSchema } from '../../platform/schema/types';

/** A CAF subcriterion code such as "5.2" (core's model knows the valid codes). */
export const subcriterionField = <const R extends boolean>(required: R) =>
  ({
    name: 'Subcriterion',
    type: 'Text',
    title: { cs: 'Subkritérium CAF', en: 'CAF subcriterion' },
    required,
    indexed: true,
    maxLength: 8,
  }) as const satisfies FieldSchema;

/** The self-assessment cycle a row belongs to (required unless `required` is false). */
export const cycleLookup = <const R extends boolean = true>(required: R = true as R) =>
  ({
    name: 'Cycle',
    type: 'Lookup',
    lookupList: 'assessmentCycles',
    title: { cs: 'Cyklus sebehodnocení', en: 'Self-assessment cycle' },
    required,
    indexed: true,
  }) as const satisfies FieldSchema;

/** A 0–100 score as CAF 2020 uses in both the classical and the fine-tuned panels. */
export const scoreField = <const N extends string>(name: N, title: DisplayTitle) =>
  ({ name, type: 'Number', title, min: 0, max: 100 }) as const satisfies FieldSchema;
