import type { Score } from '@kvalita/core';

export interface ScoreCellProps {
  /** The figure, or undefined where the group has none for this row. */
  readonly score: Score | undefined;
}

export interface GapCellProps {
  readonly gap: number | null;
  readonly finding: 'blindSpot' | 'hiddenStrength' | null;
}
