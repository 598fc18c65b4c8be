import {
  MEASURE_LIMITS,
  type Measure,
  type MeasureDraft,
  type MeasureKind,
  type MeasureOrigin,
  type MeasurePriority,
  type MessageKey,
  type PersonRef,
  type RootCauseCategory,
} from '@kvalita/core';

/** One step as the form edits it. */
export interface StepValues {
  readonly key: string | null;
  readonly title: string;
  readonly dueDate: string;
  readonly done: boolean;
  readonly ownerEmail: string | null;
}

/** The form's fields as typed (text stays text until it is sent). */
export interface MeasureFormValues {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly origin: MeasureOrigin;
  readonly cycleId: number | null;
  readonly subcriterionCode: string;
  readonly sourceKey: string;
  readonly sourceUrl: string;
  readonly departmentCode: string;
  readonly owner: PersonRef | null;
  readonly coOwners: readonly PersonRef[];
  readonly priority: MeasurePriority;
  readonly deadline: string;
  readonly problem: string;
  readonly whys: readonly string[];
  readonly categories: readonly RootCauseCategory[];
  readonly steps: readonly StepValues[];
  readonly expectedResult: string;
  readonly effectivenessCriterion: string;
  readonly checkDate: string;
  readonly budget: string;
  readonly councilResolution: string;
  readonly evidenceLinks: string;
}

export type FormField = keyof MeasureFormValues | `step.${number}`;

