import { z } from 'zod';
import { isSubcriterionCode } from '../caf/model';
import { etagSchema } from '../platform/etag-schema';
import { safeText } from '../platform/safe-text';
import {
  MEASURE_KINDS,
  MEASURE_LIMITS,
  MEASURE_ORIGINS,
  MEASURE_PRIORITIES,
  MEASURE_SORTS,
  MEASURE_STATUSES,
  MEASURE_TRANSITIONS,
  PDCA_PHASES,
  ROOT_CAUSE_CATEGORIES,
  type CheckEffectivenessRequest,
  type EditMeasureRequest,
  type MeasureDraft,
  type MeasureFilter,
  type ReportProgressRequest,
  type TransitionMeasureRequest,
} from './contract';
import { isCalendarDate } from './office-date';

/*
 * The measures API's request bodies and the register's query string (docs/api-measures.md), with
 * every rule the service relies on; messages in English for developers (the tab shows its own per
 * field). Texts are kept as typed but for what nobody can see: Unicode is composed (NFC), line
 * ends become \n, and control, bidirectional and unpaired-surrogate characters (`safeText`) are
 * dropped, so a title cannot read backwards nor break a file it is exported to; one-line fields
 * lose line breaks and tabs too. Markup stays literal text: whoever shows it escapes it.
 */

const clean = (value: string) => safeText(value.normalize('NFC').replace(/\r\n?/g, '\n')).trim();
const oneLine = (value: string) => clean(value.replace(/[\t\n\r]+/g, ' ')).replace(/ {2,}/g, ' ');
/** Zero-width and line/paragraph separators: invisible in one line, refused nowhere but dropped. */
const invisible = (value: string) => value.replace(/[\u200B-\u200D\u2028\u2029\uFEFF]/g, '');

const lengthMessage = (max: number) => `at most ${max.toLocaleString('en')} characters`;
const line = (max: number) =>
  z
    .string({ error: 'must be text' })
    .overwrite((value) => oneLine(invisible(value)))
    .max(max, lengthMessage(max));
const multiline = (max: number) =>
  z
    .string({ error: 'must be text' })
    .overwrite((value) => clean(invisible(value)).replace(/\n{3,}/g, '\n\n'))
    .max(max, lengthMessage(max));
const required = (max: number) => line(max).min(1, 'required');

export const measureDateSchema = z
  .string({ error: 'must be a date like 2027-03-31' })
  .refine(isCalendarDate, 'must be a date of the calendar like 2027-03-31');

const email = z
  .string({ error: 'must be an e-mail address' })
  .trim()
  .toLowerCase()
  .max(MEASURE_LIMITS.email, lengthMessage(MEASURE_LIMITS.email))
  .pipe(z.email('must be an e-mail address'));

