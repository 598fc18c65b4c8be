import * as z from 'zod/mini';
import { orNull, type AllTrue, type Reads } from '../platform/reply-schema';
import {
  CAMPAIGN_ACTIONS,
  CAMPAIGN_STATUSES,
  CHECKLIST_SECTIONS,
  EVALUATION_ACTIONS,
  EVALUATION_STATUSES,
  ITEM_ANSWERS,
  MYSTERY_CHANNELS,
  SCENARIO_KINDS,
  type Campaign,
  type CampaignReply,
  type CampaignsReply,
  type Checklist,
  type ChecklistReply,
  type ChecklistsReply,
  type Evaluation,
  type EvaluationFile,
  type EvaluationReply,
  type EvaluationsReply,
  type Finding,
  type FindingReply,
  type FindingsReply,
  type MyEvaluationsReply,
  type MysteryEvidenceReply,
  type MysteryResultsReply,
  type PlanEvaluationsReply,
} from './contract';

/*
 * Mystery shopping's replies of contract.ts, checked at run time: the tab reads every answer with
 * them and the API tests check the service's answers against them. Shapes and codes only.
 */

const personSchema = z.object({ email: z.string(), displayName: z.string() });
const channel = z.enum(MYSTERY_CHANNELS);
const section = z.enum(CHECKLIST_SECTIONS);
const status = z.enum(EVALUATION_STATUSES);
const num = orNull(z.number());

const checklistItemSchema = z.object({
  key: z.string(),
  section,
  text: z.string(),
  hint: z.string(),
  weight: z.number(),
  critical: z.boolean(),
});
const checklistSchema = z.object({
  id: z.number(),
  familyId: z.number(),
  version: z.number(),
  name: z.string(),
  channel,
  description: z.string(),
  items: z.array(checklistItemSchema),
  frozen: z.boolean(),
  superseded: z.boolean(),
  createdAt: z.string(),
  modifiedAt: z.string(),
  etag: z.string(),
});
export const checklistsReplySchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      familyId: z.number(),
      name: z.string(),
      channel,
      version: z.number(),
      items: z.number(),
      criticalItems: z.number(),
      frozen: z.boolean(),
      superseded: z.boolean(),
    }),
  ),
});
export const checklistReplySchema = z.object({ checklist: checklistSchema, mayEdit: z.boolean() });

const servicePointSchema = z.object({
  key: z.string(),
  departmentCode: z.string(),
  channel,
  name: z.string(),
});
const scenarioSchema = z.object({
  key: z.string(),
  title: z.string(),
  kind: z.enum(SCENARIO_KINDS),
  channels: z.array(channel),
  situation: z.string(),
  expectedAnswer: z.string(),
  deadlineHours: num,
});
const campaignSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  departmentCodes: z.array(z.string()),
  servicePoints: z.array(servicePointSchema),
  quotas: z.array(z.object({ departmentCode: z.string(), channel, count: z.number() })),
  scenarios: z.array(scenarioSchema),
  checklistIds: z.partialRecord(channel, z.number()),
  evaluatorEmails: z.array(z.string()),
  lockoutDays: z.number(),
  staffNotice: z.object({ informedOn: orNull(z.string()), documentId: num, note: z.string() }),
  status: z.enum(CAMPAIGN_STATUSES),
  createdBy: orNull(personSchema),
  startedAt: orNull(z.string()),
  closedAt: orNull(z.string()),
  createdAt: z.string(),
  modifiedAt: z.string(),
  etag: z.string(),
});
export const campaignsReplySchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      status: z.enum(CAMPAIGN_STATUSES),
      startDate: z.string(),
      endDate: z.string(),
      departmentCodes: z.array(z.string()),
      planned: z.number(),
      quota: z.number(),
      released: z.number(),
    }),
  ),
  mayCreate: z.boolean(),
});
export const campaignReplySchema = z.object({
  campaign: campaignSchema,
  progress: z.array(
    z.object({
      departmentCode: z.string(),
      channel,
      quota: z.number(),
      planned: z.number(),
      submitted: z.number(),
      released: z.number(),
    }),
  ),
  counts: z.record(status, z.number()),
  allowed: z.array(z.enum(CAMPAIGN_ACTIONS)),
});

const summaryShape = {
  id: z.number(),
  campaignId: z.number(),
  departmentCode: z.string(),
  servicePointKey: z.string(),
  channel,
  scenarioKey: z.string(),
  evaluator: personSchema,
  week: z.string(),
  status,
  score: num,
  failedCritical: z.boolean(),
};
const summarySchema = z.object(summaryShape);
export const evaluationsReplySchema = z.object({ items: z.array(summarySchema) });
export const planEvaluationsReplySchema = z.object({ created: z.array(summarySchema) });
export const myEvaluationsReplySchema = z.object({
  items: z.array(
    z.object({
      ...summaryShape,
      campaignName: z.string(),
      servicePointName: z.string(),
      scenarioTitle: z.string(),
    }),
  ),
});

