import type { MessageKey, NewCycle, ScoringMethod } from '@kvalita/core';
import { newCycleSchema } from '@kvalita/core/schemas';

/** The create-cycle form as typed. */
export interface NewCycleValues {
  readonly name: string;
  readonly method: ScoringMethod;
  readonly startDate: string;
  readonly endDate: string;
  readonly scopeKind: 'office' | 'departments';
  /** Department codes, separated by commas or spaces. */
  readonly departments: string;
}

export type NewCycleField = 'name' | 'method' | 'startDate' | 'endDate' | 'departments';
export type NewCycleErrors = Readonly<Partial<Record<NewCycleField, MessageKey>>>;

const MESSAGES: Readonly<Record<NewCycleField, MessageKey>> = {
  name: 'tab.caf.create.error.name',
  method: 'tab.caf.create.error.method',
  startDate: 'tab.caf.create.error.date',
  endDate: 'tab.caf.create.error.date',
  departments: 'tab.caf.create.error.departments',
};

/**
 * Validates with the contract's newCycleSchema (the service's own rule, in zod/mini, so the form
 * costs little to download) and maps its issues to fields.
 */
export function checkNewCycle(values: NewCycleValues): { cycle: NewCycle } | { errors: NewCycleErrors } {
  const departmentCodes = values.departments.split(/[\s,;]+/).filter((code) => code !== '');
  const result = newCycleSchema.safeParse({
    name: values.name,
    method: values.method,
    startDate: values.startDate,
    endDate: values.endDate,
    scope: values.scopeKind === 'office' ? { kind: 'office' } : { kind: 'departments', departmentCodes },
  });
  if (result.success) return { cycle: result.data };
  const errors: Partial<Record<NewCycleField, MessageKey>> = {};
  for (const issue of result.error.issues) {
    const [first] = issue.path;
    const field: NewCycleField = first === 'scope' ? 'departments' : (first as NewCycleField);
    if (!(field in MESSAGES) || errors[field] !== undefined) continue;
    // The schema's one cross-field rule: the end must not come before the start.
    errors[field] =
      field === 'endDate' && issue.code === 'custom'
        ? 'tab.caf.create.error.endBeforeStart'
        : MESSAGES[field];
  }
  return { errors };
}
