import { MEASURE_STATUSES, type MeasureStatus, type MeasureSummary } from '@kvalita/core';

export interface BarDatum {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

/** How many measures are in each status (every status listed, also with none). */
export function countByStatus(
  items: readonly MeasureSummary[],
  label: (status: MeasureStatus) => string,
): BarDatum[] {
  return MEASURE_STATUSES.map((status) => ({
    key: status,
    label: label(status),
    count: items.filter((item) => item.status === status).length,
  }));
}

/** The CAF criterion (1–9) of a subcriterion code ("3.2" → 3); 0 for none or an unreadable code. */
export function criterionOf(subcriterionCode: string | undefined): number {
  const match = /^([1-9])\.\d+$/.exec(subcriterionCode?.trim() ?? '');
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

/** Measures per CAF criterion 1–9, then those tied to no criterion (only when there are some). */
export function countByCriterion(
  items: readonly MeasureSummary[],
  label: (criterion: number) => string,
  noCriterion: string,
): BarDatum[] {
  const counts: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const item of items) {
    const criterion = criterionOf(item.subcriterionCode ?? undefined);
    counts[criterion] = (counts[criterion] ?? 0) + 1;
  }
  const bars: BarDatum[] = [];
  for (let criterion = 1; criterion <= 9; criterion += 1) {
    bars.push({ key: String(criterion), label: label(criterion), count: counts[criterion] ?? 0 });
  }
  const none = counts[0] ?? 0;
  if (none > 0) bars.push({ key: 'none', label: noCriterion, count: none });
  return bars;
}
