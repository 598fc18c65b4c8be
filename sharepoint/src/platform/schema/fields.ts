import type { DisplayTitle, FieldSchema } from './types';

/**
 * Columns several lists share, declared once so their titles and rules stay the same everywhere.
 * Each list still lists its own columns explicitly: these are building blocks, not inheritance.
 * They keep their literal types (`as const`), so item types know the column's name and type.
 */

/**
 * SharePoint has no composite unique constraint: a list that needs "one row per A and B" stores
 * a text key built from A and B in a unique, indexed column, so a retry or a race cannot add a
 * second row (the loser gets SPDuplicateValuesFoundException, i.e. DuplicateValueError).
 */
export const uniqueKeyField = <const N extends string>(name: N, title: DisplayTitle) =>
  ({
    name,
    type: 'Text',
    title,
    required: true,
    indexed: true,
    unique: true,
    maxLength: 128,
  }) as const satisfies FieldSchema;

export const noteField = <const N extends string>(name: N, title: DisplayTitle) =>
  ({ name, type: 'Note', title }) as const satisfies FieldSchema;
