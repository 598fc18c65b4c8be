import { z } from 'zod';
import type { CriterionKind } from './model.types';

/**
 * A member's (or the consensus) score of one subcriterion, in either CAF 2020 method.
 * Classical: one 0–100 score read against the PDCA panel (enablers) or the trends-or-targets
 * panel (results). Fine-tuned: enablers score PLAN, DO, CHECK and ACT, results score TRENDS and
 * TARGETS, each 0–100; the subcriterion score is their mean.
 */
export const SCORING_METHODS = ['classical', 'fineTuned'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

const points = z
  .number({ error: 'A score must be a number from 0 to 100' })
  .int('A score must be a whole number from 0 to 100')
  .min(0, 'A score must be at least 0')
  .max(100, 'A score must be at most 100');

export const classicalScoreSchema = z.object({ method: z.literal('classical'), score: points });
export const fineTunedEnablerScoreSchema = z.object({
  method: z.literal('fineTuned'),
  plan: points,
  do: points,
  check: points,
  act: points,
});
export const fineTunedResultScoreSchema = z.object({
  method: z.literal('fineTuned'),
  trends: points,
  targets: points,
});

export type ClassicalScore = z.infer<typeof classicalScoreSchema>;
export type FineTunedEnablerScore = z.infer<typeof fineTunedEnablerScoreSchema>;
export type FineTunedResultScore = z.infer<typeof fineTunedResultScoreSchema>;
export type SubcriterionScoreInput = ClassicalScore | FineTunedEnablerScore | FineTunedResultScore;

/** Why a score was refused, for the person who typed it. */
export class ScoreError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(issues.join('; '));
    this.name = 'ScoreError';
  }
}

/** The schema a score must match for a subcriterion of this kind under this method. */
export function scoreSchemaFor(method: ScoringMethod, kind: CriterionKind) {
  if (method === 'classical') return classicalScoreSchema;
  return kind === 'enabler' ? fineTunedEnablerScoreSchema : fineTunedResultScoreSchema;
}

/** Checks untrusted input (a form, an API body) and returns the typed score, or throws ScoreError. */
export function parseScore(
  method: ScoringMethod,
  kind: CriterionKind,
  input: unknown,
): SubcriterionScoreInput {
  const result = scoreSchemaFor(method, kind).strict().safeParse(input);
  if (result.success) return result.data;
  throw new ScoreError(
    result.error.issues.map((issue) => `${issue.path.join('.') || 'score'}: ${issue.message}`),
  );
}

/** The subcriterion's score in points: the classical score, or the fine-tuned mean (may be fractional). */
export function subcriterionScore(input: SubcriterionScoreInput): number {
  if ('score' in input) return input.score;
  if ('plan' in input) return (input.plan + input.do + input.check + input.act) / 4;
  return (input.trends + input.targets) / 2;
}
