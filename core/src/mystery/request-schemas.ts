import { z } from 'zod';
import { departmentCodeSchema, documentDateSchema } from '../documents/request-schemas';
import { etagSchema } from '../platform/etag-schema';
import { emailText, lineText, multilineText, requiredLine } from '../platform/text-schemas';
import {
  CAMPAIGN_STATUSES,
  CHECKLIST_SECTIONS,
  EVALUATION_ACTIONS,
  EVALUATION_STATUSES,
  ITEM_ANSWERS,
  MYSTERY_CHANNELS,
  MYSTERY_LIMITS,
  SCENARIO_KINDS,
  type AdvanceCampaignRequest,
  type CampaignDraft,
  type ChecklistDraft,
  type CreateCampaignRequest,
  type CreateChecklistRequest,
  type EditCampaignRequest,
  type EditChecklistRequest,
  type EvaluationActRequest,
  type EvaluationRecord,
  type EvaluationStatus,
  type FindingRequest,
  type MysteryChannel,
  type PlanEvaluationsRequest,
  type SaveRecordRequest,
} from './contract';
import { ISO_WEEK_PATTERN, isIsoWeek } from './iso-week';

/*
 * Mystery shopping's request bodies and query strings (docs/api-mystery.md), with every rule that
 * needs nothing but the request itself; cross-checks with stored data (the campaign's service points,
 * the lockout, checklists that exist) are the service's, through campaign-rules.ts and
 * schedule-rules.ts. Texts are cleaned as platform/text-schemas.ts says. Messages in English.
 */

const L = MYSTERY_LIMITS;
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;
const email = emailText(L.email);
const key = z
  .string({ error: 'must be a key' })
  .regex(new RegExp(L.keyPattern), 'must be a key like sp-doprava-1 (a–z, 0–9, -)');
const channel = z.enum(MYSTERY_CHANNELS, { error: `must be one of ${MYSTERY_CHANNELS.join(', ')}` });
const id = z
  .number({ error: 'must be an id' })
  .int('must be an id')
  .positive('must be an id')
  .max(2 ** 31 - 1);
const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date and time like 2026-04-02T09:30:00+02:00',
});
export const isoWeekSchema = z
  .string({ error: 'must be an ISO week like 2026-W14' })
  .regex(ISO_WEEK_PATTERN, 'must be an ISO week like 2026-W14')
  .refine(isIsoWeek, 'must be a week of the calendar');

const itemSchema = z.strictObject({
  key,
  section: z.enum(CHECKLIST_SECTIONS, { error: `must be one of ${CHECKLIST_SECTIONS.join(', ')}` }),
  text: requiredLine(L.itemText),
  hint: multilineText(L.hint),
  weight: z
    .number({ error: 'must be a weight' })
    .int('a whole weight')
    .min(L.weight.min, `at least ${L.weight.min}`)
    .max(L.weight.max, `at most ${L.weight.max}`),
  critical: z.boolean({ error: 'must be true or false' }),
});

export const checklistDraftSchema: z.ZodType<ChecklistDraft> = z
  .strictObject({
    name: requiredLine(L.name),
    channel,
    description: multilineText(L.description),
    items: z
      .array(itemSchema)
      .min(1, 'at least one item')
      .max(L.itemsPerSection.max * CHECKLIST_SECTIONS.length),
  })
  .superRefine((draft, context) => {
    if (!unique(draft.items.map((item) => item.key)))
      context.addIssue({ code: 'custom', path: ['items'], message: 'item keys are listed twice' });
    for (const section of CHECKLIST_SECTIONS) {
      const count = draft.items.filter((item) => item.section === section).length;
      if (count > L.itemsPerSection.max)
        context.addIssue({
          code: 'custom',
          path: ['items'],
          message: `at most ${L.itemsPerSection.max} items in ${section}`,
        });
    }
  });