const httpsLink = z
  .string({ error: 'must be a link' })
  .trim()
  .max(MEASURE_LIMITS.link, lengthMessage(MEASURE_LIMITS.link))
  .pipe(z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https:// link' }));

/** A department's code as the directory spells it (letters, digits, `.`, `_`, `-`): no quotes, no spaces. */
export const DEPARTMENT_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const departmentCode = z
  .string({ error: 'must be a department code' })
  .max(MEASURE_LIMITS.departmentCode, lengthMessage(MEASURE_LIMITS.departmentCode))
  .regex(DEPARTMENT_CODE_PATTERN, 'must be a department code like OSV');

const subcriterionCode = z
  .string({ error: 'must be a CAF subcriterion code like 3.3' })
  .max(8)
  .refine(isSubcriterionCode, 'must be a CAF 2020 subcriterion code like 3.3');

const STEP_KEY_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const stepKey = z
  .string({ error: 'must be a step key' })
  .max(MEASURE_LIMITS.stepKey)
  .regex(STEP_KEY_PATTERN, 'must be a step key like s1');

const sourceSchema = z
  .strictObject({
    origin: z.enum(MEASURE_ORIGINS),
    cycleId: z.number().int().positive().max(2_147_483_647).nullable(),
    subcriterionCode: subcriterionCode.nullable(),
    sourceKey: line(MEASURE_LIMITS.sourceKey)
      .nullable()
      .transform((value) => (value === '' ? null : value)),
    sourceUrl: httpsLink.nullable(),
  })
  .superRefine((source, context) => {
    if (source.origin === 'selfAssessment') {
      if (source.cycleId === null)
        context.addIssue({
          code: 'custom',
          path: ['cycleId'],
          message: 'a self-assessment measure names its CAF cycle',
        });
      if (source.subcriterionCode === null)
        context.addIssue({
          code: 'custom',
          path: ['subcriterionCode'],
          message: 'a self-assessment measure names the subcriterion it improves',
        });
    } else if (source.cycleId !== null) {
      context.addIssue({
        code: 'custom',
        path: ['cycleId'],
        message: 'only a self-assessment measure names a CAF cycle',
      });
    }
  });

const stepSchema = z.strictObject({
  key: stepKey.nullable(),
  title: required(MEASURE_LIMITS.stepTitle),
  ownerEmail: email.nullable(),
  dueDate: measureDateSchema.nullable(),
  done: z.boolean(),
});

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

const draftObject = z.strictObject({
  title: required(MEASURE_LIMITS.title),
  kind: z.enum(MEASURE_KINDS),
  source: sourceSchema,
  departmentCode: departmentCode.nullable(),
  ownerEmail: email.nullable(),
  coOwnerEmails: z
    .array(email)
    .max(MEASURE_LIMITS.coOwners, `at most ${MEASURE_LIMITS.coOwners} co-owners`)
    .refine(unique, 'co-owners are listed twice'),
  priority: z.enum(MEASURE_PRIORITIES),
  deadline: measureDateSchema,
  problem: multiline(MEASURE_LIMITS.longText).min(1, 'required: describe the problem'),
  rootCause: z.strictObject({
    whys: z
      .array(multiline(MEASURE_LIMITS.whyText).min(1, 'an answer to "why" may not be empty'))
      .max(MEASURE_LIMITS.whys, `at most ${MEASURE_LIMITS.whys} answers`),
    categories: z
      .array(z.enum(ROOT_CAUSE_CATEGORIES))
      .max(ROOT_CAUSE_CATEGORIES.length)
      .refine(unique, 'categories are listed twice'),
  }),
  steps: z.array(stepSchema).max(MEASURE_LIMITS.steps, `at most ${MEASURE_LIMITS.steps} steps`),
  expectedResult: multiline(MEASURE_LIMITS.longText),
  effectivenessCriterion: multiline(MEASURE_LIMITS.longText),
  checkDate: measureDateSchema.nullable(),
  budgetCzk: z
    .number({ error: 'must be a number of CZK' })
    .int('whole CZK')
    .min(0, 'may not be negative')
    .max(MEASURE_LIMITS.maxBudgetCzk, 'beyond any single measure')
    .nullable(),
  councilResolution: line(MEASURE_LIMITS.councilResolution)
    .nullable()
    .transform((value) => (value === '' ? null : value)),
  evidenceLinks: z
    .array(httpsLink)
    .max(MEASURE_LIMITS.evidenceLinks, `at most ${MEASURE_LIMITS.evidenceLinks} links`)
    .refine(unique, 'links are listed twice'),
});

type DraftInput = z.output<typeof draftObject>;

function draftRules(draft: DraftInput, context: z.RefinementCtx): void {
  if (draft.checkDate !== null && draft.checkDate < draft.deadline)
    context.addIssue({
      code: 'custom',
      path: ['checkDate'],
      message: 'the check comes on or after the deadline',
    });
  if (draft.ownerEmail !== null && draft.coOwnerEmails.includes(draft.ownerEmail))
    context.addIssue({
      code: 'custom',
      path: ['coOwnerEmails'],
      message: 'the owner is not their own co-owner',
    });
  const keys = draft.steps.flatMap((step) => (step.key === null ? [] : [step.key]));
  if (!unique(keys))
    context.addIssue({ code: 'custom', path: ['steps'], message: 'step keys are listed twice' });
}

/** A measure as the edit form sends it (PUT's `draft`). */
export const measureDraftSchema: z.ZodType<MeasureDraft> = draftObject.superRefine(draftRules);

/**
 * POST /api/measures: a new measure, whose deadline is not before `today` (the office's date,
 * YYYY-MM-DD; an edit may keep a deadline that has passed).
 */
export function createMeasureBodySchema(today: string): z.ZodType<MeasureDraft> {
  return draftObject.superRefine((draft, context) => {
    draftRules(draft, context);
    if (draft.deadline < today)
      context.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'the deadline may not be in the past',
      });
  });
}

