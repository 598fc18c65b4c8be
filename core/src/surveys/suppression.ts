/**
 * Small-group protection for survey results (architecture rule 7). A municipal office has sections
 * of 3–6 people, so a result shown for a group that small can identify someone. Two rules:
 * 1. primary: a group with fewer respondents than the threshold is hidden;
 * 2. complementary: when the total is shown, hidden groups must not be computable as
 *    "total minus the visible groups" — so never exactly one hidden group, and the hidden groups
 *    together must reach the threshold; otherwise the next smallest groups are hidden too.
 * If the whole population is below the threshold, nothing is shown, not even the total.
 */
export const DEFAULT_GROUP_THRESHOLD = 5;
export const MIN_GROUP_THRESHOLD = 3;
export const DEFAULT_TEXT_THRESHOLD = 10;

export interface GroupCount {
  readonly key: string;
  readonly respondents: number;
}

export interface SuppressionResult {
  readonly visible: readonly string[];
  readonly hidden: readonly string[];
  readonly totalVisible: boolean;
}

/** An office may raise the threshold, never lower it below 3. */
export function groupThreshold(configured: number | undefined): number {
  if (configured === undefined) return DEFAULT_GROUP_THRESHOLD;
  if (!Number.isInteger(configured) || configured < MIN_GROUP_THRESHOLD) {
    throw new RangeError(`The minimum group size must be a whole number of at least ${MIN_GROUP_THRESHOLD}`);
  }
  return configured;
}

export function suppressGroups(
  groups: readonly GroupCount[],
  threshold = DEFAULT_GROUP_THRESHOLD,
): SuppressionResult {
  const k = groupThreshold(threshold);
  const total = groups.reduce((sum, group) => sum + group.respondents, 0);
  if (total < k) return { visible: [], hidden: groups.map((group) => group.key), totalVisible: false };

  const hidden = new Set(groups.filter((group) => group.respondents < k).map((group) => group.key));
  const hiddenCount = () =>
    groups.filter((group) => hidden.has(group.key)).reduce((sum, group) => sum + group.respondents, 0);
  // Smallest first, and by key for a stable, explainable choice between equal groups.
  const candidates = groups
    .filter((group) => !hidden.has(group.key))
    .sort((a, b) => a.respondents - b.respondents || a.key.localeCompare(b.key));
  while (hidden.size > 0 && (hidden.size === 1 || hiddenCount() < k) && candidates.length > 0) {
    const next = candidates.shift();
    if (next) hidden.add(next.key);
  }
  return {
    visible: groups.filter((group) => !hidden.has(group.key)).map((group) => group.key),
    hidden: groups.filter((group) => hidden.has(group.key)).map((group) => group.key),
    totalVisible: true,
  };
}

/** Free-text answers only for a large enough population, and never broken down by group or time. */
export function mayShowTextAnswers(totalRespondents: number, threshold = DEFAULT_TEXT_THRESHOLD): boolean {
  return totalRespondents >= Math.max(threshold, DEFAULT_GROUP_THRESHOLD);
}