export const createChecklistRequestSchema: z.ZodType<CreateChecklistRequest> = z.strictObject({
  draft: checklistDraftSchema,
});
export const editChecklistRequestSchema: z.ZodType<EditChecklistRequest> = z.strictObject({
  etag: etagSchema,
  draft: checklistDraftSchema,
});
export const newChecklistVersionRequestSchema = z.strictObject({});

const servicePointSchema = z.strictObject({
  key,
  departmentCode: departmentCodeSchema,
  channel,
  name: requiredLine(L.name),
});

const scenarioSchema = z.strictObject({
  key,
  title: requiredLine(L.name),
  kind: z.enum(SCENARIO_KINDS, { error: `must be one of ${SCENARIO_KINDS.join(', ')}` }),
  channels: z
    .array(channel)
    .min(1, 'at least one channel')
    .max(MYSTERY_CHANNELS.length)
    .refine(unique, 'channels are listed twice'),
  situation: multilineText(L.situation).pipe(z.string().min(1, 'required')),
  expectedAnswer: multilineText(L.expectedAnswer).pipe(z.string().min(1, 'required')),
  deadlineHours: z
    .number({ error: 'must be a number of hours' })
    .int('whole hours')
    .min(L.deadlineHours.min)
    .max(L.deadlineHours.max)
    .nullable(),
});

const checklistIdsSchema = z
  .record(z.string(), id, { error: 'must map channels to checklist ids' })
  .superRefine((ids, context) => {
    for (const name of Object.keys(ids))
      if (!(MYSTERY_CHANNELS as readonly string[]).includes(name))
        context.addIssue({ code: 'custom', path: [name], message: `not a channel: ${name}` });
  })
  .transform((ids) => ids as Partial<Record<MysteryChannel, number>>);

export const campaignDraftSchema: z.ZodType<CampaignDraft> = z.strictObject({
  name: requiredLine(L.name),
  description: multilineText(L.description),
  startDate: documentDateSchema,
  endDate: documentDateSchema,
  departmentCodes: z
    .array(departmentCodeSchema)
    .min(1, 'at least one department')
    .max(L.departments)
    .refine(unique, 'departments are listed twice'),
  servicePoints: z.array(servicePointSchema).max(L.servicePoints),
  quotas: z
    .array(
      z.strictObject({
        departmentCode: departmentCodeSchema,
        channel,
        count: z.number({ error: 'must be a count' }).int('a whole count').min(L.quota.min).max(L.quota.max),
      }),
    )
    .max(L.departments * MYSTERY_CHANNELS.length)
    .refine(
      (quotas) => unique(quotas.map((quota) => `${quota.departmentCode}\u0000${quota.channel}`)),
      'a department and channel has two quotas',
    ),
  scenarios: z.array(scenarioSchema).max(L.scenarios),
  checklistIds: checklistIdsSchema,
  evaluatorEmails: z.array(email).max(L.evaluators).refine(unique, 'evaluators are listed twice'),
  lockoutDays: z
    .number({ error: 'must be a number of days' })
    .int('whole days')
    .min(L.lockoutDays.min)
    .max(L.lockoutDays.max),
  staffNotice: z.strictObject({
    informedOn: documentDateSchema.nullable(),
    documentId: id.nullable(),
    note: multilineText(L.description),
  }),
});

export const createCampaignRequestSchema: z.ZodType<CreateCampaignRequest> = z.strictObject({
  draft: campaignDraftSchema,
});
export const editCampaignRequestSchema: z.ZodType<EditCampaignRequest> = z.strictObject({
  etag: etagSchema,
  draft: campaignDraftSchema,
});
export const advanceCampaignRequestSchema: z.ZodType<AdvanceCampaignRequest> = z.strictObject({
  etag: etagSchema,
  to: z.enum(CAMPAIGN_STATUSES.filter((status) => status !== 'preparation') as ['running', 'closed']),
});

export const planEvaluationsRequestSchema: z.ZodType<PlanEvaluationsRequest> = z.strictObject({
  etag: etagSchema,
  plans: z
    .array(
      z.strictObject({
        departmentCode: departmentCodeSchema,
        servicePointKey: key,
        scenarioKey: key,
        evaluatorEmail: email,
        week: isoWeekSchema,
      }),
    )
    .min(1, 'at least one plan')
    .max(500, 'at most 500 plans at once'),
});

