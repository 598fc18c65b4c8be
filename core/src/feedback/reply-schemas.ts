import * as z from 'zod/mini';
import { orNull, type AllTrue, type Reads } from '../platform/reply-schema';
import {
  ANONYMOUS_GROUPS,
  CYCLE_ACTIONS,
  CYCLE_PHASES,
  NOMINATION_ACTIONS,
  NOMINATION_SOURCES,
  NOMINATION_STATES,
  RATER_GROUPS,
  RATER_STATES,
  RATING_POINTS,
  type BehaviourResult,
  type CompetencyModel,
  type CompetencyModelReply,
  type CompetencyModelsReply,
  type CompetencyModelSummary,
  type CompetencyResult,
  type CycleLoadReply,
  type CycleProgress,
  type CycleSubjectsReply,
  type DevelopmentGoal,
  type ErasePersonReply,
  type FeedbackCycle,
  type FeedbackCycleReply,
  type FeedbackCyclesReply,
  type FeedbackCycleSummary,
  type FeedbackEvidenceReply,
  type FeedbackReport,
  type FeedbackReportReply,
  type FeedbackSubject,
  type MyFeedbackDataReply,
  type MyFeedbackReply,
  type Nomination,
  type OrganisationReply,
  type RaterLoad,
  type RatingForm,
  type RatingReply,
  type SubjectNominationsReply,
} from './contract';

/*
 * 360 feedback's replies of contract.ts, checked at run time: the tab reads every answer with them
 * and the API tests check the service's answers against them. Shapes and codes only (the rules
 * are request-schemas.ts's and the service's); a field the contract says may be null may also be
 * left out.
 */

const personSchema = z.object({ email: z.string(), displayName: z.string() });
const ratingPointSchema = z.union([
  z.literal(RATING_POINTS[0]),
  z.literal(RATING_POINTS[1]),
  z.literal(RATING_POINTS[2]),
  z.literal(RATING_POINTS[3]),
  z.literal(RATING_POINTS[4]),
]);
const raterGroupSchema = z.enum(RATER_GROUPS);
const anonymousGroupSchema = z.enum(ANONYMOUS_GROUPS);
const groupRuleSchema = z.object({ min: z.number(), max: z.number() });
const finding = orNull(z.enum(['blindSpot', 'hiddenStrength']));

const scaleAnchorSchema = z.object({ point: ratingPointSchema, label: z.string(), description: z.string() });
const competencyGroupSchema = z.object({
  key: z.string(),
  name: z.string(),
  competencies: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      definition: z.string(),
      behaviours: z.array(z.object({ key: z.string(), text: z.string() })),
    }),
  ),
});

export const competencyModelSchema = z.object({
  name: z.string(),
  description: z.string(),
  scale: z.array(scaleAnchorSchema),
  groups: z.array(competencyGroupSchema),
  id: z.number(),
  modelKey: z.string(),
  version: z.number(),
  frozen: z.boolean(),
  cycleIds: z.array(z.number()),
  createdAt: z.string(),
  createdBy: orNull(personSchema),
  modifiedAt: z.string(),
  etag: z.string(),
});

export const competencyModelSummarySchema = z.object({
  id: z.number(),
  modelKey: z.string(),
  version: z.number(),
  name: z.string(),
  frozen: z.boolean(),
  competencies: z.number(),
  behaviours: z.number(),
  latest: z.boolean(),
  modifiedAt: z.string(),
});

export const competencyModelsReplySchema = z.object({
  items: z.array(competencyModelSummarySchema),
  mayAuthor: z.boolean(),
});
export const competencyModelReplySchema = z.object({ model: competencyModelSchema, mayEdit: z.boolean() });

export const feedbackCycleSchema = z.object({
  name: z.string(),
  modelId: z.number(),
  subjectEmails: z.array(z.string()),
  departmentCodes: z.array(z.string()),
  nominationDeadline: z.string(),
  approvalDeadline: z.string(),
  ratingDeadline: z.string(),
  rules: z.object({ directReport: groupRuleSchema, peer: groupRuleSchema, other: groupRuleSchema }),
  thresholds: z.object({ group: z.number(), comments: z.number(), raterLoad: z.number() }),
  id: z.number(),
  phase: z.enum(CYCLE_PHASES),
  coordinator: orNull(personSchema),
  modelName: z.string(),
  modelVersion: z.number(),
  subjectCount: z.number(),
  startedAt: orNull(z.string()),
  closedAt: orNull(z.string()),
  releasedAt: orNull(z.string()),
  releasedBy: orNull(personSchema),
  createdAt: z.string(),
  modifiedAt: z.string(),
  etag: z.string(),
});

export const feedbackCycleSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  phase: z.enum(CYCLE_PHASES),
  modelName: z.string(),
  subjectCount: z.number(),
  ratingDeadline: z.string(),
  coordinator: orNull(personSchema),
});
export const feedbackCyclesReplySchema = z.object({
  items: z.array(feedbackCycleSummarySchema),
  mayCreate: z.boolean(),
});

