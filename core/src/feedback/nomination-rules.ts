import type { Person } from '../platform/directory';
import { normalizeEmail } from '../platform/directory';
import type { AnonymousGroup, NominationCount, NominationRules, RaterGroup } from './contract';
import { ANONYMOUS_GROUPS } from './contract';
import type { NewNomination } from './store.types';

/*
 * Who rates a subject (DOMAIN "360°", Lattice's nomination phase). The directory gives self, the
 * manager and the direct reports; the subject proposes peers and others; the manager approves or
 * changes. The rules here are what both the tab and the chat card are refused by.
 */

/** The nominations a subject starts with: self, their manager, their direct reports (up to the rule's max). */
export function directoryNominations(
  subject: Pick<Person, 'email' | 'managerEmail'>,
  directReports: readonly Pick<Person, 'email'>[],
  rules: NominationRules,
): NewNomination[] {
  const from = (raterEmail: string, group: RaterGroup): NewNomination => ({
    raterEmail: normalizeEmail(raterEmail),
    group,
    state: 'approved',
    source: 'directory',
  });
  const nominations = [from(subject.email, 'self')];
  if (subject.managerEmail !== null && normalizeEmail(subject.managerEmail) !== normalizeEmail(subject.email))
    nominations.push(from(subject.managerEmail, 'manager'));
  const reports = [...directReports]
    .map((person) => normalizeEmail(person.email))
    .filter((email) => email !== normalizeEmail(subject.email))
    .sort()
    .slice(0, rules.directReport.max);
  nominations.push(...reports.map((email) => from(email, 'directReport')));
  return nominations;
}

export const NOMINATION_PROBLEMS = [
  /** A group has fewer raters than its minimum (a warning until approval, then a refusal). */
  'belowMinimum',
  'aboveMaximum',
  /** Self or the manager cannot also be a peer, a direct report or an other. */
  'selfOrManager',
  'duplicate',
  /** The person declined this subject's request once; they are not asked again. */
  'declinedBefore',
  /** The person already has the cycle's maximum of forms. */
  'overLoad',
  /** Not in the office's directory. */
  'unknownPerson',
] as const;
export type NominationProblemKind = (typeof NOMINATION_PROBLEMS)[number];

export interface NominationProblem {
  readonly kind: NominationProblemKind;
  /** The rater's e-mail, or the group for belowMinimum / aboveMaximum. */
  readonly subjectOf: string;
}

export interface ProposedRater {
  readonly email: string;
  readonly group: AnonymousGroup;
}

export interface NominationCheck {
  readonly subjectEmail: string;
  readonly managerEmail: string | null;
  readonly proposed: readonly ProposedRater[];
  readonly rules: NominationRules;
  /** People who declined this subject's request. */
  readonly declined: ReadonlySet<string>;
  /** Forms each person already has in the cycle, without this subject's chosen raters. */
  readonly loadElsewhere: ReadonlyMap<string, number>;
  readonly loadCap: number;
  /** Whether an e-mail is in the directory. */
  readonly known: (email: string) => boolean;
}

/** Counts per anonymous group against its rule. */
export function nominationCounts(
  raters: readonly { readonly group: RaterGroup }[],
  rules: NominationRules,
): NominationCount[] {
  return ANONYMOUS_GROUPS.map((group) => ({
    group,
    count: raters.filter((rater) => rater.group === group).length,
    rule: rules[group],
  }));
}

/**
 * What is wrong with a proposed list. A group below its minimum is reported like the rest; the
 * service only warns about it while the subject is still choosing and refuses it at approval.
 */
export function nominationProblems(check: NominationCheck): NominationProblem[] {
  const problems: NominationProblem[] = [];
  const subject = normalizeEmail(check.subjectEmail);
  const manager = check.managerEmail === null ? null : normalizeEmail(check.managerEmail);
  const seen = new Set<string>();
  for (const rater of check.proposed) {
    const email = normalizeEmail(rater.email);
    if (email === subject || email === manager) problems.push({ kind: 'selfOrManager', subjectOf: email });
    else if (seen.has(email)) problems.push({ kind: 'duplicate', subjectOf: email });
    else if (!check.known(email)) problems.push({ kind: 'unknownPerson', subjectOf: email });
    else if (check.declined.has(email)) problems.push({ kind: 'declinedBefore', subjectOf: email });
    else if ((check.loadElsewhere.get(email) ?? 0) + 1 > check.loadCap)
      problems.push({ kind: 'overLoad', subjectOf: email });
    seen.add(email);
  }
  for (const count of nominationCounts(check.proposed, check.rules)) {
    if (count.count > count.rule.max) problems.push({ kind: 'aboveMaximum', subjectOf: count.group });
    if (count.count < count.rule.min) problems.push({ kind: 'belowMinimum', subjectOf: count.group });
  }
  return problems;
}

/** Forms per person in a cycle (self excluded: rating oneself is not a load on anyone else). */
export function raterLoads(
  nominations: readonly { readonly raterEmail: string; readonly group: RaterGroup; readonly state: string }[],
): Map<string, number> {
  const loads = new Map<string, number>();
  for (const nomination of nominations) {
    if (nomination.group === 'self' || nomination.state === 'declined') continue;
    const email = normalizeEmail(nomination.raterEmail);
    loads.set(email, (loads.get(email) ?? 0) + 1);
  }
  return loads;
}
