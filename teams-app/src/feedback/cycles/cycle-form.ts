import {
  ANONYMOUS_GROUPS,
  DEFAULT_CYCLE_THRESHOLDS,
  DEFAULT_NOMINATION_RULES,
  FEEDBACK_LIMITS,
  cycleDraftProblems,
  type AnonymousGroup,
  type FeedbackCycle,
  type FeedbackCycleDraft,
  type PersonRef,
} from '@kvalita/core';
import type { FieldError, FieldErrors } from '../parts/field-error';

/** The cycle form's fields as typed (numbers and dates stay text until they are sent). */
export interface CycleFormValues {
  readonly name: string;
  /** A model version's id, "" before one is chosen. */
  readonly modelId: string;
  readonly subjects: readonly PersonRef[];
  readonly departmentCodes: readonly string[];
  readonly nominationDeadline: string;
  readonly approvalDeadline: string;
  readonly ratingDeadline: string;
  readonly rules: Readonly<Record<AnonymousGroup, { readonly min: string; readonly max: string }>>;
  readonly groupThreshold: string;
  readonly commentThreshold: string;
  readonly raterLoad: string;
}

const L = FEEDBACK_LIMITS;

function rulesAsText(rules: FeedbackCycleDraft['rules']): CycleFormValues['rules'] {
  const entries = ANONYMOUS_GROUPS.map((group) => [
    group,
    { min: String(rules[group].min), max: String(rules[group].max) },
  ]);
  return Object.fromEntries(entries) as CycleFormValues['rules'];
}

/** A date `days` after `today` (YYYY-MM-DD), for the deadlines a new cycle proposes. */
function daysAfter(today: string, days: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A new cycle: two weeks to nominate, one to approve, three to answer; the contract's defaults. */
export function newCycleForm(today: string): CycleFormValues {
  return {
    name: '',
    modelId: '',
    subjects: [],
    departmentCodes: [],
    nominationDeadline: daysAfter(today, 14),
    approvalDeadline: daysAfter(today, 21),
    ratingDeadline: daysAfter(today, 42),
    rules: rulesAsText(DEFAULT_NOMINATION_RULES),
    groupThreshold: String(DEFAULT_CYCLE_THRESHOLDS.group),
    commentThreshold: String(DEFAULT_CYCLE_THRESHOLDS.comments),
    raterLoad: String(DEFAULT_CYCLE_THRESHOLDS.raterLoad),
  };
}

/** A stored cycle as the form edits it (people by e-mail: the cycle keeps no names). */
export function formOfCycle(cycle: FeedbackCycle): CycleFormValues {
  return {
    name: cycle.name,
    modelId: String(cycle.modelId),
    subjects: cycle.subjectEmails.map((email) => ({ email, displayName: email })),
    departmentCodes: cycle.departmentCodes,
    nominationDeadline: cycle.nominationDeadline,
    approvalDeadline: cycle.approvalDeadline,
    ratingDeadline: cycle.ratingDeadline,
    rules: rulesAsText(cycle.rules),
    groupThreshold: String(cycle.thresholds.group),
    commentThreshold: String(cycle.thresholds.comments),
    raterLoad: String(cycle.thresholds.raterLoad),
  };
}

const WHOLE = /^\d{1,2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the form sends (call after validateCycleForm found nothing). */
export function draftOfForm(values: CycleFormValues): FeedbackCycleDraft {
  const rules = Object.fromEntries(
    ANONYMOUS_GROUPS.map((group) => [
      group,
      { min: Number(values.rules[group].min), max: Number(values.rules[group].max) },
    ]),
  ) as FeedbackCycleDraft['rules'];
  return {
    name: values.name.trim(),
    modelId: Number(values.modelId),
    subjectEmails: values.subjects.map((person) => person.email),
    departmentCodes: values.departmentCodes,
    nominationDeadline: values.nominationDeadline,
    approvalDeadline: values.approvalDeadline,
    ratingDeadline: values.ratingDeadline,
    rules,
    thresholds: {
      group: Number(values.groupThreshold),
      comments: Number(values.commentThreshold),
      raterLoad: Number(values.raterLoad),
    },
  };
}

/**
 * The rules a person can break in the cycle form, each at its field: a name and a model, people
 * or departments, dates in order and not past, each group's min ≤ max, thresholds never below 3,
 * the load cap within its range. The service checks them all again.
 */
export function validateCycleForm(values: CycleFormValues, today: string): FieldErrors {
  const errors: Record<string, FieldError> = {};
  const name = values.name.trim();
  if (name === '') errors.name = { key: 'tab.feedback.form.required' };
  else if (name.length > L.cycleName)
    errors.name = { key: 'tab.feedback.form.tooLong', values: { max: L.cycleName } };
  if (values.modelId === '') errors.modelId = { key: 'tab.feedback.cycleForm.chooseModel' };
  if (values.subjects.length > L.subjects)
    errors.subjects = { key: 'tab.feedback.cycleForm.tooMany', values: { max: L.subjects } };
  if (values.departmentCodes.length > L.departments)
    errors.departmentCodes = { key: 'tab.feedback.cycleForm.tooMany', values: { max: L.departments } };
  for (const field of ['nominationDeadline', 'approvalDeadline', 'ratingDeadline'] as const)
    if (!DATE.test(values[field])) errors[field] = { key: 'tab.feedback.cycleForm.date' };
  const whole = (path: string, text: string, min: number, max: number) => {
    const number = Number(text.trim());
    if (!WHOLE.test(text.trim()) || number < min || number > max)
      errors[path] = { key: 'tab.feedback.cycleForm.range', values: { min, max } };
  };
  for (const group of ANONYMOUS_GROUPS) {
    whole(`rules.${group}.min`, values.rules[group].min, 0, 20);
    whole(`rules.${group}.max`, values.rules[group].max, 0, 20);
  }
  whole('groupThreshold', values.groupThreshold, L.groupThreshold.min, L.groupThreshold.max);
  whole('commentThreshold', values.commentThreshold, L.commentThreshold.min, L.commentThreshold.max);
  whole('raterLoad', values.raterLoad, L.raterLoad.min, L.raterLoad.max);
  if (Object.keys(errors).length > 0) return errors;
  // The rules core shares with the service, on the draft the form would send.
  const draft = draftOfForm(values);
  for (const problem of cycleDraftProblems(draft, today)) {
    if (problem === 'deadlineOrder')
      errors.approvalDeadline = { key: 'tab.feedback.cycleForm.deadlineOrder' };
    if (problem === 'deadlinePast') errors.ratingDeadline = { key: 'tab.feedback.cycleForm.deadlinePast' };
    if (problem === 'noSubjects') errors.subjects = { key: 'tab.feedback.cycleForm.noSubjects' };
    if (problem === 'ruleOrder')
      for (const group of ANONYMOUS_GROUPS)
        if (draft.rules[group].min > draft.rules[group].max)
          errors[`rules.${group}`] = { key: 'tab.feedback.cycleForm.ruleOrder' };
  }
  return errors;
}
