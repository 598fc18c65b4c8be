/** Per-question figures a results page shows; inputs are answers of one question. */
export function distribution(values: readonly number[], scale: readonly number[]): Record<number, number> {
  const counts = Object.fromEntries(scale.map((point) => [point, 0])) as Record<number, number>;
  for (const value of values) {
    if (value in counts) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

export function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * Employee Net Promoter Score from 0–10 answers: % promoters (9–10) minus % detractors (0–6),
 * from −100 to +100; null without answers.
 */
export function enps(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const promoters = values.filter((value) => value >= 9).length;
  const detractors = values.filter((value) => value <= 6).length;
  return Math.round(((promoters - detractors) / values.length) * 100);
}

/**
 * A running wave's count as it may be shown: rounded down to a multiple of the group threshold, so
 * refreshing the results while people answer never reveals when one answer arrived (only every
 * `step`-th does, and a step is a group the threshold already treats as large enough).
 */
export function runningCount(count: number, step: number): number {
  const size = Math.max(1, Math.floor(step));
  return Math.floor(count / size) * size;
}

/** Share of invited people who answered, 0–1; null when nobody was invited. */
export function responseRate(answered: number, invited: number): number | null {
  return invited === 0 ? null : Math.min(1, answered / invited);
}
