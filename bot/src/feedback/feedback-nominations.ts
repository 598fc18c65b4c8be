import {
  FeedbackNominationError,
  FeedbackRefusedError,
  FeedbackRuleError,
  StaleVersionError,
  allowedNominationActions,
  mayCoordinate,
  nominationCounts,
  nominationProblems,
  normalizeEmail,
  raterLoads,
  samePerson,
  type FeedbackActor,
  type NewNomination,
  type NominationAction,
  type NominationDecisionRequest,
  type NominationProblem,
  type RaterLoad,
  type SetNominationsRequest,
  type StoredFeedbackCycle,
  type StoredNomination,
  type StoredSubject,
  type SubjectNominationsReply,
} from '@kvalita/core';
import type { FeedbackContext } from './feedback-context';
import { nominationOf, subjectOf } from './feedback-views';

/** How many people the nomination screens suggest. */
const SUGGESTIONS = 12;

const CHOSEN = (nomination: Pick<StoredNomination, 'group'>) =>
  nomination.group !== 'self' && nomination.group !== 'manager';

interface Parties {
  readonly isSubject: boolean;
  readonly isManager: boolean;
  readonly isCoordinator: boolean;
}

/**
 * A subject's raters (core feedback/nomination-rules.ts, lifecycle.ts allowedNominationActions):
 * the subject proposes and submits while nominations are open, their manager (or a coordinator)
 * changes and approves. Self, manager and direct reports come from the directory; a declined
 * rater stays declined. The same rules for the tab and the chat cards.
 */
export class FeedbackNominations {
  constructor(private readonly context: FeedbackContext) {}

  private get stores() {
    return this.context.stores;
  }

  async get(actor: FeedbackActor, cycleId: number, subjectId: number): Promise<SubjectNominationsReply> {
    const { cycle, subject, parties } = await this.readable(actor, cycleId, subjectId);
    return this.replyOf(cycle, subject, parties);
  }

  /** The whole list of chosen raters; a group below its minimum is only warned about (counts). */
  async set(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: SetNominationsRequest,
  ): Promise<SubjectNominationsReply> {
    const { cycle, subject, parties } = await this.readable(actor, cycleId, subjectId);
    const allowed = this.allowed(cycle, subject, parties);
    const acting = allowed.includes('propose') ? 'subject' : allowed.includes('change') ? 'other' : null;
    if (acting === null)
      throw this.refusal(cycle, subject, parties, parties.isSubject ? 'propose' : 'change');
    if (subject.etag !== request.etag) throw new StaleVersionError();
    const problems = await this.problemsOf(cycle, subject, request.raters);
    const refusing = problems.filter((problem) => problem.kind !== 'belowMinimum');
    if (refusing.length > 0) throw await this.nominationError(cycle, refusing);
    const source =
      acting === 'subject' ? 'subject' : parties.isManager ? 'manager' : ('coordinator' as const);
    // A coordinator's change of an approved list keeps it approved; everyone else's waits for approval.
    const state = subject.nominationState === 'approved' ? 'approved' : 'proposed';
    const raters: NewNomination[] = request.raters.map((rater) => ({
      raterEmail: normalizeEmail(rater.email),
      group: rater.group,
      state,
      source,
    }));
    await this.stores.nominations.replaceChosen({ ...subject, etag: request.etag }, raters);
    return this.replyOf(cycle, await this.context.subject(cycleId, subjectId), parties);
  }

