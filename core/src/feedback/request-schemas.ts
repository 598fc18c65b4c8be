import { z } from 'zod';
import { departmentCodeSchema, documentDateSchema } from '../documents/request-schemas';
import { etagSchema } from '../platform/etag-schema';
import { emailText, multilineText, requiredLine } from '../platform/text-schemas';
import {
  ANONYMOUS_GROUPS,
  CYCLE_PHASES,
  FEEDBACK_LIMITS,
  RATING_POINTS,
  type AdvanceCycleRequest,
  type CompetencyModelDraft,
  type CopyModelRequest,
  type CreateCycleRequest,
  type CreateModelRequest,
  type DeclineRatingRequest,
  type EditCycleRequest,
  type EditModelRequest,
  type FeedbackCycleDraft,
  type GoalRequest,
  type NominationDecisionRequest,
  type SetNominationsRequest,
} from './contract';
import { behaviourKeys, modelProblems } from './model-rules';

/*
 * 360 feedback's request bodies (docs/api-feedback.md), with every rule that needs nothing but the
 * request itself; who may do what in which phase is permissions.ts's and lifecycle.ts's. Texts are
 * cleaned as platform/text-schemas.ts says. Messages in English for developers.
 */

const L = FEEDBACK_LIMITS;
const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;
const email = emailText(L.email);
const key = z
  .string({ error: 'must be a key' })
  .regex(new RegExp(L.keyPattern), 'must be a key like komunikace (a–z, 0–9, -)');

export const ratingPointSchema = z.union(
  RATING_POINTS.map((point) => z.literal(point)) as [z.ZodLiteral<1>, ...z.ZodLiteral<1>[]],
);

const draftObject = z.strictObject({
  name: requiredLine(L.modelName),
  description: multilineText(L.description),
  scale: z
    .array(
      z.strictObject({
        point: ratingPointSchema,
        label: requiredLine(L.anchorLabel),
        description: multilineText(L.anchorDescription),
      }),
    )
    .length(RATING_POINTS.length, 'five anchors, points 1 to 5'),
  groups: z
    .array(
      z.strictObject({
        key,
        name: requiredLine(L.groupName),
        competencies: z
          .array(
            z.strictObject({
              key,
              name: requiredLine(L.competencyName),
              definition: multilineText(L.definition).pipe(z.string().min(1, 'required')),
              behaviours: z
                .array(z.strictObject({ key, text: requiredLine(L.behaviour) }))
                .max(L.behavioursPerCompetency.max),
            }),
          )
          .max(L.competenciesPerModel.max),
      }),
    )
    .max(L.groupsPerModel.max),
});

/** A model as the editor and the import send it: shape and lengths here, the model's rules after. */
export const competencyModelDraftSchema: z.ZodType<CompetencyModelDraft> = draftObject.superRefine(
  (draft, context) => {
    for (const problem of modelProblems(draft as CompetencyModelDraft))
      context.addIssue({
        code: 'custom',
        path: problem.path.split('.'),
        message: `${problem.kind}: ${problem.value}`,
      });
  },
) as z.ZodType<CompetencyModelDraft>;

export const createModelRequestSchema: z.ZodType<CreateModelRequest> = z.strictObject({
  draft: competencyModelDraftSchema,
});
export const editModelRequestSchema: z.ZodType<EditModelRequest> = z.strictObject({
  etag: etagSchema,
  draft: competencyModelDraftSchema,
});
export const copyModelRequestSchema: z.ZodType<CopyModelRequest> = z.strictObject({
  name: requiredLine(L.modelName),
});

const groupRule = z
  .strictObject({
    min: z.number().int().min(0).max(20),
    max: z.number().int().min(0).max(20),
  })
  .refine((rule) => rule.min <= rule.max, 'min must not exceed max');
const threshold = (range: { min: number; max: number }) =>
  z.number({ error: 'must be a number' }).int().min(range.min, `never below ${range.min}`).max(range.max);

