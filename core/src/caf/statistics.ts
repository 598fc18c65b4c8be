/**
 * Consensus statistics. Where the team disagrees most is where the consensus meeting should spend
 * its time, so every subcriterion gets its spread and a flag above a configurable limit.
 */
export interface ScoreStatistics {
  readonly n: number;
  readonly mean: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** max − min, in points. */
  readonly spread: number;
}

/** CAF practice: a gap of more than 30 points between members deserves discussion. */
export const DEFAULT_SPREAD_LIMIT = 30;

export function statistics(scores: readonly number[]): ScoreStatistics | null {
  if (scores.length === 0) return null;
  const sorted = [...scores].sort((a, b) => a - b);
  const n = sorted.length;
  const middle = Math.floor(n / 2);
  const median =
    n % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  return { n, mean: sorted.reduce((sum, score) => sum + score, 0) / n, median, min, max, spread: max - min };
}

export function needsDiscussion(stats: ScoreStatistics | null, spreadLimit = DEFAULT_SPREAD_LIMIT): boolean {
  if (!Number.isFinite(spreadLimit) || spreadLimit < 0)
    throw new RangeError('The spread limit must be 0 or more points');
  return stats !== null && stats.n > 1 && stats.spread > spreadLimit;
}

/** Rounds for display and reports: one decimal place, half away from zero. */
export function roundScore(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10;
}
