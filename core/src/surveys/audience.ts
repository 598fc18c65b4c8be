import type { Department } from '../platform/directory';
import type { SurveyAudience } from './contract';

/**
 * Who belongs to a survey wave: the department codes a survey reaches — the chosen departments
 * and every department below them (a section of a chosen department is part of it). null means the
 * whole office. Planning invitations, accepting answers and listing results' departments all ask
 * this one rule.
 */
export function audienceDepartments(
  audience: SurveyAudience,
  departments: readonly Pick<Department, 'code' | 'parentCode'>[],
): Set<string> | null {
  if (audience.kind === 'office') return null;
  const included = new Set(audience.departmentCodes);
  // Parents before children is not guaranteed: repeat until nothing is added (the tree is shallow).
  for (let changed = true; changed;) {
    changed = false;
    for (const department of departments) {
      if (
        department.parentCode !== null &&
        included.has(department.parentCode) &&
        !included.has(department.code)
      ) {
        included.add(department.code);
        changed = true;
      }
    }
  }
  return included;
}

/** Whether a person of this department is in the reach audienceDepartments gave. */
export function audienceIncludes(reach: ReadonlySet<string> | null, departmentCode: string | null): boolean {
  return reach === null || (departmentCode !== null && reach.has(departmentCode));
}
