import type { OpenRow, ValidationProblem } from './contract';
import type { OpenDatasetDefinition } from './datasets.data';
import { WHOLE_OFFICE } from './datasets.data';
import { NO_DEPARTMENT_NAME, OTHER_DEPARTMENTS } from './dataset-rows';

/*
 * The last check before a file leaves the service, independent of the code that built its rows:
 * every row about people's answers comes from a group at or above the threshold, and every
 * department a row names is one open data may name (at least the threshold of people). A problem
 * here stops the publication: it would mean a results page's suppression was bypassed.
 */

export interface DisclosureRules {
  readonly threshold: number;
  /** The names of the departments open data may name. */
  readonly namedDepartments: ReadonlySet<string>;
}

const ALWAYS_NAMED = new Set([WHOLE_OFFICE, OTHER_DEPARTMENTS, NO_DEPARTMENT_NAME]);

export function disclosureProblems(
  file: string,
  definition: OpenDatasetDefinition,
  rows: readonly OpenRow[],
  rules: DisclosureRules,
): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const hasDepartment = definition.columns.some((column) => column.name === 'útvar');
  rows.forEach((row, index) => {
    const line = index + 2;
    if (definition.groupColumn !== null) {
      const size = row[definition.groupColumn];
      if (typeof size !== 'number' || size < rules.threshold)
        problems.push({
          file,
          row: line,
          column: definition.groupColumn,
          code: 'belowThreshold',
          message: `row ${line} comes from a group of ${String(size)}, below the threshold of ${rules.threshold}`,
        });
    }
    const department = row['útvar'];
    if (
      hasDepartment &&
      (typeof department !== 'string' ||
        !(ALWAYS_NAMED.has(department) || rules.namedDepartments.has(department)))
    )
      problems.push({
        file,
        row: line,
        column: 'útvar',
        code: 'unnamedDepartment',
        message: `row ${line} names a department open data may not name`,
      });
  });
  return problems;
}