  /** The subject sends the list to their manager (a group below its minimum is the manager's to fix). */
  async submit(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply> {
    const { cycle, subject, parties } = await this.readable(actor, cycleId, subjectId);
    if (!this.allowed(cycle, subject, parties).includes('submit'))
      throw this.refusal(cycle, subject, parties, 'submit');
    const submitted = await this.stores.subjects.setState(subjectId, request.etag, 'submitted');
    await this.context.notify('nominations submitted', () =>
      this.context.deps.notifier.nominationsSubmitted(cycle, submitted),
    );
    return this.replyOf(cycle, submitted, parties);
  }

  /** The manager (or a coordinator) approves: every group must now reach its minimum. */
  async approve(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply> {
    const { cycle, subject, parties } = await this.readable(actor, cycleId, subjectId);
    if (!this.allowed(cycle, subject, parties).includes('approve'))
      throw this.refusal(cycle, subject, parties, 'approve');
    if (subject.etag !== request.etag) throw new StaleVersionError();
    const chosen = (await this.stores.nominations.ofSubject(subjectId)).filter(
      (n) => CHOSEN(n) && n.state !== 'declined',
    );
    const below = nominationCounts(chosen, cycle.rules)
      .filter((count) => count.count < count.rule.min)
      .map((count): NominationProblem => ({ kind: 'belowMinimum', subjectOf: count.group }));
    if (below.length > 0) throw await this.nominationError(cycle, below);
    await this.stores.nominations.approveAll(subjectId);
    const approved = await this.stores.subjects.setState(subjectId, request.etag, 'approved');
    return this.replyOf(cycle, approved, parties);
  }

  private allowed(cycle: StoredFeedbackCycle, subject: StoredSubject, parties: Parties): NominationAction[] {
    return allowedNominationActions({ phase: cycle.phase, state: subject.nominationState, ...parties });
  }

  /** Why a step is refused: the cycle's phase, else who asks, else the list's state. */
  private refusal(
    cycle: StoredFeedbackCycle,
    subject: StoredSubject,
    parties: Parties,
    action: NominationAction,
  ) {
    if (cycle.phase === 'closed' || cycle.phase === 'released')
      return new FeedbackRuleError('cycleClosed', `the cycle is ${cycle.phase}`);
    if (cycle.phase !== 'nomination' && cycle.phase !== 'approval')
      return new FeedbackRuleError('notInPhase', `nominations are not open in ${cycle.phase}`);
    const deciding = action === 'approve' || action === 'change';
    if (deciding && !parties.isManager && !parties.isCoordinator)
      return new FeedbackRefusedError('notManager');
    if (!deciding && !parties.isSubject) return new FeedbackRefusedError('notSubject');
    if (!deciding && cycle.phase !== 'nomination')
      return new FeedbackRuleError('notInPhase', 'the subject proposes while nominations are open');
    return new FeedbackRuleError('nominationState', `the list is ${subject.nominationState}`);
  }

  private async readable(actor: FeedbackActor, cycleId: number, subjectId: number) {
    const [cycle, subject] = await Promise.all([
      this.context.cycle(cycleId),
      this.context.subject(cycleId, subjectId),
    ]);
    const parties: Parties = {
      isSubject: samePerson(actor.email, subject.email),
      isManager: samePerson(actor.email, subject.managerEmail),
      isCoordinator: mayCoordinate(actor),
    };
    if (!parties.isSubject && !parties.isManager && !parties.isCoordinator)
      throw new FeedbackRefusedError('notSubject');
    return { cycle, subject, parties };
  }

  private async problemsOf(
    cycle: StoredFeedbackCycle,
    subject: StoredSubject,
    proposed: SetNominationsRequest['raters'],
  ): Promise<NominationProblem[]> {
    const [own, cycleNominations, known] = await Promise.all([
      this.stores.nominations.ofSubject(subject.id),
      this.context.cycleNominations(cycle.id),
      this.context.deps.people.findByEmails(proposed.map((rater) => rater.email)),
    ]);
    const elsewhere = raterLoads(cycleNominations.filter((n) => n.subjectId !== subject.id || !CHOSEN(n)));
    return nominationProblems({
      subjectEmail: subject.email,
      managerEmail: subject.managerEmail,
      proposed,
      rules: cycle.rules,
      declined: new Set(own.filter((n) => n.state === 'declined').map((n) => normalizeEmail(n.raterEmail))),
      loadElsewhere: elsewhere,
      loadCap: cycle.thresholds.raterLoad,
      known: (email) => known.has(normalizeEmail(email)),
    });
  }

  /** The refusal with its first problem's sentence: the rater's name, or the group's limits. */
  private async nominationError(cycle: StoredFeedbackCycle, problems: readonly NominationProblem[]) {
    const first = problems[0];
    if (first?.kind === 'belowMinimum' || first?.kind === 'aboveMaximum') {
      const rule = cycle.rules[first.subjectOf as keyof StoredFeedbackCycle['rules']];
      return new FeedbackNominationError(problems, { min: rule.min, max: rule.max });
    }
    const person = first ? await this.context.deps.people.findByEmail(first.subjectOf) : null;
    return new FeedbackNominationError(problems, { name: person?.displayName ?? first?.subjectOf ?? '' });
  }

  private async replyOf(
    cycle: StoredFeedbackCycle,
    subject: StoredSubject,
    parties: Parties,
  ): Promise<SubjectNominationsReply> {
    const [nominations, cycleNominations] = await Promise.all([
      this.stores.nominations.ofSubject(subject.id),
      this.context.cycleNominations(cycle.id),
    ]);
    return {
      subject: subjectOf(subject),
      nominations: nominations.map(nominationOf),
      counts: nominationCounts(
        nominations.filter((n) => n.state !== 'declined'),
        cycle.rules,
      ),
      suggestions: await this.suggestions(cycle, subject, nominations, cycleNominations),
      allowed: this.allowed(cycle, subject, parties),
    };
  }

  /**
   * People the subject may pick, with their load: the subjects of the cycle who share the subject's
   * manager (one indexed query), not yet on the list and under the cap, the least loaded first.
   */
  private async suggestions(
    cycle: StoredFeedbackCycle,
    subject: StoredSubject,
    own: readonly StoredNomination[],
    cycleNominations: readonly StoredNomination[],
  ): Promise<RaterLoad[]> {
    if (subject.managerEmail === null) return [];
    const colleagues = await this.stores.subjects.page(cycle.id, {
      pageSize: SUGGESTIONS * 4,
      managerEmail: subject.managerEmail,
    });
    const listed = new Set(own.map((n) => normalizeEmail(n.raterEmail)));
    const loads = raterLoads(cycleNominations);
    const cap = cycle.thresholds.raterLoad;
    return (
      colleagues.items
        .filter((colleague) => !listed.has(normalizeEmail(colleague.email)))
        .map((colleague) => {
          const forms = loads.get(normalizeEmail(colleague.email)) ?? 0;
          return {
            person: colleague.person,
            departmentCode: colleague.departmentCode,
            forms,
            overCap: forms > cap,
          };
        })
        // Someone at the cap cannot be asked for one more form: not suggested.
        .filter((suggestion) => suggestion.forms < cap)
        .sort((a, b) => a.forms - b.forms || a.person.displayName.localeCompare(b.person.displayName, 'cs'))
        .slice(0, SUGGESTIONS)
    );
  }
}