export const feedbackCycleDraftSchema: z.ZodType<FeedbackCycleDraft> = z
  .strictObject({
    name: requiredLine(L.cycleName),
    modelId: z.number().int().positive(),
    subjectEmails: z
      .array(email)
      .max(L.subjects, `at most ${L.subjects} people`)
      .refine(unique, 'people are listed twice'),
    departmentCodes: z
      .array(departmentCodeSchema)
      .max(L.departments, `at most ${L.departments} departments`)
      .refine(unique, 'departments are listed twice'),
    nominationDeadline: documentDateSchema,
    approvalDeadline: documentDateSchema,
    ratingDeadline: documentDateSchema,
    rules: z.strictObject({ directReport: groupRule, peer: groupRule, other: groupRule }),
    thresholds: z.strictObject({
      group: threshold(L.groupThreshold),
      comments: threshold(L.commentThreshold),
      raterLoad: threshold(L.raterLoad),
    }),
  })
  .superRefine((draft, context) => {
    if (!(
      draft.nominationDeadline <= draft.approvalDeadline && draft.approvalDeadline <= draft.ratingDeadline
    ))
      context.addIssue({
        code: 'custom',
        path: ['approvalDeadline'],
        message: 'deadlines must follow one another',
      });
    if (draft.subjectEmails.length === 0 && draft.departmentCodes.length === 0)
      context.addIssue({ code: 'custom', path: ['subjectEmails'], message: 'choose people or departments' });
  });

export const createCycleRequestSchema: z.ZodType<CreateCycleRequest> = z.strictObject({
  draft: feedbackCycleDraftSchema,
});
export const editCycleRequestSchema: z.ZodType<EditCycleRequest> = z.strictObject({
  etag: etagSchema,
  draft: feedbackCycleDraftSchema,
});
export const advanceCycleRequestSchema: z.ZodType<AdvanceCycleRequest> = z.strictObject({
  etag: etagSchema,
  to: z.enum(
    CYCLE_PHASES.filter((phase) => phase !== 'preparation') as [
      Exclude<(typeof CYCLE_PHASES)[number], 'preparation'>,
    ],
  ),
  developmentOnlyConfirmed: z.boolean().optional(),
});

export const setNominationsRequestSchema: z.ZodType<SetNominationsRequest> = z.strictObject({
  etag: etagSchema,
  raters: z
    .array(z.strictObject({ email, group: z.enum(ANONYMOUS_GROUPS) }))
    .max(40, 'at most 40 raters')
    .refine((raters) => unique(raters.map((rater) => rater.email)), 'a person is listed twice'),
});
export const nominationDecisionRequestSchema: z.ZodType<NominationDecisionRequest> = z.strictObject({
  etag: etagSchema,
});

/**
 * A rater's answer, checked against the cycle's model: every behaviour answered (a point or null
 * for "cannot judge"), no key the model lacks, comments only for its groups.
 */
export function submitRatingRequestSchema(model: Pick<CompetencyModelDraft, 'groups'>) {
  const behaviours = behaviourKeys(model);
  const groups = model.groups.map((group) => group.key);
  return z.strictObject({
    ratings: z.strictObject(
      Object.fromEntries(behaviours.map((behaviour) => [behaviour, ratingPointSchema.nullable()])),
    ),
    comments: z
      .record(z.string(), multilineText(L.comment))
      .refine(
        (comments) => Object.keys(comments).every((group) => groups.includes(group)),
        "comments only for the model's groups",
      ),
  });
}

export const declineRatingRequestSchema: z.ZodType<DeclineRatingRequest> = z.strictObject({
  reason: multilineText(L.declineReason).pipe(z.string().min(1, 'say why')),
});

const goalLink = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('training'),
    title: requiredLine(L.trainingTitle),
    url: z
      .url({ protocol: /^https?$/ })
      .max(L.url)
      .nullable(),
  }),
  z.strictObject({ kind: z.literal('measure'), measureId: z.number().int().positive() }),
  z.strictObject({ kind: z.literal('none') }),
]);
export const goalRequestSchema: z.ZodType<GoalRequest> = z.strictObject({
  competencyKey: key,
  text: requiredLine(L.goal),
  dueDate: documentDateSchema.nullable(),
  link: goalLink,
  etag: etagSchema.optional(),
});
