import * as z from 'zod/mini';
import { orNull, type AllTrue, type Reads } from '../platform/reply-schema';
import {
  MEASURE_ACTIONS,
  MEASURE_KINDS,
  MEASURE_ORIGINS,
  MEASURE_PRIORITIES,
  MEASURE_STATUSES,
  MEASURE_UPDATE_KINDS,
  PDCA_PHASES,
  ROOT_CAUSE_CATEGORIES,
  type Measure,
  type MeasureChangeReply,
  type MeasureCountsByCriterion,
  type MeasureDetailReply,
  type MeasureRegisterReply,
  type MeasureSummary,
  type MeasureTiles,
  type MeasureUpdate,
} from './contract';

/*
 * The measures replies of contract.ts, checked at run time: the tab and the web parts read every
 * answer with them and the API tests check the service's answers against them. Shapes and codes
 * only (the draft's rules are request-schemas.ts's); a field the contract says may be null may
 * also be left out.
 */

const personSchema = z.object({ email: z.string(), displayName: z.string() });

const sourceSchema = z.object({
  origin: z.enum(MEASURE_ORIGINS),
  cycleId: orNull(z.number()),
  subcriterionCode: orNull(z.string()),
  sourceKey: orNull(z.string()),
  sourceUrl: orNull(z.string()),
});

const stepSchema = z.object({
  key: z.string(),
  title: z.string(),
  ownerEmail: orNull(z.string()),
  ownerName: orNull(z.string()),
  dueDate: orNull(z.string()),
  done: z.boolean(),
});

export const measureDetailSchema = z.object({
  id: z.number(),
  title: z.string(),
  kind: z.enum(MEASURE_KINDS),
  source: sourceSchema,
  departmentCode: orNull(z.string()),
  departmentName: orNull(z.string()),
  owner: orNull(personSchema),
  coOwners: z.array(personSchema),
  priority: z.enum(MEASURE_PRIORITIES),
  deadline: z.string(),
  problem: z.string(),
  rootCause: z.object({ whys: z.array(z.string()), categories: z.array(z.enum(ROOT_CAUSE_CATEGORIES)) }),
  steps: z.array(stepSchema),
  expectedResult: z.string(),
  effectivenessCriterion: z.string(),
  checkDate: orNull(z.string()),
  budgetCzk: orNull(z.number()),
  councilResolution: orNull(z.string()),
  evidenceLinks: z.array(z.string()),
  status: z.enum(MEASURE_STATUSES),
  phase: z.enum(PDCA_PHASES),
  progress: z.number(),
  effective: orNull(z.boolean()),
  reopenedCount: z.number(),
  cancelReason: orNull(z.string()),
  closedOn: orNull(z.string()),
  createdAt: z.string(),
  createdBy: orNull(personSchema),
  modifiedAt: z.string(),
  etag: z.string(),
});

export const measureSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  kind: z.enum(MEASURE_KINDS),
  status: z.enum(MEASURE_STATUSES),
  phase: z.enum(PDCA_PHASES),
  priority: z.enum(MEASURE_PRIORITIES),
  origin: z.enum(MEASURE_ORIGINS),
  subcriterionCode: orNull(z.string()),
  cycleId: orNull(z.number()),
  departmentCode: orNull(z.string()),
  departmentName: orNull(z.string()),
  owner: orNull(personSchema),
  deadline: z.string(),
  checkDate: orNull(z.string()),
  progress: z.number(),
  effective: orNull(z.boolean()),
  overdue: z.boolean(),
  modifiedAt: z.string(),
});

export const measureUpdateSchema = z.object({
  id: z.number(),
  kind: z.enum(MEASURE_UPDATE_KINDS),
  at: z.string(),
  by: orNull(personSchema),
  phase: z.enum(PDCA_PHASES),
  statusAfter: z.enum(MEASURE_STATUSES),
  progress: orNull(z.number()),
  note: z.string(),
});

export const measureTilesSchema = z.object({
  open: z.number(),
  overdue: z.number(),
  dueSoon: z.number(),
  awaitingCheck: z.number(),
  closedThisYear: z.number(),
});

export const measureRegisterReplySchema = z.object({
  items: z.array(measureSummarySchema),
  total: z.number(),
  nextPage: orNull(z.string()),
  tiles: measureTilesSchema,
  mayCreate: z.boolean(),
  creatableDepartmentCodes: z.union([z.literal('all'), z.array(z.string())]),
});

export const measureDetailReplySchema = z.object({
  measure: measureDetailSchema,
  updates: z.array(measureUpdateSchema),
  allowed: z.array(z.enum(MEASURE_ACTIONS)),
});

/** Every change answers with the measure as it now is (the detail's shape). */
export const measureChangeReplySchema = measureDetailReplySchema;

export const measureCountsByCriterionSchema = z.object({
  criterion: z.number(),
  planned: z.number(),
  done: z.number(),
  effective: z.number(),
});

type _MeasureReplies = AllTrue<
  [
    Reads<typeof measureDetailSchema, Measure>,
    Reads<typeof measureSummarySchema, MeasureSummary>,
    Reads<typeof measureUpdateSchema, MeasureUpdate>,
    Reads<typeof measureTilesSchema, MeasureTiles>,
    Reads<typeof measureRegisterReplySchema, MeasureRegisterReply>,
    Reads<typeof measureDetailReplySchema, MeasureDetailReply>,
    Reads<typeof measureChangeReplySchema, MeasureChangeReply>,
    Reads<typeof measureCountsByCriterionSchema, MeasureCountsByCriterion>,
  ]
>;
