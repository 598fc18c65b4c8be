import {
  departmentWithSections,
  normalizeEmail,
  resolveAudience,
  type AcknowledgementAudience,
  type Department,
  type Person,
} from '@kvalita/core';

/** A person who must read and confirm a version, as the cards and the escalation need them. */
export interface AudienceMember {
  readonly email: string;
  readonly displayName: string;
  readonly departmentCode: string | null;
}

/** A head of department with the departments they answer for (their own and its sections). */
export interface DepartmentHead {
  readonly email: string;
  readonly departmentCodes: readonly string[];
}

/** The office's directory as the documents' chat reads it: once per planning pass or notice. */
export interface DocumentDirectory {
  /** Everyone in the audience of a version (the whole office, departments with sections, roles). */
  members(audience: AcknowledgementAudience): Promise<AudienceMember[]>;
  heads(): Promise<DepartmentHead[]>;
}

/**
 * Who is in an acknowledgement audience: core's rule (resolveAudience: the whole office, the
 * chosen departments with their sections, or the holders of any chosen role), the same the service
 * applies when it counts rates and decides whether a person must confirm.
 */
export function audienceMembers(
  audience: AcknowledgementAudience,
  people: readonly Person[],
  departments: readonly Pick<Department, 'code' | 'parentCode'>[],
): AudienceMember[] {
  return resolveAudience(audience, people, departments).map((person) => ({
    email: normalizeEmail(person.email),
    displayName: person.displayName,
    departmentCode: person.departmentCode,
  }));
}

/** The heads of department of the directory, each with their department and its sections. */
export function departmentHeads(
  people: readonly Person[],
  departments: readonly Pick<Department, 'code' | 'parentCode'>[],
): DepartmentHead[] {
  return people
    .filter((person) => person.roles.includes('headOfDepartment') && person.departmentCode !== null)
    .map((person) => ({
      email: normalizeEmail(person.email),
      departmentCodes: departmentWithSections(person.departmentCode, departments),
    }));
}

/** The directory from a people and a departments source (each read once per call). */
export function directoryOf(
  people: { list(): Promise<readonly Person[]> },
  departments: { list(): Promise<readonly Pick<Department, 'code' | 'parentCode'>[]> },
): DocumentDirectory {
  return {
    members: async (audience) => {
      const [everyone, all] = await Promise.all([people.list(), departments.list()]);
      return audienceMembers(audience, everyone, all);
    },
    heads: async () => {
      const [everyone, all] = await Promise.all([people.list(), departments.list()]);
      return departmentHeads(everyone, all);
    },
  };
}
