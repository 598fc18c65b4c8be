import type { SubcriterionScoreInput } from './contract';

/** The subcriterion's score in points: the classical score, or the fine-tuned mean (may be fractional). */
export function subcriterionScore(input: SubcriterionScoreInput): number {
  if ('score' in input) return input.score;
  if ('plan' in input) return (input.plan + input.do + input.check + input.act) / 4;
  return (input.trends + input.targets) / 2;
}