export const cycleProgressSchema = z.object({
  subjects: z.number(),
  nominationsSubmitted: z.number(),
  nominationsApproved: z.number(),
  forms: z.number(),
  formsDone: z.number(),
  declined: z.number(),
  reportsWithGroups: z.number(),
});
export const feedbackCycleReplySchema = z.object({
  cycle: feedbackCycleSchema,
  progress: cycleProgressSchema,
  allowed: z.array(z.enum(CYCLE_ACTIONS)),
});

export const nominationSchema = z.object({
  id: z.number(),
  rater: personSchema,
  group: raterGroupSchema,
  state: z.enum(RATER_STATES),
  source: z.enum(NOMINATION_SOURCES),
  declineReason: orNull(z.string()),
});
export const feedbackSubjectSchema = z.object({
  id: z.number(),
  cycleId: z.number(),
  person: personSchema,
  manager: orNull(personSchema),
  departmentCode: orNull(z.string()),
  departmentName: orNull(z.string()),
  nominationState: z.enum(NOMINATION_STATES),
  etag: z.string(),
});
const nominationCountSchema = z.object({
  group: anonymousGroupSchema,
  count: z.number(),
  rule: groupRuleSchema,
});
export const raterLoadSchema = z.object({
  person: personSchema,
  departmentCode: orNull(z.string()),
  forms: z.number(),
  overCap: z.boolean(),
});
export const subjectNominationsReplySchema = z.object({
  subject: feedbackSubjectSchema,
  nominations: z.array(nominationSchema),
  counts: z.array(nominationCountSchema),
  suggestions: z.array(raterLoadSchema),
  allowed: z.array(z.enum(NOMINATION_ACTIONS)),
});
export const cycleSubjectsReplySchema = z.object({
  items: z.array(
    z.object({
      subject: feedbackSubjectSchema,
      counts: z.array(nominationCountSchema),
      forms: z.number(),
      formsDone: z.number(),
    }),
  ),
  total: z.number(),
  nextPage: orNull(z.string()),
});
export const cycleLoadReplySchema = z.object({ cap: z.number(), items: z.array(raterLoadSchema) });

export const ratingFormSchema = z.object({
  cycleId: z.number(),
  subjectId: z.number(),
  subject: personSchema,
  group: raterGroupSchema,
  done: z.boolean(),
  declined: z.boolean(),
});
export const ratingReplySchema = z.object({ stored: z.boolean(), done: z.number(), total: z.number() });

export const myFeedbackReplySchema = z.object({
  toNominate: z.array(
    z.object({
      cycleId: z.number(),
      cycleName: z.string(),
      subjectId: z.number(),
      deadline: z.string(),
      state: z.enum(NOMINATION_STATES),
    }),
  ),
  toApprove: z.array(
    z.object({
      cycleId: z.number(),
      cycleName: z.string(),
      subjectId: z.number(),
      subject: personSchema,
      deadline: z.string(),
    }),
  ),
  forms: z.array(z.extend(ratingFormSchema, { cycleName: z.string(), deadline: z.string() })),
  reports: z.array(
    z.object({
      cycleId: z.number(),
      cycleName: z.string(),
      subjectId: z.number(),
      subject: personSchema,
      releasedAt: z.string(),
    }),
  ),
});

const scoreSchema = z.object({ mean: orNull(z.number()), ratings: orNull(z.number()) });
const byGroupSchema = z.object({
  self: z.optional(scoreSchema),
  manager: z.optional(scoreSchema),
  directReport: z.optional(scoreSchema),
  peer: z.optional(scoreSchema),
  other: z.optional(scoreSchema),
});
export const behaviourResultSchema = z.object({
  key: z.string(),
  text: z.string(),
  self: scoreSchema,
  others: scoreSchema,
  byGroup: byGroupSchema,
  gap: orNull(z.number()),
  finding,
});
export const competencyResultSchema = z.object({
  groupKey: z.string(),
  key: z.string(),
  name: z.string(),
  self: scoreSchema,
  others: scoreSchema,
  byGroup: byGroupSchema,
  gap: orNull(z.number()),
  finding,
  behaviours: z.array(behaviourResultSchema),
});
export const feedbackReportSchema = z.object({
  cycleId: z.number(),
  cycleName: z.string(),
  subject: personSchema,
  manager: orNull(personSchema),
  modelName: z.string(),
  scale: z.array(scaleAnchorSchema),
  thresholds: z.object({ group: z.number(), comments: z.number(), raterLoad: z.number() }),
  groups: z.array(
    z.object({ group: raterGroupSchema, answers: z.number(), mergedFrom: z.array(anonymousGroupSchema) }),
  ),
  suppressed: z.array(
    z.object({
      group: anonymousGroupSchema,
      answers: z.number(),
      outcome: z.enum(['merged', 'dropped']),
    }),
  ),
  othersShown: z.boolean(),
  competencies: z.array(competencyResultSchema),
  topBehaviours: z.array(z.string()),
  bottomBehaviours: z.array(z.string()),
  comments: z.array(
    z.object({ competencyGroupKey: z.string(), group: orNull(raterGroupSchema), text: z.string() }),
  ),
  releasedAt: orNull(z.string()),
});

const goalLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('training'), title: z.string(), url: orNull(z.string()) }),
  z.object({ kind: z.literal('measure'), measureId: z.number() }),
  z.object({ kind: z.literal('none') }),
]);
export const developmentGoalSchema = z.object({
  id: z.number(),
  competencyKey: z.string(),
  text: z.string(),
  dueDate: orNull(z.string()),
  link: goalLinkSchema,
  createdAt: z.string(),
  etag: z.string(),
});
export const feedbackReportReplySchema = z.object({
  report: feedbackReportSchema,
  goals: z.array(developmentGoalSchema),
  mayAddGoals: z.boolean(),
});

export const organisationReplySchema = z.object({
  cycleId: z.number(),
  competencies: z.array(z.object({ key: z.string(), name: z.string() })),
  departments: z.array(z.object({ code: z.string(), name: z.string() })),
  cells: z.array(
    z.object({
      departmentCode: z.string(),
      competencyKey: z.string(),
      mean: orNull(z.number()),
      subjects: orNull(z.number()),
    }),
  ),
  hiddenDepartments: z.array(z.string()),
  trend: z.array(
    z.object({
      cycleId: z.number(),
      cycleName: z.string(),
      releasedAt: z.string(),
      means: z.record(z.string(), z.nullable(z.number())),
    }),
  ),
});

export const feedbackEvidenceReplySchema = z.object({
  bySubcriterion: z.record(
    z.string(),
    z.array(
      z.object({
        cycleId: z.number(),
        cycleName: z.string(),
        releasedAt: z.string(),
        subjects: z.number(),
        responseRate: z.number(),
        subcriteria: z.array(z.string()),
      }),
    ),
  ),
});

export const myFeedbackDataReplySchema = z.object({
  asSubject: z.array(
    z.object({
      cycleId: z.number(),
      cycleName: z.string(),
      nominations: z.array(nominationSchema),
      goals: z.array(developmentGoalSchema),
    }),
  ),
  asRater: z.array(z.extend(ratingFormSchema, { cycleName: z.string() })),
});

export const erasePersonReplySchema = z.object({
  subjectsRemoved: z.number(),
  nominationsRemoved: z.number(),
  answersUnlinked: z.number(),
  answersRemoved: z.number(),
});

type _FeedbackReplies = AllTrue<
  [
    Reads<typeof competencyModelSchema, CompetencyModel>,
    Reads<typeof competencyModelSummarySchema, CompetencyModelSummary>,
    Reads<typeof competencyModelsReplySchema, CompetencyModelsReply>,
    Reads<typeof competencyModelReplySchema, CompetencyModelReply>,
    Reads<typeof feedbackCycleSchema, FeedbackCycle>,
    Reads<typeof feedbackCycleSummarySchema, FeedbackCycleSummary>,
    Reads<typeof feedbackCyclesReplySchema, FeedbackCyclesReply>,
    Reads<typeof cycleProgressSchema, CycleProgress>,
    Reads<typeof feedbackCycleReplySchema, FeedbackCycleReply>,
    Reads<typeof nominationSchema, Nomination>,
    Reads<typeof feedbackSubjectSchema, FeedbackSubject>,
    Reads<typeof raterLoadSchema, RaterLoad>,
    Reads<typeof subjectNominationsReplySchema, SubjectNominationsReply>,
    Reads<typeof cycleSubjectsReplySchema, CycleSubjectsReply>,
    Reads<typeof cycleLoadReplySchema, CycleLoadReply>,
    Reads<typeof ratingFormSchema, RatingForm>,
    Reads<typeof ratingReplySchema, RatingReply>,
    Reads<typeof myFeedbackReplySchema, MyFeedbackReply>,
    Reads<typeof behaviourResultSchema, BehaviourResult>,
    Reads<typeof competencyResultSchema, CompetencyResult>,
    Reads<typeof feedbackReportSchema, FeedbackReport>,
    Reads<typeof developmentGoalSchema, DevelopmentGoal>,
    Reads<typeof feedbackReportReplySchema, FeedbackReportReply>,
    Reads<typeof organisationReplySchema, OrganisationReply>,
    Reads<typeof feedbackEvidenceReplySchema, FeedbackEvidenceReply>,
    Reads<typeof myFeedbackDataReplySchema, MyFeedbackDataReply>,
    Reads<typeof erasePersonReplySchema, ErasePersonReply>,
  ]
>;
