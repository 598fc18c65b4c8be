import * as z from 'zod/mini';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../measures/contract';
import { CRITERION_KINDS } from './model.types';
import { orNull, type AllTrue, type Reads } from '../platform/reply-schema';
import {
  BASELINE_SOURCES,
  NO_BASELINE_REASONS,
  CYCLE_EVENT_KINDS,
  CYCLE_STATUSES,
  SCORING_METHODS,
  TEAM_ROLES,
  type ConsensusBoard,
  type ConsensusEntry,
  type CycleDetail,
  type CycleEvent,
  type CycleListReply,
  type CycleResultsView,
  type CycleSummary,
  type IndividualScore,
  type LoopMeasure,
  type MeasureListReply,
  type MyScores,
  type PlanMeasure,
  type SubmittedReply,
  type TeamMember,
} from './contract';
import type { CyclePermissions } from './permissions';

/*
 * The CAF replies of contract.ts, checked at run time: the tab reads every answer with them and
 * the API tests check the service's answers against them. Shapes and codes only (a reply is not
 * refused for a long text); a field the contract says may be null may also be left out.
 */

const scopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('office') }),
  z.object({ kind: z.literal('departments'), departmentCodes: z.array(z.string()) }),
]);

const PERMISSION_KEYS = [
  'manageCycle',
  'nominateTeam',
  'scoreIndividually',
  'seeAllIndividualScores',
  'seeTeamScoresAnonymously',
  'setConsensus',
  'approveReport',
  'downloadReport',
  'createMeasures',
  'seeResults',
] as const satisfies readonly (keyof CyclePermissions)[];

const permissionsSchema = z.object(
  Object.fromEntries(PERMISSION_KEYS.map((key) => [key, z.boolean()])) as Record<
    (typeof PERMISSION_KEYS)[number],
    z.ZodMiniBoolean
  >,
);

const cycleSummaryShape = {
  id: z.number(),
  name: z.string(),
  method: z.enum(SCORING_METHODS),
  status: z.enum(CYCLE_STATUSES),
  startDate: z.string(),
  endDate: z.string(),
  scope: scopeSchema,
  currentStep: z.number(),
  reportApproval: orNull(z.object({ approvedBy: z.string(), approvedAt: z.string() })),
  myTeamRole: z.nullable(z.enum(TEAM_ROLES)),
  mySubmitted: z.boolean(),
  permissions: permissionsSchema,
};

export const cycleSummarySchema = z.object(cycleSummaryShape);

export const cycleListReplySchema = z.object({ cycles: z.array(cycleSummarySchema) });

export const teamMemberSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  role: z.enum(TEAM_ROLES),
  departmentName: orNull(z.string()),
  submitted: z.boolean(),
});

export const cycleEventSchema = z.object({
  kind: z.enum(CYCLE_EVENT_KINDS),
  from: z.enum(CYCLE_STATUSES),
  to: z.enum(CYCLE_STATUSES),
  byName: z.string(),
  at: z.string(),
  reason: z.string(),
  comment: z.string(),
  notSubmitted: z.array(z.string()),
});

export const cycleDetailSchema = z.object({
  ...cycleSummaryShape,
  team: z.array(teamMemberSchema),
  previousCycleId: orNull(z.number()),
  history: z.array(cycleEventSchema),
});

const scoreInputSchema = z.union([
  z.object({ method: z.literal('classical'), score: z.number() }),
  z.object({
    method: z.literal('fineTuned'),
    plan: z.number(),
    do: z.number(),
    check: z.number(),
    act: z.number(),
  }),
  z.object({ method: z.literal('fineTuned'), trends: z.number(), targets: z.number() }),
]);

const textsShape = {
  strengths: z.string(),
  areasForImprovement: z.string(),
  improvementIdeas: z.string(),
};

export const individualScoreSchema = z.object({
  code: z.string(),
  input: z.nullable(scoreInputSchema),
  evidence: z._default(z.array(z.object({ title: z.string(), url: z.string() })), []),
  score: z.nullable(z.number()),
  updatedAt: z.string(),
  etag: z.string(),
  ...textsShape,
});

export const submittedReplySchema = z.object({ submitted: z.literal(true) });

export const consensusEntrySchema = z.object({
  code: z.string(),
  input: scoreInputSchema,
  score: z.number(),
  ...textsShape,
});

