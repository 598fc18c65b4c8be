import {
  CAF_LIMITS,
  classicalPanel,
  PANELS,
  subcriterionScore,
  type Band,
  type CriterionKind,
  type ScoringMethod,
  type SubcriterionScoreInput,
} from '@kvalita/core';
import type { MessageKey } from '@kvalita/core';

/*
 * The score inputs of one subcriterion as the form holds them (text, as typed), their validation
 * and their conversion to the API's SubcriterionScoreInput.
 */

export type ScoreDimension = 'score' | 'plan' | 'do' | 'check' | 'act' | 'trends' | 'targets';
export type ScoreValues = Readonly<Partial<Record<ScoreDimension, string>>>;

export function dimensionsFor(method: ScoringMethod, kind: CriterionKind): readonly ScoreDimension[] {
  if (method === 'classical') return ['score'];
  return kind === 'enabler' ? ['plan', 'do', 'check', 'act'] : ['trends', 'targets'];
}

/** The panel a dimension is read against. */
export function panelFor(dimension: ScoreDimension, kind: CriterionKind): readonly Band[] {
  if (dimension === 'score') return classicalPanel(kind);
  if (dimension === 'trends') return PANELS.trends;
  if (dimension === 'targets') return PANELS.targets;
  return PANELS.evidence;
}

export type ScoreFieldError =
  | 'tab.caf.score.error.number'
  | 'tab.caf.score.error.whole'
  | 'tab.caf.score.error.min'
  | 'tab.caf.score.error.max'
  | 'tab.caf.score.error.required';

/** Why a typed value is not a score (0–100, whole points), or null when it is one or empty. */
export function fieldError(text: string): ScoreFieldError | null {
  const value = text.trim();
  if (value === '') return null;
  if (!/^[-+]?\d+([.,]\d+)?$/.test(value)) return 'tab.caf.score.error.number';
  const number = Number(value.replace(',', '.'));
  if (!Number.isInteger(number)) return 'tab.caf.score.error.whole';
  if (number < CAF_LIMITS.minPoints) return 'tab.caf.score.error.min';
  if (number > CAF_LIMITS.maxPoints) return 'tab.caf.score.error.max';
  return null;
}

export interface CheckedScore {
  /** null = nothing typed (not scored); undefined = invalid. */
  readonly input: SubcriterionScoreInput | null | undefined;
  readonly errors: Readonly<Partial<Record<ScoreDimension, ScoreFieldError>>>;
}

export function checkScore(method: ScoringMethod, kind: CriterionKind, values: ScoreValues): CheckedScore {
  const dimensions = dimensionsFor(method, kind);
  const errors: Partial<Record<ScoreDimension, ScoreFieldError>> = {};
  const texts = dimensions.map((dimension) => (values[dimension] ?? '').trim());
  if (texts.every((text) => text === '')) return { input: null, errors };
  dimensions.forEach((dimension, index) => {
    const text = texts[index] ?? '';
    const error = text === '' ? 'tab.caf.score.error.required' : fieldError(text);
    if (error !== null) errors[dimension] = error;
  });
  if (Object.keys(errors).length > 0) return { input: undefined, errors };
  const points = Object.fromEntries(dimensions.map((dimension, index) => [dimension, Number(texts[index])]));
  // The contract's score shapes (the service checks them again with parseScore).
  const input = { method, ...points } as SubcriterionScoreInput;
  return { input, errors };
}

/** The form's text values for a stored score. */
export function valuesOf(input: SubcriterionScoreInput | null): ScoreValues {
  if (input === null) return {};
  const values: Partial<Record<ScoreDimension, string>> = {};
  for (const [key, value] of Object.entries(input))
    if (key !== 'method') values[key as ScoreDimension] = String(value);
  return values;
}

/** The subcriterion score (classical, or the fine-tuned mean) of what is typed; null when nothing is. */
export function scoreOf(input: SubcriterionScoreInput | null | undefined): number | null {
  return input ? subcriterionScore(input) : null;
}

export const DIMENSION_LABEL: Readonly<Record<ScoreDimension, MessageKey>> = {
  score: 'tab.caf.score.dimension.score',
  plan: 'tab.caf.score.dimension.plan',
  do: 'tab.caf.score.dimension.do',
  check: 'tab.caf.score.dimension.check',
  act: 'tab.caf.score.dimension.act',
  trends: 'tab.caf.score.dimension.trends',
  targets: 'tab.caf.score.dimension.targets',
};
