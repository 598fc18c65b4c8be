import { CAF_LIMITS, type ScoreTexts, type ScoringMethod, type SubcriterionScoreInput } from './contract';
import type { CriterionKind } from './model.types';

/*
 * What the consensus form proposes to the team leader before anything is agreed: the team's median
 * per scored dimension and the members' texts merged, for the leader to edit. A proposal only; the
 * stored consensus, or what the leader has typed, always wins (the tab decides that).
 */

export type ProposalDimension = 'score' | 'plan' | 'do' | 'check' | 'act' | 'trends' | 'targets';

/** The dimensions a subcriterion is scored on: one score, PLAN–DO–CHECK–ACT, or TRENDS and TARGETS. */
export function proposalDimensions(method: ScoringMethod, kind: CriterionKind): readonly ProposalDimension[] {
  if (method === 'classical') return ['score'];
  return kind === 'enabler' ? ['plan', 'do', 'check', 'act'] : ['trends', 'targets'];
}

/**
 * The median as a score can be typed: a whole number of points. Of an even count it is the mean of
 * the two middle values rounded half up (40 and 45 → 43), so the proposal is always a valid score.
 * null for no values.
 */
export function wholeMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(median);
}

/** A dimension's points in a score, if the score has it (a classical score has only `score`). */
export function dimensionPoints(
  input: SubcriterionScoreInput | null,
  dimension: ProposalDimension,
): number | null {
  if (input === null || !(dimension in input)) return null;
  const value = (input as unknown as Record<string, unknown>)[dimension];
  return typeof value === 'number' ? value : null;
}

/** The team's median of each dimension; null for a dimension nobody scored. */
export function dimensionMedians(
  method: ScoringMethod,
  kind: CriterionKind,
  inputs: readonly (SubcriterionScoreInput | null)[],
): Readonly<Partial<Record<ProposalDimension, number | null>>> {
  return Object.fromEntries(
    proposalDimensions(method, kind).map((dimension) => [
      dimension,
      wholeMedian(
        inputs
          .map((input) => dimensionPoints(input, dimension))
          .filter((value): value is number => value !== null),
      ),
    ]),
  );
}

/** The proposed score: the median of every dimension, or null when a dimension has no scores. */
export function proposedInput(
  method: ScoringMethod,
  kind: CriterionKind,
  inputs: readonly (SubcriterionScoreInput | null)[],
): SubcriterionScoreInput | null {
  const medians = dimensionMedians(method, kind, inputs);
  const dimensions = proposalDimensions(method, kind);
  if (dimensions.some((dimension) => medians[dimension] === null || medians[dimension] === undefined))
    return null;
  // The dimensions are exactly those of the method and kind, hence one of the contract's shapes.
  return {
    method,
    ...Object.fromEntries(dimensions.map((dimension) => [dimension, medians[dimension]])),
  } as SubcriterionScoreInput;
}

export interface MergedText {
  readonly text: string;
  /** How many members' texts did not fit the limit and were left out. */
  readonly leftOut: number;
}

/** The same text typed twice (other spacing or case) counts once. */
function sameTextKey(text: string): string {
  return text.replace(/\s+/g, ' ').toLocaleLowerCase('cs');
}

/**
 * The members' texts as one text: each its own paragraph (a blank line between), trimmed, empty ones
 * skipped, repeats removed, in the board's order (no names: the board's entries carry none to show).
 * Longer than the limit, it ends at the last whole paragraph that fits, and says how many are out.
 */
export function mergeTexts(texts: readonly string[], limit: number = CAF_LIMITS.scoreText): MergedText {
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const raw of texts) {
    const text = raw.trim();
    if (text === '') continue;
    const key = sameTextKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    paragraphs.push(text);
  }
  let merged = '';
  for (const [index, paragraph] of paragraphs.entries()) {
    const next = merged === '' ? paragraph : `${merged}\n\n${paragraph}`;
    if (next.length > limit) return { text: merged, leftOut: paragraphs.length - index };
    merged = next;
  }
  return { text: merged, leftOut: 0 };
}

export interface ConsensusProposal extends ScoreTexts {
  /** null when some dimension has no submitted score. */
  readonly input: SubcriterionScoreInput | null;
  /** Texts left out of each field for its length. */
  readonly leftOut: Readonly<Record<keyof ScoreTexts, number>>;
}

/** The proposal for one subcriterion from its submitted individual scores. */
export function proposeConsensus(
  method: ScoringMethod,
  kind: CriterionKind,
  members: readonly (ScoreTexts & { readonly input: SubcriterionScoreInput | null })[],
  limit: number = CAF_LIMITS.scoreText,
): ConsensusProposal {
  const strengths = mergeTexts(
    members.map((member) => member.strengths),
    limit,
  );
  const areas = mergeTexts(
    members.map((member) => member.areasForImprovement),
    limit,
  );
  const ideas = mergeTexts(
    members.map((member) => member.improvementIdeas),
    limit,
  );
  return {
    input: proposedInput(
      method,
      kind,
      members.map((member) => member.input),
    ),
    strengths: strengths.text,
    areasForImprovement: areas.text,
    improvementIdeas: ideas.text,
    leftOut: {
      strengths: strengths.leftOut,
      areasForImprovement: areas.leftOut,
      improvementIdeas: ideas.leftOut,
    },
  };
}
