import { z } from 'zod';
import { etagSchema } from '../platform/etag-schema';
import { MEASURE_KINDS } from '../measures/contract';
import {
  CAF_LIMITS,
  ISO_DATE_PATTERN,
  TEAM_ROLES,
  type ClassicalScore,
  type FineTunedEnablerScore,
  type FineTunedResultScore,
  type NewPlanMeasure,
  type NewTeamMember,
  type ScoreTexts,
  type ScoringMethod,
  type SubcriterionScoreInput,
  type EvidenceLink,
  type StepBackRequest,
  type ApproveReportRequest,
  type ReturnReportRequest,
  type SetBaselineRequest,
} from './contract';
import type { CriterionKind } from './model.types';

/*
 * The CAF API's request bodies (docs/api-caf.md) as the service parses them, with messages for the
 * person who typed them. A score's shape depends on the cycle's method and the criterion, so a body
 * carries it unchecked (`input: unknown`) and the service reads it with parseScore.
 */

const points = z
  .number({ error: 'A score must be a number from 0 to 100' })
  .int('A score must be a whole number from 0 to 100')
  .min(CAF_LIMITS.minPoints, 'A score must be at least 0')
  .max(CAF_LIMITS.maxPoints, 'A score must be at most 100');

export const classicalScoreSchema: z.ZodType<ClassicalScore> = z.strictObject({
  method: z.literal('classical'),
  score: points,
});
export const fineTunedEnablerScoreSchema: z.ZodType<FineTunedEnablerScore> = z.strictObject({
  method: z.literal('fineTuned'),
  plan: points,
  do: points,
  check: points,
  act: points,
});
export const fineTunedResultScoreSchema: z.ZodType<FineTunedResultScore> = z.strictObject({
  method: z.literal('fineTuned'),
  trends: points,
  targets: points,
});

/** Why a score was refused, for the person who typed it. */
export class ScoreError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(issues.join('; '));
    this.name = 'ScoreError';
  }
}

/** The schema a score must match for a subcriterion of this kind under this method. */
export function scoreSchemaFor(
  method: ScoringMethod,
  kind: CriterionKind,
): z.ZodType<SubcriterionScoreInput> {
  if (method === 'classical') return classicalScoreSchema;
  return kind === 'enabler' ? fineTunedEnablerScoreSchema : fineTunedResultScoreSchema;
}

/** Checks untrusted input (a form, an API body) and returns the typed score, or throws ScoreError. */
export function parseScore(
  method: ScoringMethod,
  kind: CriterionKind,
  input: unknown,
): SubcriterionScoreInput {
  const result = scoreSchemaFor(method, kind).safeParse(input);
  if (result.success) return result.data;
  throw new ScoreError(
    result.error.issues.map((issue) => `${issue.path.join('.') || 'score'}: ${issue.message}`),
  );
}

const scoreText = z.string().max(CAF_LIMITS.scoreText, 'at most 4,000 characters');
const scoreTexts = {
  strengths: scoreText,
  areasForImprovement: scoreText,
  improvementIdeas: scoreText,
};

const evidenceLinkSchema: z.ZodType<EvidenceLink> = z.object({
  title: z.string().trim().min(1).max(CAF_LIMITS.evidenceTitle),
  url: z
    .string()
    .max(CAF_LIMITS.evidenceUrl)
    .url()
    .refine((url) => url.startsWith('https://'), 'evidence links must be https'),
});

/** A ScoreDraft whose score the service still checks against the cycle (parseScore). */
export interface ScoreDraftBody extends ScoreTexts {
  readonly input: unknown;
  readonly evidence: readonly EvidenceLink[];
  readonly etag: string | null;
}

/** PUT /api/caf/cycles/{id}/my-scores/{code} */
export const scoreDraftBodySchema: z.ZodType<ScoreDraftBody> = z.strictObject({
  input: z.unknown().nullable(),
  ...scoreTexts,
  evidence: z.array(evidenceLinkSchema).max(CAF_LIMITS.evidenceLinks),
  // null only for a first save: the service refuses it once the subcriterion has a saved draft.
  etag: etagSchema.nullable(),
});

/** A ConsensusDraft whose score the service still checks against the cycle (parseScore). */
export interface ConsensusBody extends ScoreTexts {
  readonly input: unknown;
}

/** PUT /api/caf/cycles/{id}/consensus/{code} */
export const consensusBodySchema: z.ZodType<ConsensusBody> = z.strictObject({
  input: z.unknown(),
  ...scoreTexts,
});

/** POST /api/caf/cycles/{id}/team */
export const teamMemberBodySchema: z.ZodType<NewTeamMember> = z.strictObject({
  email: z.string().email().max(CAF_LIMITS.email),
  role: z.enum(TEAM_ROLES),
});

/**
 * POST /api/caf/cycles/{id}/status. Which statuses exist and which may follow is the service's
 * rule (after the caller's permission), so any text is read here.
 */
export const moveStatusBodySchema: z.ZodType<{ readonly status: string; readonly endScoring?: boolean }> =
  z.object({
    status: z.string({ error: 'required' }),
    endScoring: z.boolean().optional(),
  });

const phaseNote = z.string().trim().max(CAF_LIMITS.phaseNote, 'at most 2,000 characters');
const requiredNote = phaseNote.min(1, 'required: say why');

/** POST /api/caf/cycles/{id}/status/back */
export const stepBackBodySchema: z.ZodType<StepBackRequest> = z.strictObject({ reason: requiredNote });

/** POST /api/caf/cycles/{id}/report/approve (an empty body is an approval without a comment). */
export const approveReportBodySchema: z.ZodType<ApproveReportRequest> = z.strictObject({
  comment: phaseNote.optional(),
});

/** POST /api/caf/cycles/{id}/report/return */
export const returnReportBodySchema: z.ZodType<ReturnReportRequest> = z.strictObject({
  reason: requiredNote,
});

/** PUT /api/caf/cycles/{id}/baseline: an earlier cycle's id, or null for the default rule. */
export const setBaselineBodySchema: z.ZodType<SetBaselineRequest> = z.strictObject({
  previousCycleId: z.nullable(
    z
      .number({ error: 'previousCycleId must be a cycle id or null' })
      .int('previousCycleId must be a whole number')
      .positive('previousCycleId must be a positive whole number'),
  ),
});

/** POST /api/caf/cycles/{id}/measures */
export const newMeasureBodySchema: z.ZodType<NewPlanMeasure> = z.strictObject({
  title: z.string().trim().min(CAF_LIMITS.measureTitleMin).max(CAF_LIMITS.measureTitleMax),
  kind: z.enum(MEASURE_KINDS),
  ownerEmail: z.string().email().max(CAF_LIMITS.email),
  deadline: z.string().regex(ISO_DATE_PATTERN, 'Use a date like 2027-03-31'),
  subcriterionCode: z.string().max(CAF_LIMITS.subcriterionCode).nullable(),
  description: z.string().max(CAF_LIMITS.measureDescription),
});
