import type { Measure, MeasureDraft } from '@kvalita/core';

/** A new measure's starting values (the form fills the rest). */
export function emptyDraft(departmentCode: string | undefined): MeasureDraft {
  return {
    title: '',
    kind: 'corrective',
    source: { origin: 'other', cycleId: null, subcriterionCode: null, sourceKey: null, sourceUrl: null },
    departmentCode: departmentCode ?? null,
    ownerEmail: null,
    coOwnerEmails: [],
    priority: 'medium',
    deadline: '',
    problem: '',
    rootCause: { whys: [], categories: [] },
    steps: [],
    expectedResult: '',
    effectivenessCriterion: '',
    checkDate: null,
    budgetCzk: null,
    councilResolution: null,
    evidenceLinks: [],
  };
}

/** The stored measure as the edit form sends it back (everything the form does not show kept as it is). */
export function draftOf(measure: Measure): MeasureDraft {
  return {
    title: measure.title,
    kind: measure.kind,
    source: measure.source,
    departmentCode: measure.departmentCode,
    ownerEmail: measure.owner?.email ?? null,
    coOwnerEmails: measure.coOwners.map((person) => person.email),
    priority: measure.priority,
    deadline: measure.deadline,
    problem: measure.problem,
    rootCause: measure.rootCause,
    steps: measure.steps.map((step) => ({
      key: step.key,
      title: step.title,
      ownerEmail: step.ownerEmail,
      dueDate: step.dueDate,
      done: step.done,
    })),
    expectedResult: measure.expectedResult,
    effectivenessCriterion: measure.effectivenessCriterion,
    checkDate: measure.checkDate,
    budgetCzk: measure.budgetCzk,
    councilResolution: measure.councilResolution,
    evidenceLinks: measure.evidenceLinks,
  };
}

/** An optional text field: blank means null (the contract's "not given"). */
// eslint-disable-next-line @rushstack/no-new-null
export function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
