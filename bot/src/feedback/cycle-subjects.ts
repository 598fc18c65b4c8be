import {
  FEEDBACK_LIMITS,
  FeedbackInvalidError,
  FeedbackRuleError,
  departmentWithSections,
  directoryNominations,
  normalizeEmail,
  type Department,
  type FeedbackCycleDraft,
  type NewNomination,
  type NewSubject,
  type Person,
} from '@kvalita/core';

export interface ResolvedSubject {
  readonly subject: NewSubject;
  readonly nominations: readonly NewNomination[];
}

/**
 * Who a cycle rates, resolved from the directory when it starts: the chosen people and everyone
 * in the chosen departments and their sections, each once, with their directory nominations (self,
 * manager, direct reports). A chosen person who has left the directory, or a department that no
 * longer exists, refuses the start with their names: nothing is added.
 */
export function resolveSubjects(
  draft: Pick<FeedbackCycleDraft, 'subjectEmails' | 'departmentCodes' | 'rules'>,
  directory: readonly Person[],
  departments: readonly Department[],
): ResolvedSubject[] {
  const byEmail = new Map(directory.map((person) => [normalizeEmail(person.email), person]));
  const unknownPeople = draft.subjectEmails.filter((email) => !byEmail.has(normalizeEmail(email)));
  if (unknownPeople.length > 0)
    throw new FeedbackInvalidError('unknownPerson', `not in the directory: ${unknownPeople.join(', ')}`);
  const unknownDepartments = draft.departmentCodes.filter(
    (code) => !departments.some((department) => department.code === code),
  );
  if (unknownDepartments.length > 0)
    throw new FeedbackInvalidError(
      'unknownDepartment',
      `no such department: ${unknownDepartments.join(', ')}`,
    );

  const codes = new Set(draft.departmentCodes.flatMap((code) => departmentWithSections(code, departments)));
  const chosen = new Map<string, Person>();
  for (const email of draft.subjectEmails) {
    const person = byEmail.get(normalizeEmail(email));
    if (person) chosen.set(normalizeEmail(person.email), person);
  }
  for (const person of directory)
    if (person.departmentCode !== null && codes.has(person.departmentCode))
      chosen.set(normalizeEmail(person.email), person);
  if (chosen.size > FEEDBACK_LIMITS.subjects)
    throw new FeedbackRuleError(
      'tooManySubjects',
      `${chosen.size} subjects, at most ${FEEDBACK_LIMITS.subjects}`,
    );

  const reportsOf = new Map<string, Person[]>();
  for (const person of directory) {
    if (person.managerEmail === null) continue;
    const manager = normalizeEmail(person.managerEmail);
    reportsOf.set(manager, [...(reportsOf.get(manager) ?? []), person]);
  }
  return [...chosen.values()]
    .sort((a, b) => normalizeEmail(a.email).localeCompare(normalizeEmail(b.email)))
    .map((person) => ({
      subject: {
        email: normalizeEmail(person.email),
        managerEmail: person.managerEmail === null ? null : normalizeEmail(person.managerEmail),
        departmentCode: person.departmentCode,
      },
      nominations: directoryNominations(
        person,
        reportsOf.get(normalizeEmail(person.email)) ?? [],
        draft.rules,
      ),
    }));
}