const statisticsSchema = z.object({
  n: z.number(),
  mean: z.number(),
  median: z.number(),
  min: z.number(),
  max: z.number(),
  spread: z.number(),
});

export const planMeasureSchema = z.object({
  id: z.number(),
  title: z.string(),
  kind: z.enum(MEASURE_KINDS),
  status: z.enum(MEASURE_STATUSES),
  ownerEmail: orNull(z.string()),
  ownerName: orNull(z.string()),
  deadline: orNull(z.string()),
  subcriterionCode: orNull(z.string()),
  criterion: orNull(z.number()),
});

export const loopMeasureSchema = z.object({
  ...planMeasureSchema.shape,
  effective: orNull(z.boolean()),
  overdue: z.boolean(),
});

const measuresSincePreviousSchema = z.object({
  previousCycle: orNull(z.object({ id: z.number(), name: z.string() })),
  measures: z.array(loopMeasureSchema),
});

export const consensusBoardSchema = z.object({
  spreadLimit: z.number(),
  subcriteria: z.array(
    z.object({
      code: z.string(),
      stats: orNull(statisticsSchema),
      needsDiscussion: z.boolean(),
      members: z.array(
        z.object({
          name: orNull(z.string()),
          input: z.nullable(scoreInputSchema),
          score: orNull(z.number()),
          ...textsShape,
        }),
      ),
      consensus: orNull(consensusEntrySchema),
    }),
  ),
  measuresSincePrevious: measuresSincePreviousSchema,
});

export const cycleResultsViewSchema = z.object({
  results: z.object({
    criteria: z.array(
      z.object({
        number: z.number(),
        kind: z.enum(CRITERION_KINDS),
        score: z.nullable(z.number()),
        scored: z.number(),
        total: z.number(),
      }),
    ),
    enablers: z.nullable(z.number()),
    results: z.nullable(z.number()),
    overall: z.nullable(z.number()),
    complete: z.boolean(),
  }),
  changes: z.array(
    z.object({
      code: z.string(),
      current: z.nullable(z.number()),
      previous: z.nullable(z.number()),
      delta: z.nullable(z.number()),
    }),
  ),
  previousCycleName: orNull(z.string()),
  comparedWith: orNull(
    z.object({
      id: z.number(),
      name: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      source: z.enum(BASELINE_SOURCES),
    }),
  ),
  noComparison: orNull(z.enum(NO_BASELINE_REASONS)),
  baselineOptions: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      method: z.enum(SCORING_METHODS),
      scope: scopeSchema,
      isDefault: z.boolean(),
      sameScope: z.boolean(),
      sameMethod: z.boolean(),
    }),
  ),
  subcriteria: z.array(z.object({ code: z.string(), score: z.nullable(z.number()), ...textsShape })),
  measureCounts: z.array(
    z.object({ criterion: z.number(), planned: z.number(), done: z.number(), effective: z.number() }),
  ),
});

export const measureListReplySchema = z.object({ measures: z.array(planMeasureSchema) });

export const myScoresSchema = z.object({
  submitted: z.boolean(),
  scores: z.array(individualScoreSchema),
  measuresSincePrevious: measuresSincePreviousSchema,
});

type _CafReplies = AllTrue<
  [
    Reads<typeof cycleSummarySchema, CycleSummary>,
    Reads<typeof cycleListReplySchema, CycleListReply>,
    Reads<typeof teamMemberSchema, TeamMember>,
    Reads<typeof cycleDetailSchema, CycleDetail>,
    Reads<typeof cycleEventSchema, CycleEvent>,
    Reads<typeof individualScoreSchema, IndividualScore>,
    Reads<typeof myScoresSchema, MyScores>,
    Reads<typeof submittedReplySchema, SubmittedReply>,
    Reads<typeof consensusEntrySchema, ConsensusEntry>,
    Reads<typeof consensusBoardSchema, ConsensusBoard>,
    Reads<typeof cycleResultsViewSchema, CycleResultsView>,
    Reads<typeof planMeasureSchema, PlanMeasure>,
    Reads<typeof measureListReplySchema, MeasureListReply>,
    Reads<typeof loopMeasureSchema, LoopMeasure>,
  ]
>;