/** A field's message: a catalogue key and its values. */
export interface FieldError {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

export type FormErrors = Partial<Record<FormField, FieldError>>;

export const EMPTY_FORM: MeasureFormValues = {
  title: '',
  kind: 'corrective',
  origin: 'other',
  cycleId: null,
  subcriterionCode: '',
  sourceKey: '',
  sourceUrl: '',
  departmentCode: '',
  owner: null,
  coOwners: [],
  priority: 'medium',
  deadline: '',
  problem: '',
  whys: ['', '', '', '', ''],
  categories: [],
  steps: [],
  expectedResult: '',
  effectivenessCriterion: '',
  checkDate: '',
  budget: '',
  councilResolution: '',
  evidenceLinks: '',
};

/** A stored measure as the edit form starts. */
export function formOfMeasure(measure: Measure): MeasureFormValues {
  const whys = [...measure.rootCause.whys];
  while (whys.length < MEASURE_LIMITS.whys) whys.push('');
  return {
    title: measure.title,
    kind: measure.kind,
    origin: measure.source.origin,
    cycleId: measure.source.cycleId,
    subcriterionCode: measure.source.subcriterionCode ?? '',
    sourceKey: measure.source.sourceKey ?? '',
    sourceUrl: measure.source.sourceUrl ?? '',
    departmentCode: measure.departmentCode ?? '',
    owner: measure.owner,
    coOwners: measure.coOwners,
    priority: measure.priority,
    deadline: measure.deadline,
    problem: measure.problem,
    whys,
    categories: measure.rootCause.categories,
    steps: measure.steps.map((step) => ({
      key: step.key,
      title: step.title,
      dueDate: step.dueDate ?? '',
      done: step.done,
      ownerEmail: step.ownerEmail,
    })),
    expectedResult: measure.expectedResult,
    effectivenessCriterion: measure.effectivenessCriterion,
    checkDate: measure.checkDate ?? '',
    budget: measure.budgetCzk === null ? '' : String(measure.budgetCzk),
    councilResolution: measure.councilResolution ?? '',
    evidenceLinks: measure.evidenceLinks.join('\n'),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (text: string) => ISO_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
const isHttps = (text: string) => {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
};
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The form's rule breaks, each on its field (the service checks the same rules again). */
export function validateForm(values: MeasureFormValues): FormErrors {
  const errors: FormErrors = {};
  const required = (field: FormField, text: string, max: number) => {
    if (text.trim() === '') errors[field] = { key: 'tab.measures.form.required' };
    else if (text.length > max) errors[field] = { key: 'tab.measures.form.tooLong', values: { max } };
  };
  const optional = (field: FormField, text: string, max: number) => {
    if (text.length > max) errors[field] = { key: 'tab.measures.form.tooLong', values: { max } };
  };
  required('title', values.title, MEASURE_LIMITS.title);
  required('problem', values.problem, MEASURE_LIMITS.longText);
  required('expectedResult', values.expectedResult, MEASURE_LIMITS.longText);
  required('effectivenessCriterion', values.effectivenessCriterion, MEASURE_LIMITS.longText);
  optional('sourceKey', values.sourceKey, MEASURE_LIMITS.sourceKey);
  optional('councilResolution', values.councilResolution, MEASURE_LIMITS.councilResolution);
  if (values.sourceUrl.trim() !== '' && !isHttps(values.sourceUrl.trim()))
    errors.sourceUrl = { key: 'tab.measures.form.linkInvalid' };
  if (!isDate(values.deadline)) errors.deadline = { key: 'tab.measures.form.dateInvalid' };
  if (values.checkDate !== '') {
    if (!isDate(values.checkDate)) errors.checkDate = { key: 'tab.measures.form.dateInvalid' };
    else if (isDate(values.deadline) && values.checkDate < values.deadline)
      errors.checkDate = { key: 'tab.measures.form.checkBeforeDeadline' };
  }
  const budget = values.budget.trim();
  if (budget !== '' && (!/^\d+$/.test(budget) || Number(budget) > MEASURE_LIMITS.maxBudgetCzk))
    errors.budget = { key: 'tab.measures.form.budgetInvalid' };
  if (values.whys.some((why) => why.length > MEASURE_LIMITS.whyText))
    errors.whys = { key: 'tab.measures.form.tooLong', values: { max: MEASURE_LIMITS.whyText } };
  if (values.coOwners.length > MEASURE_LIMITS.coOwners)
    errors.coOwners = { key: 'tab.measures.form.tooMany', values: { max: MEASURE_LIMITS.coOwners } };
  if (values.steps.length > MEASURE_LIMITS.steps)
    errors.steps = { key: 'tab.measures.form.tooMany', values: { max: MEASURE_LIMITS.steps } };
  values.steps.forEach((step, index) => {
    required(`step.${index}`, step.title, MEASURE_LIMITS.stepTitle);
  });
  const links = linesOf(values.evidenceLinks);
  if (links.length > MEASURE_LIMITS.evidenceLinks)
    errors.evidenceLinks = {
      key: 'tab.measures.form.tooMany',
      values: { max: MEASURE_LIMITS.evidenceLinks },
    };
  else if (links.some((link) => !isHttps(link) || link.length > MEASURE_LIMITS.link))
    errors.evidenceLinks = { key: 'tab.measures.form.linkInvalid' };
  return errors;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The draft the service takes, from valid values. */
export function draftOf(values: MeasureFormValues): MeasureDraft {
  return {
    title: values.title.trim(),
    kind: values.kind,
    source: {
      origin: values.origin,
      cycleId: values.origin === 'selfAssessment' ? values.cycleId : null,
      subcriterionCode: orNull(values.subcriterionCode),
      sourceKey: orNull(values.sourceKey),
      sourceUrl: orNull(values.sourceUrl),
    },
    departmentCode: orNull(values.departmentCode),
    ownerEmail: values.owner?.email ?? null,
    coOwnerEmails: values.coOwners.map((person) => person.email),
    priority: values.priority,
    deadline: values.deadline,
    problem: values.problem.trim(),
    rootCause: {
      whys: values.whys.map((why) => why.trim()).filter((why) => why !== ''),
      categories: values.categories,
    },
    steps: values.steps.map((step) => ({
      key: step.key,
      title: step.title.trim(),
      ownerEmail: step.ownerEmail,
      dueDate: orNull(step.dueDate),
      done: step.done,
    })),
    expectedResult: values.expectedResult.trim(),
    effectivenessCriterion: values.effectivenessCriterion.trim(),
    checkDate: orNull(values.checkDate),
    budgetCzk: values.budget.trim() === '' ? null : Number(values.budget.trim()),
    councilResolution: orNull(values.councilResolution),
    evidenceLinks: linesOf(values.evidenceLinks),
  };
}
