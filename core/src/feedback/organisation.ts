import type { FeedbackReport, HeatCell } from './contract';
import { FEEDBACK_LIMITS } from './contract';

/*
 * The organisation view (competency × department) from the reports of a cycle. A cell is the mean
 * of subjects' "all but self" competency figures — themselves built only from shown groups — and is
 * shown only when at least the group threshold of subjects in the department has one, so a
 * department of two managers never shows their figures. Hidden departments are named.
 */

export interface DepartmentReport {
  readonly departmentCode: string | null;
  readonly report: Pick<FeedbackReport, 'competencies'>;
}

export interface HeatMap {
  readonly cells: HeatCell[];
  readonly hiddenDepartments: string[];
}

export function heatMap(
  reports: readonly DepartmentReport[],
  departmentCodes: readonly string[],
  threshold: number,
): HeatMap {
  const k = Math.max(threshold, FEEDBACK_LIMITS.groupThreshold.min);
  const cells: HeatCell[] = [];
  const hiddenDepartments: string[] = [];
  const competencyKeys = [
    ...new Set(reports.flatMap((entry) => entry.report.competencies.map((competency) => competency.key))),
  ];
  for (const code of departmentCodes) {
    const mine = reports.filter((entry) => entry.departmentCode === code);
    const departmentCells = competencyKeys.map((key) => {
      const means = mine
        .map(
          (entry) =>
            entry.report.competencies.find((competency) => competency.key === key)?.others.mean ?? null,
        )
        .filter((mean): mean is number => mean !== null);
      const shown = means.length >= k;
      return {
        departmentCode: code,
        competencyKey: key,
        mean: shown ? round2(means.reduce((sum, mean) => sum + mean, 0) / means.length) : null,
        subjects: shown ? means.length : null,
      };
    });
    if (departmentCells.every((cell) => cell.mean === null)) hiddenDepartments.push(code);
    cells.push(...departmentCells);
  }
  return { cells, hiddenDepartments };
}

/**
 * The office's figure per competency over subjects with a shown "others" mean: the mean of those
 * means and how many subjects it is over; null under the threshold (the trend and open data both).
 */
export function officeFigures(
  reports: readonly Pick<FeedbackReport, 'competencies'>[],
  threshold: number,
): Record<string, { readonly mean: number; readonly rated: number } | null> {
  const k = Math.max(threshold, FEEDBACK_LIMITS.groupThreshold.min);
  const sums = new Map<string, { sum: number; count: number }>();
  for (const report of reports)
    for (const competency of report.competencies) {
      const entry = sums.get(competency.key) ?? { sum: 0, count: 0 };
      if (competency.others.mean !== null)
        sums.set(competency.key, { sum: entry.sum + competency.others.mean, count: entry.count + 1 });
      else sums.set(competency.key, entry);
    }
  return Object.fromEntries(
    [...sums].map(([key, { sum, count }]) => [
      key,
      count >= k ? { mean: round2(sum / count), rated: count } : null,
    ]),
  );
}

/** The office's mean per competency over subjects with a shown figure (null under the threshold). */
export function officeMeans(
  reports: readonly Pick<FeedbackReport, 'competencies'>[],
  threshold: number,
): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(officeFigures(reports, threshold)).map(([key, figure]) => [key, figure?.mean ?? null]),
  );
}

const round2 = (value: number) => Math.round(value * 100) / 100;