const recordSchema = z.object({
  contactAt: orNull(z.string()),
  answeredAt: orNull(z.string()),
  items: z.record(z.string(), z.object({ answer: orNull(z.enum(ITEM_ANSWERS)), note: z.string() })),
  waitMinutes: num,
  rings: num,
  answerCorrect: orNull(z.boolean()),
  generalNote: z.string(),
});
const scoreSchema = z.object({
  score: num,
  rawScore: num,
  failedCritical: z.array(z.string()),
  sections: z.partialRecord(section, z.nullable(z.number())),
  replyHours: num,
  lateReply: z.boolean(),
});
export const evaluationFileSchema = z.object({
  id: z.number(),
  name: z.string(),
  bytes: z.number(),
  contentType: z.string(),
});
const evaluationSchema = z.object({
  departmentCode: z.string(),
  servicePointKey: z.string(),
  scenarioKey: z.string(),
  evaluatorEmail: z.string(),
  week: z.string(),
  id: z.number(),
  campaignId: z.number(),
  channel,
  checklistId: z.number(),
  evaluator: personSchema,
  status,
  record: recordSchema,
  score: orNull(scoreSchema),
  reviewComment: z.string(),
  history: z.array(z.object({ status, at: z.string(), by: orNull(personSchema), comment: z.string() })),
  files: z.array(evaluationFileSchema),
  submittedAt: orNull(z.string()),
  releasedAt: orNull(z.string()),
  modifiedAt: z.string(),
  etag: z.string(),
});
export const evaluationReplySchema = z.object({
  evaluation: evaluationSchema,
  checklist: checklistSchema,
  scenario: scenarioSchema,
  servicePoint: servicePointSchema,
  campaignName: z.string(),
  allowed: z.array(z.enum(EVALUATION_ACTIONS)),
  nameWarnings: z.array(z.string()),
});

const figureShape = { evaluations: z.number(), meanScore: num, failed: z.number() };
const figureSchema = z.object(figureShape);
const rowSchema = z.object({ key: z.string(), ...figureShape, previous: orNull(figureSchema) });
const timeSchema = z.object({ count: z.number(), median: num, p90: num });
export const mysteryResultsReplySchema = z.object({
  results: z.object({
    campaignId: z.number(),
    campaignName: z.string(),
    departmentCode: orNull(z.string()),
    overall: figureSchema,
    byDepartment: z.array(rowSchema),
    byChannel: z.array(rowSchema),
    byScenario: z.array(rowSchema),
    bySection: z.array(z.object({ key: section, ...figureShape, previous: orNull(figureSchema) })),
    items: z.array(
      z.object({
        key: z.string(),
        section,
        channel,
        text: z.string(),
        critical: z.boolean(),
        applicable: z.number(),
        no: z.number(),
        partly: z.number(),
        failureRate: z.number(),
      }),
    ),
    times: z.object({ waitMinutes: timeSchema, rings: timeSchema, replyHours: timeSchema }),
    correctAnswers: z.object({ count: z.number(), correct: z.number() }),
    lateReplies: z.number(),
    previous: orNull(z.object({ campaignId: z.number(), campaignName: z.string(), overall: figureSchema })),
  }),
  departments: z.array(z.string()),
});

const findingSchema = z.object({
  id: z.number(),
  campaignId: z.number(),
  departmentCode: z.string(),
  title: z.string(),
  evaluationIds: z.array(z.number()),
  itemKeys: z.array(z.string()),
  measureId: z.number(),
  measureStatus: orNull(z.string()),
  owner: orNull(personSchema),
  createdAt: z.string(),
});
export const findingsReplySchema = z.object({ items: z.array(findingSchema), mayCreate: z.boolean() });
export const findingReplySchema = z.object({ finding: findingSchema });
export const mysteryEvidenceReplySchema = z.object({
  items: z.array(
    z.object({
      campaignId: z.number(),
      campaignName: z.string(),
      endDate: z.string(),
      evaluations: z.number(),
      meanScore: num,
      subcriteria: z.array(z.string()),
    }),
  ),
});

export type MysteryReplyChecks = AllTrue<
  [
    Reads<typeof checklistSchema, Checklist>,
    Reads<typeof checklistsReplySchema, ChecklistsReply>,
    Reads<typeof checklistReplySchema, ChecklistReply>,
    Reads<typeof campaignSchema, Campaign>,
    Reads<typeof campaignsReplySchema, CampaignsReply>,
    Reads<typeof campaignReplySchema, CampaignReply>,
    Reads<typeof evaluationsReplySchema, EvaluationsReply>,
    Reads<typeof planEvaluationsReplySchema, PlanEvaluationsReply>,
    Reads<typeof myEvaluationsReplySchema, MyEvaluationsReply>,
    Reads<typeof evaluationSchema, Evaluation>,
    Reads<typeof evaluationFileSchema, EvaluationFile>,
    Reads<typeof evaluationReplySchema, EvaluationReply>,
    Reads<typeof mysteryResultsReplySchema, MysteryResultsReply>,
    Reads<typeof findingSchema, Finding>,
    Reads<typeof findingsReplySchema, FindingsReply>,
    Reads<typeof findingReplySchema, FindingReply>,
    Reads<typeof mysteryEvidenceReplySchema, MysteryEvidenceReply>,
  ]
>;
