import type { ConsensusRow } from '@kvalita/core';

/**
 * How a heat map cell reads. A spread needs two scores at least: one score has a spread of 0, which
 * is no agreement, so a cell with fewer than two is neutral and says so instead of looking green.
 */
export type HeatLevel = 'noScores' | 'tooFew' | 'low' | 'medium' | 'high';

export function heatLevel(
  row: Pick<ConsensusRow, 'stats' | 'needsDiscussion'>,
  spreadLimit: number,
): HeatLevel {
  const n = row.stats?.n ?? 0;
  if (row.stats === null || n === 0) return 'noScores';
  if (n < 2) return 'tooFew';
  if (row.needsDiscussion) return 'high';
  return row.stats.spread > spreadLimit / 2 ? 'medium' : 'low';
}
