import type { SurveyResults } from '../surveys/contract';
import type { NamedDepartments } from './dataset-rows';

/*
 * Which departments open data may name. A department is named when its group is at least the
 * threshold by the office's own measure of it: the latest closed survey wave that showed figures
 * lists every department of its audience and hides the small ones (the results page's suppression,
 * complementary suppression included), so a department that page hides is named in no file. With
 * no such wave, the directory's headcount decides (at least the threshold of people).
 */

export interface DepartmentNamingInput {
  readonly departments: readonly { readonly code: string; readonly name: string }[];
  readonly surveys: readonly SurveyResults[];
  /** People of each department in the directory (counted up to the threshold at least; null: none). */
  readonly headcounts: ReadonlyMap<string | null, number>;
  readonly threshold: number;
}

export function namedDepartmentsOf(input: DepartmentNamingInput): {
  readonly named: NamedDepartments;
  readonly withheld: number;
} {
  const latest = input.surveys
    .flatMap((survey) => survey.waves)
    .filter((wave) => !wave.hidden && !wave.inProgress && wave.departments.length > 0)
    .sort((a, b) => b.wave.opensAt.localeCompare(a.wave.opensAt))[0];
  const shown = latest
    ? new Set(
        latest.departments.filter((department) => !department.hidden).map((department) => department.code),
      )
    : null;
  const named = new Map(
    input.departments
      .filter((department) =>
        shown !== null
          ? shown.has(department.code)
          : (input.headcounts.get(department.code) ?? 0) >= input.threshold,
      )
      .map((department) => [department.code, department.name]),
  );
  return { named, withheld: input.departments.length - named.size };
}