/** PUT /api/measures/:id */
export const editMeasureBodySchema: z.ZodType<EditMeasureRequest> = z.strictObject({
  etag: etagSchema,
  draft: measureDraftSchema,
});

/** POST /api/measures/:id/progress */
export const reportProgressBodySchema: z.ZodType<ReportProgressRequest> = z.strictObject({
  etag: etagSchema,
  progress: z.number({ error: 'must be a percentage' }).int('a whole percentage').min(0).max(100),
  phase: z.enum(PDCA_PHASES),
  note: multiline(MEASURE_LIMITS.note),
  stepsDone: z
    .array(z.strictObject({ key: stepKey, done: z.boolean() }))
    .max(MEASURE_LIMITS.steps)
    .refine((steps) => unique(steps.map((step) => step.key)), 'steps are listed twice')
    .optional(),
});

/** POST /api/measures/:id/transition */
export const transitionMeasureBodySchema: z.ZodType<TransitionMeasureRequest> = z.strictObject({
  etag: etagSchema,
  transition: z.enum(MEASURE_TRANSITIONS),
  reason: multiline(MEASURE_LIMITS.reason),
});

/** POST /api/measures/:id/effectiveness */
export const checkEffectivenessBodySchema: z.ZodType<CheckEffectivenessRequest> = z
  .strictObject({
    etag: etagSchema,
    effective: z.boolean(),
    note: multiline(MEASURE_LIMITS.note).min(1, 'required: what the check found'),
    newDeadline: measureDateSchema.nullable(),
  })
  .superRefine((check, context) => {
    if (check.effective && check.newDeadline !== null)
      context.addIssue({
        code: 'custom',
        path: ['newDeadline'],
        message: 'only a measure found not effective gets a new deadline',
      });
  });

/** One query-string value: a repeated parameter or a nested one is not one value. */
const one = z.string({ error: 'must be given once' });
const flag = one.transform((value, context) => {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  context.addIssue({ code: 'custom', message: 'must be true or false' });
  return z.NEVER;
});
const wholeNumber = (min: number, max: number) =>
  one
    .regex(/^\d{1,10}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
/** The opaque token a register reply gave as `nextPage`. */
export const PAGE_TOKEN_PATTERN = /^p[0-9a-z]{1,8}$/;

/**
 * GET /api/measures?…: the register's query string (as Express reads it: a value, or a list for
 * a repeated name) into a MeasureFilter. `status` may be repeated or comma-separated. Unknown names
 * are refused, so a misspelt filter does not silently show everything.
 */
export const measureFilterQuerySchema: z.ZodType<MeasureFilter> = z.strictObject({
  status: z
    .union([one, z.array(one).max(MEASURE_STATUSES.length)])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')))
    .pipe(z.array(z.enum(MEASURE_STATUSES)).refine(unique, 'statuses are listed twice'))
    .optional(),
  phase: z.enum(PDCA_PHASES).optional(),
  departmentCode: departmentCode.optional(),
  ownerEmail: email.optional(),
  origin: z.enum(MEASURE_ORIGINS).optional(),
  criterion: wholeNumber(1, 9).optional(),
  subcriterionCode: subcriterionCode.optional(),
  cycleId: wholeNumber(1, 2_147_483_647).optional(),
  overdue: flag.optional(),
  dueSoon: flag.optional(),
  year: wholeNumber(1900, 2999).optional(),
  mine: flag.optional(),
  sort: z.enum(MEASURE_SORTS).optional(),
  descending: flag.optional(),
  pageSize: wholeNumber(1, MEASURE_LIMITS.pageSize.max).optional(),
  page: one.regex(PAGE_TOKEN_PATTERN, 'must be the nextPage of the previous reply').optional(),
});
