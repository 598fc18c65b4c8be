import type { FieldSchema } from './types';

/**
 * Columns several lists share, declared once so their titles and rules stay the same everywhere.
 * Each list still lists its own columns explicitly: these are building blocks, not inheritance.
 */

/** A CAF subcriterion code such as "5.2" (core's model knows the valid codes). */
export const subcriterionField = (required = false): FieldSchema => ({
  name: 'Subcriterion',
  type: 'Text',
  title: { cs: 'Subkritérium CAF', en: 'CAF subcriterion' },
  required,
  indexed: true,
  maxLength: 8,
});

export const cycleLookup = (required = true): FieldSchema => ({
  name: 'Cycle',
  type: 'Lookup',
  lookupList: 'assessmentCycles',
  title: { cs: 'Cyklus sebehodnocení', en: 'Self-assessment cycle' },
  required,
  indexed: true,
});

export const departmentLookup = (): FieldSchema => ({
  name: 'Department',
  type: 'Lookup',
  lookupList: 'departments',
  title: { cs: 'Útvar', en: 'Department' },
  indexed: true,
});

/**
 * SharePoint has no composite unique constraint: a list that needs "one row per A and B" stores
 * a text key built from A and B in a unique, indexed column, so a retry or a race cannot add a
 * second row (the loser gets SPDuplicateValuesFoundException, i.e. DuplicateValueError).
 */
export const uniqueKeyField = (name: string, title: { cs: string; en: string }): FieldSchema => ({
  name,
  type: 'Text',
  title,
  required: true,
  indexed: true,
  unique: true,
  maxLength: 128,
});

/** A 0–100 score as CAF 2020 uses in both the classical and the fine-tuned panels. */
export const scoreField = (name: string, title: { cs: string; en: string }): FieldSchema => ({
  name,
  type: 'Number',
  title,
  min: 0,
  max: 100,
});

export const noteField = (name: string, title: { cs: string; en: string }): FieldSchema => ({
  name,
  type: 'Note',
  title,
});