const count = (max: number) =>
  z.number({ error: 'must be a number' }).min(0, 'not negative').max(max, `at most ${max}`).nullable();

export const evaluationRecordSchema: z.ZodType<EvaluationRecord> = z
  .strictObject({
    contactAt: isoDateTime.nullable(),
    answeredAt: isoDateTime.nullable(),
    items: z
      .record(
        key,
        z.strictObject({
          answer: z.enum(ITEM_ANSWERS, { error: `must be one of ${ITEM_ANSWERS.join(', ')}` }).nullable(),
          note: multilineText(L.note),
        }),
      )
      .refine(
        (items) => Object.keys(items).length <= L.itemsPerSection.max * CHECKLIST_SECTIONS.length,
        'too many items',
      ),
    waitMinutes: count(L.waitMinutes.max),
    rings: count(L.rings.max).refine((value) => value === null || Number.isInteger(value), 'whole rings'),
    answerCorrect: z.boolean({ error: 'must be true, false or null' }).nullable(),
    generalNote: multilineText(L.generalNote),
  })
  .refine(
    (record) =>
      record.contactAt === null ||
      record.answeredAt === null ||
      Date.parse(record.answeredAt) >= Date.parse(record.contactAt),
    { path: ['answeredAt'], message: 'the answer cannot come before the message was sent' },
  );

export const saveRecordRequestSchema: z.ZodType<SaveRecordRequest> = z.strictObject({
  etag: etagSchema,
  record: evaluationRecordSchema,
});

export const evaluationActRequestSchema: z.ZodType<EvaluationActRequest> = z
  .strictObject({
    etag: etagSchema,
    action: z.enum(
      EVALUATION_ACTIONS.filter((action) => action !== 'record') as [
        Exclude<(typeof EVALUATION_ACTIONS)[number], 'record'>,
      ],
    ),
    comment: multilineText(L.reviewComment).optional(),
    week: isoWeekSchema.optional(),
  })
  .superRefine((request, context) => {
    if ((request.action === 'return' || request.action === 'exclude') && !request.comment)
      context.addIssue({ code: 'custom', path: ['comment'], message: 'say why' });
    if (request.action === 'reschedule' && request.week === undefined)
      context.addIssue({ code: 'custom', path: ['week'], message: 'the new week is required' });
  });

export const findingRequestSchema: z.ZodType<FindingRequest> = z.strictObject({
  departmentCode: departmentCodeSchema,
  title: requiredLine(255),
  problem: multilineText(4000).pipe(z.string().min(1, 'required')),
  kind: z.enum(['corrective', 'preventive']),
  evaluationIds: z
    .array(id)
    .min(1, 'at least one evaluation')
    .max(200)
    .refine(unique, 'evaluations are listed twice'),
  itemKeys: z.array(key).max(50).refine(unique, 'items are listed twice'),
  deadline: documentDateSchema,
  subcriterionCode: z
    .string()
    .regex(/^[1-9]\.[1-9]$/, 'must be a CAF subcriterion code like 6.2')
    .nullable(),
});

/** GET …/evaluations?department=&channel=&status= */
export const evaluationsQuerySchema = z.strictObject({
  department: departmentCodeSchema.optional(),
  channel: channel.optional(),
  status: z.enum(EVALUATION_STATUSES as unknown as [EvaluationStatus, ...EvaluationStatus[]]).optional(),
});

/** GET …/results?department= and …/report.docx?department= */
export const resultsQuerySchema = z.strictObject({ department: departmentCodeSchema.optional() });

/** A file's name as the upload's X-File-Name header carries it (URL-encoded). */
export const fileNameSchema = lineText(200).pipe(
  z
    .string()
    .min(1, 'required')
    .refine((name) => !/[\\/:*?"<>|#%]/.test(name), 'a file name without \\ / : * ? " < > | # %'),
);
