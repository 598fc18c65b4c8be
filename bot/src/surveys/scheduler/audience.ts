import type { Department, SurveyAudience } from '@kvalita/core';

/**
 * The department codes a survey reaches: the chosen departments and every department below them
 * (a section of a chosen department is part of it). null means the whole office.
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

export function audienceIncludes(reach: Set<string> | null, departmentCode: string | null): boolean {
  return reach === null || (departmentCode !== null && reach.has(departmentCode));
}
