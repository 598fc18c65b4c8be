import {
  ANONYMOUS_GROUPS,
  DEFAULT_NOMINATION_RULES,
  nominationCounts,
  samePerson,
  type AnonymousGroup,
  type Nomination,
  type NominationCount,
  type NominationRules,
  type PersonRef,
  type SubjectNominationsReply,
} from '@kvalita/core';

/** A rater on the list being edited: who, in which group, and what the service had said of them. */
export interface ChosenRater {
  readonly person: PersonRef;
  readonly group: AnonymousGroup;
  /** The stored nomination, if any (its source and state); null for someone just added. */
  readonly stored: Nomination | null;
}

const isAnonymous = (group: string): group is AnonymousGroup =>
  (ANONYMOUS_GROUPS as readonly string[]).includes(group);

/** The list the page edits: the stored peers, direct reports and others who have not declined. */
export function chosenOf(reply: SubjectNominationsReply): ChosenRater[] {
  return reply.nominations.flatMap((nomination) =>
    isAnonymous(nomination.group) && nomination.state !== 'declined'
      ? [{ person: nomination.rater, group: nomination.group, stored: nomination }]
      : [],
  );
}

/** Self and manager (always one each, from the directory): shown, never edited. */
export const fixedOf = (reply: SubjectNominationsReply): Nomination[] =>
  reply.nominations.filter((nomination) => !isAnonymous(nomination.group));

/** Those who declined, with their reasons: they are not asked again. */
export const declinedOf = (reply: SubjectNominationsReply): Nomination[] =>
  reply.nominations.filter((nomination) => nomination.state === 'declined');

/** The cycle's rule per group, as the reply's counts carry them. */
export function rulesOf(reply: SubjectNominationsReply): NominationRules {
  const rules = { ...DEFAULT_NOMINATION_RULES };
  for (const count of reply.counts) rules[count.group] = count.rule;
  return rules;
}

/** Counts per group of the list as it is now, against the rules. */
export const countsOf = (chosen: readonly ChosenRater[], rules: NominationRules): NominationCount[] =>
  nominationCounts(chosen, rules);

/** Why a person cannot be added: already on the list, self or manager, or declined before. */
export function refusalOf(
  reply: SubjectNominationsReply,
  chosen: readonly ChosenRater[],
  email: string,
): 'onList' | 'selfOrManager' | 'declined' | null {
  if (chosen.some((rater) => samePerson(rater.person.email, email))) return 'onList';
  if (fixedOf(reply).some((nomination) => samePerson(nomination.rater.email, email))) return 'selfOrManager';
  if (declinedOf(reply).some((nomination) => samePerson(nomination.rater.email, email))) return 'declined';
  return null;
}

/** Whether the list differs from what is stored (who, in which group). */
export function changed(reply: SubjectNominationsReply, chosen: readonly ChosenRater[]): boolean {
  const key = (rater: ChosenRater) => `${rater.person.email.toLowerCase()} ${rater.group}`;
  const before = chosenOf(reply).map(key).sort();
  const now = chosen.map(key).sort();
  return before.length !== now.length || before.some((entry, index) => entry !== now[index]);
}
