import { CAF_2020_CRITERIA } from './criteria.data';
import type { Criterion, CriterionKind } from './model.types';

/**
 * Criterion and overall scores from subcriterion scores. Each subcriterion weighs equally inside
 * its criterion and each criterion weighs equally in the totals, so a criterion with six
 * subcriteria (4) counts no more than one with two (6–9). Unscored subcriteria are left out, and
 * the result says how many were scored, so a partial picture is never shown as complete.
 */
export type SubcriterionScores = Readonly<Record<string, number | undefined>>;

export interface CriterionResult {
  readonly number: number;
  readonly kind: CriterionKind;
  readonly score: number | null;
  readonly scored: number;
  readonly total: number;
}

export interface CycleResults {
  readonly criteria: readonly CriterionResult[];
  readonly enablers: number | null;
  readonly results: number | null;
  readonly overall: number | null;
  readonly complete: boolean;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function aggregate(
  scores: SubcriterionScores,
  criteria: readonly Criterion[] = CAF_2020_CRITERIA,
): CycleResults {
  const results = criteria.map((criterion): CriterionResult => {
    const values = criterion.subcriteria
      .map((subcriterion) => scores[subcriterion.code])
      .filter((value): value is number => value !== undefined);
    return {
      number: criterion.number,
      kind: criterion.kind,
      score: mean(values),
      scored: values.length,
      total: criterion.subcriteria.length,
    };
  });
  const scoresOf = (kind?: CriterionKind) =>
    results
      .filter((result) => kind === undefined || result.kind === kind)
      .map((result) => result.score)
      .filter((score): score is number => score !== null);
  return {
    criteria: results,
    enablers: mean(scoresOf('enabler')),
    results: mean(scoresOf('result')),
    overall: mean(scoresOf()),
    complete: results.every((result) => result.scored === result.total),
  };
}

export interface ScoreChange {
  readonly code: string;
  readonly current: number | null;
  readonly previous: number | null;
  /** current − previous; null when either cycle has no score. */
  readonly delta: number | null;
}

/** Change per subcriterion since the previous cycle, in model order. */
export function compareCycles(
  current: SubcriterionScores,
  previous: SubcriterionScores,
  criteria: readonly Criterion[] = CAF_2020_CRITERIA,
): ScoreChange[] {
  return criteria.flatMap((criterion) =>
    criterion.subcriteria.map(({ code }) => {
      const now = current[code] ?? null;
      const before = previous[code] ?? null;
      return {
        code,
        current: now,
        previous: before,
        delta: now === null || before === null ? null : now - before,
      };
    }),
  );
}
