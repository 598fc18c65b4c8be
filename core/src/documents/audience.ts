import { departmentWithSections } from '../caf/permissions';
import type { Department, Person } from '../platform/directory';
import { normalizeEmail } from '../platform/directory';
import type { AcknowledgementAudience } from './contract';

/*
 * Who must read and confirm an effective version, resolved from the office directory as it is
 * now, so people who join the audience later (a new clerk, someone moved into the department,
 * a new role) are in it from then on.
 */

type DepartmentLink = Pick<Department, 'code' | 'parentCode'>;

/** Whether the person belongs to the audience: the whole office, departments with their sections, or roles. */
export function isInAudience(
  person: Pick<Person, 'departmentCode' | 'roles'>,
  audience: AcknowledgementAudience,
  departments: readonly DepartmentLink[],
): boolean {
  switch (audience.scope) {
    case 'office':
      return true;
    case 'departments': {
      if (person.departmentCode === null) return false;
      const covered = new Set(
        audience.departmentCodes.flatMap((code) => departmentWithSections(code, departments)),
      );
      return covered.has(person.departmentCode);
    }
    case 'roles':
      return person.roles.some((role) => audience.roles.includes(role));
  }
}

/** Everyone of the directory in the audience, once each (by e-mail). */
export function resolveAudience<P extends Pick<Person, 'email' | 'departmentCode' | 'roles'>>(
  audience: AcknowledgementAudience,
  people: readonly P[],
  departments: readonly DepartmentLink[],
): P[] {
  const covered =
    audience.scope === 'departments'
      ? new Set(audience.departmentCodes.flatMap((code) => departmentWithSections(code, departments)))
      : null;
  const seen = new Set<string>();
  return people.filter((person) => {
    const email = normalizeEmail(person.email);
    if (seen.has(email)) return false;
    const member =
      covered === null
        ? isInAudience(person, audience, departments)
        : person.departmentCode !== null && covered.has(person.departmentCode);
    if (member) seen.add(email);
    return member;
  });
}

/**
 * The top-level department a department belongs to (a section's department; itself when it has
 * no parent): acknowledgement rates are per department, sections counted in it, as its head sees them.
 */
export function topDepartmentOf(code: string, departments: readonly DepartmentLink[]): string {
  const byCode = new Map(departments.map((department) => [department.code, department]));
  let current = code;
  const visited = new Set<string>();
  for (;;) {
    const parent = byCode.get(current)?.parentCode ?? null;
    if (parent === null || visited.has(parent)) return current;
    visited.add(current);
    current = parent;
  }
}
