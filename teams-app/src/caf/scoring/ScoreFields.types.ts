import type { CriterionKind, ScoringMethod } from '@kvalita/core';
import type { ScoreDimension, ScoreValues } from './score-values';

export interface ScoreFieldsProps {
  /** Unique prefix for element ids on the page. */
  readonly idPrefix: string;
  readonly method: ScoringMethod;
  readonly kind: CriterionKind;
  readonly values: ScoreValues;
  readonly disabled?: boolean;
  readonly onChange: (dimension: ScoreDimension, value: string) => void;
}

export interface BandPanelProps {
  readonly id: string;
  readonly dimension: ScoreDimension;
  readonly kind: CriterionKind;
  /** The valid score typed into the field, if any, to mark its band. */
  readonly score: number | null;
}
