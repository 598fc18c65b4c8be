import {
  DomainError,
  StaleVersionError,
  allowedNominationActions,
  mayCoordinate,
  nominationCounts,
  normalizeEmail,
  samePerson,
  type CompetencyModel,
  type CompetencyModelsStore,
  type CyclesStore,
  type DeclineRatingRequest,
  type FeedbackActor,
  type MyFeedbackReply,
  type NominationDecisionRequest,
  type NominationsStore,
  type PersonRef,
  type RaterLoad,
  type RatingForm,
  type RatingReply,
  type SetNominationsRequest,
  type StoredFeedbackCycle,
  type StoredNomination,
  type StoredSubject,
  type SubjectNominationsReply,
  type SubjectsStore,
  type SubmitRatingRequest,
} from '@kvalita/core';
import { submitRatingRequestSchema } from '@kvalita/core/schemas';
import type { FeedbackCardService } from '../../src/feedback/chat/feedback-card-actions';
import type { FeedbackNotifier } from '../../src/feedback/feedback-ports';
import type { RaterStanding } from '../../src/feedback/chat/feedback-progress';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A small office's 360 cycle in memory: the stores the chat reads (cycles, models, subjects,
 * nominations) and a stand-in for FeedbackService's chat actions with the rules a card meets —
 * one answer per rater and subject (a second stores nothing), one decline, the role matrix and
 * the phases of core, lists changed only at their etag. Answers are kept per rater and subject
 * here only because this is a test double; the service keeps them under keyed hashes.
 */
export class MemoryFeedbackOffice implements FeedbackCardService {
  readonly cycles = new Map<number, StoredFeedbackCycle>();
  readonly models = new Map<number, CompetencyModel>();
  readonly subjects = new Map<number, StoredSubject>();
  nominationRows: StoredNomination[] = [];
  /** What the service stored, by "<cycle>#<subject>#<rater>" (counted by tests: nothing twice). */
  readonly answers = new Map<string, SubmitRatingRequest>();
  readonly people = new Map<string, PersonRef>();
  notifier: FeedbackNotifier | null = null;
  private version = 0;
  private nextNomination = 500;

  constructor(people: readonly PersonRef[]) {
    for (const person of people) this.people.set(normalizeEmail(person.email), person);
  }

  actor(email: string, roles: FeedbackActor['roles'] = ['employee']): FeedbackActor {
    return { email: normalizeEmail(email), roles, departmentCodes: [] };
  }

  addCycle(cycle: StoredFeedbackCycle, model: CompetencyModel): void {
    this.cycles.set(cycle.id, cycle);
    this.models.set(model.id, model);
  }

  addSubject(
    subject: StoredSubject,
    raters: readonly {
      person: PersonRef;
      group: StoredNomination['group'];
      state?: StoredNomination['state'];
    }[],
  ): void {
    this.subjects.set(subject.id, subject);
    for (const rater of raters)
      this.addNomination(subject, rater.person, rater.group, rater.state ?? 'approved');
  }

  setPhase(cycleId: number, phase: StoredFeedbackCycle['phase']): StoredFeedbackCycle {
    const cycle = this.cycle(cycleId);
    const next = { ...cycle, phase, etag: this.etag() };
    this.cycles.set(cycleId, next);
    return next;
  }

  // ---------------------------------------------------------------- stores the chat reads

  readonly cyclesStore: Pick<CyclesStore, 'get' | 'list'> = {
    get: async (id) => (await turn(), this.cycles.get(id) ?? null),
    list: async () => (await turn(), [...this.cycles.values()]),
  };

  readonly modelsStore: Pick<CompetencyModelsStore, 'get'> = {
    get: async (id) => (await turn(), this.models.get(id) ?? null),
  };

  readonly subjectsStore: Pick<SubjectsStore, 'all' | 'get' | 'page'> = {
    all: (cycleId) =>
      this.pages([...this.subjects.values()].filter((subject) => subject.cycleId === cycleId)),
    get: async (cycleId, id) => {
      await turn();
      const subject = this.subjects.get(id);
      return subject && subject.cycleId === cycleId ? subject : null;
    },
    page: async (cycleId, options) => {
      await turn();
      const items = [...this.subjects.values()].filter(
        (subject) =>
          subject.cycleId === cycleId &&
          (options.state === undefined || subject.nominationState === options.state) &&
          (options.managerEmail === undefined || samePerson(subject.managerEmail, options.managerEmail)),
      );
      const start = Number(options.page ?? '0');
      const page = items.slice(start, start + options.pageSize);
      const next = start + options.pageSize;
      return { items: page, total: items.length, nextPage: next < items.length ? String(next) : null };
    },
  };

  readonly nominationsStore: Pick<NominationsStore, 'all'> = {
    all: (cycleId) => this.pages(this.nominationRows.filter((nomination) => nomination.cycleId === cycleId)),
  };

  /** The service's count of each rater's forms (the chat's FeedbackProgress). */
  progress = async (cycle: StoredFeedbackCycle): Promise<RaterStanding[]> => {
    await turn();
    const byRater = new Map<string, { done: number; total: number; open: PersonRef[] }>();
    for (const nomination of this.nominationRows)
      if (nomination.cycleId === cycle.id && nomination.state === 'approved') {
        const standing = byRater.get(nomination.raterEmail) ?? { done: 0, total: 0, open: [] };
        standing.total += 1;
        if (this.answers.has(this.answerKey(cycle.id, nomination.subjectId, nomination.raterEmail)))
          standing.done += 1;
        else standing.open.push(this.subject(nomination.subjectId).person);
        byRater.set(nomination.raterEmail, standing);
      }
    return [...byRater].map(([email, standing]) => ({ email, ...standing }));
  };

  // ---------------------------------------------------------------- the service's chat actions

  async form(actor: FeedbackActor, cycleId: number, subjectId: number): Promise<RatingForm> {
    await turn();
    const nomination = this.raterNomination(actor, cycleId, subjectId);
    return {
      cycleId,
      subjectId,
      subject: this.subject(subjectId).person,
      group: nomination.group,
      done: this.answers.has(this.answerKey(cycleId, subjectId, actor.email)),
      declined: nomination.state === 'declined',
    };
  }

  async submitRating(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: SubmitRatingRequest,
  ): Promise<RatingReply> {
    await turn();
    const nomination = this.raterNomination(actor, cycleId, subjectId);
    const cycle = this.cycle(cycleId);
    if (cycle.phase !== 'rating') throw new DomainError('conflict', { details: 'the cycle is not rating' });
    if (nomination.state === 'declined') throw new DomainError('conflict', { details: 'declined' });
    const model = this.models.get(cycle.modelId);
    if (!model || !submitRatingRequestSchema(model).safeParse(request).success)
      throw new DomainError('badRequest', { details: 'answer does not fit the model' });
    const key = this.answerKey(cycleId, subjectId, actor.email);
    const stored = !this.answers.has(key);
    if (stored) this.answers.set(key, request);
    return { stored, ...this.counts(actor, cycleId) };
  }

  async decline(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: DeclineRatingRequest,
  ): Promise<RatingReply> {
    await turn();
    const nomination = this.raterNomination(actor, cycleId, subjectId);
    if (this.cycle(cycleId).phase !== 'rating') throw new DomainError('conflict', { details: 'not rating' });
    if (nomination.group === 'self') throw new DomainError('badRequest', { details: 'self cannot decline' });
    if (nomination.state === 'declined' || this.answers.has(this.answerKey(cycleId, subjectId, actor.email)))
      throw new DomainError('conflict', { details: 'already answered or declined' });
    this.nominationRows = this.nominationRows.map((candidate) =>
      candidate.id === nomination.id
        ? { ...candidate, state: 'declined', declineReason: request.reason }
        : candidate,
    );
    return { stored: true, ...this.counts(actor, cycleId) };
  }

  async nominations(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
  ): Promise<SubjectNominationsReply> {
    await turn();
    return this.reply(actor, cycleId, subjectId);
  }

  async setNominations(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: SetNominationsRequest,
  ): Promise<SubjectNominationsReply> {
    await turn();
    const reply = this.reply(actor, cycleId, subjectId);
    if (!reply.allowed.includes('propose') && !reply.allowed.includes('change'))
      throw new DomainError('forbidden', { details: 'not yours to change' });
    const subject = this.subject(subjectId);
    if (subject.etag !== request.etag) throw new StaleVersionError();
    for (const rater of request.raters)
      if (!this.people.has(rater.email))
        throw new DomainError('badRequest', { details: `unknown ${rater.email}` });
    const fixed = this.nominationRows.filter(
      (nomination) =>
        nomination.subjectId === subjectId &&
        (nomination.group === 'self' || nomination.group === 'manager' || nomination.state === 'declined'),
    );
    this.nominationRows = this.nominationRows
      .filter((nomination) => nomination.subjectId !== subjectId)
      .concat(fixed);
    const isSubject = samePerson(actor.email, subject.email);
    for (const rater of request.raters) {
      const person = this.people.get(rater.email);
      if (person)
        this.addNomination(subject, person, rater.group, 'proposed', isSubject ? 'subject' : 'manager');
    }
    this.subjects.set(subjectId, { ...subject, etag: this.etag() });
    return this.reply(actor, cycleId, subjectId);
  }

  async submitNominations(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply> {
    await turn();
    const reply = this.reply(actor, cycleId, subjectId);
    if (!reply.allowed.includes('submit'))
      throw new DomainError('forbidden', { details: 'not yours to submit' });
    const subject = this.subject(subjectId);
    if (subject.etag !== request.etag) throw new StaleVersionError();
    const below = reply.counts.find((count) => count.count < count.rule.min);
    if (below) throw new DomainError('conflict', { details: `${below.group} below its minimum` });
    const submitted = { ...subject, nominationState: 'submitted' as const, etag: this.etag() };
    this.subjects.set(subjectId, submitted);
    await this.notifier?.nominationsSubmitted(this.cycle(cycleId), submitted);
    return this.reply(actor, cycleId, subjectId);
  }

  async approveNominations(
    actor: FeedbackActor,
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply> {
    await turn();
    const reply = this.reply(actor, cycleId, subjectId);
    if (!reply.allowed.includes('approve'))
      throw new DomainError('forbidden', { details: 'not yours to approve' });
    const subject = this.subject(subjectId);
    if (subject.etag !== request.etag) throw new StaleVersionError();
    this.nominationRows = this.nominationRows.map((nomination) =>
      nomination.subjectId === subjectId && nomination.state === 'proposed'
        ? { ...nomination, state: 'approved' }
        : nomination,
    );
    this.subjects.set(subjectId, { ...subject, nominationState: 'approved', etag: this.etag() });
    return this.reply(actor, cycleId, subjectId);
  }

  async mine(actor: FeedbackActor): Promise<MyFeedbackReply> {
    await turn();
    const forms = this.nominationRows
      .filter(
        (nomination) => samePerson(nomination.raterEmail, actor.email) && nomination.state !== 'proposed',
      )
      .map((nomination) => {
        const cycle = this.cycle(nomination.cycleId);
        return {
          cycleId: cycle.id,
          cycleName: cycle.name,
          deadline: cycle.ratingDeadline,
          subjectId: nomination.subjectId,
          subject: this.subject(nomination.subjectId).person,
          group: nomination.group,
          done: this.answers.has(this.answerKey(cycle.id, nomination.subjectId, actor.email)),
          declined: nomination.state === 'declined',
        };
      });
    return { toNominate: [], toApprove: [], forms, reports: [] };
  }

  // ---------------------------------------------------------------- helpers

  answerKey(cycleId: number, subjectId: number, raterEmail: string): string {
    return `${cycleId}#${subjectId}#${normalizeEmail(raterEmail)}`;
  }

  private counts(actor: FeedbackActor, cycleId: number): { done: number; total: number } {
    const mine = this.nominationRows.filter(
      (nomination) =>
        nomination.cycleId === cycleId &&
        nomination.state === 'approved' &&
        samePerson(nomination.raterEmail, actor.email),
    );
    return {
      done: mine.filter((nomination) =>
        this.answers.has(this.answerKey(cycleId, nomination.subjectId, actor.email)),
      ).length,
      total: mine.length,
    };
  }

  private reply(actor: FeedbackActor, cycleId: number, subjectId: number): SubjectNominationsReply {
    const cycle = this.cycle(cycleId);
    const subject = this.subject(subjectId);
    const isSubject = samePerson(actor.email, subject.email);
    const isManager = samePerson(actor.email, subject.managerEmail);
    const isCoordinator = mayCoordinate(actor);
    if (!isSubject && !isManager && !isCoordinator)
      throw new DomainError('forbidden', { details: 'not this list' });
    const nominations = this.nominationRows.filter((nomination) => nomination.subjectId === subjectId);
    const loads = new Map<string, number>();
    for (const nomination of this.nominationRows)
      if (nomination.cycleId === cycleId && nomination.group !== 'self' && nomination.state !== 'declined')
        loads.set(nomination.raterEmail, (loads.get(nomination.raterEmail) ?? 0) + 1);
    const suggestions: RaterLoad[] = [...this.people.values()]
      .filter(
        (person) =>
          !samePerson(person.email, subject.email) && !samePerson(person.email, subject.managerEmail),
      )
      .map((person) => {
        const forms = loads.get(normalizeEmail(person.email)) ?? 0;
        return { person, departmentCode: 'OSV', forms, overCap: forms >= cycle.thresholds.raterLoad };
      });
    return {
      subject,
      nominations,
      counts: nominationCounts(
        nominations.filter((nomination) => nomination.state !== 'declined'),
        cycle.rules,
      ),
      suggestions,
      allowed: allowedNominationActions({
        phase: cycle.phase,
        state: subject.nominationState,
        isSubject,
        isManager,
        isCoordinator,
      }),
    };
  }

  private raterNomination(actor: FeedbackActor, cycleId: number, subjectId: number): StoredNomination {
    this.cycle(cycleId);
    const nomination = this.nominationRows.find(
      (candidate) =>
        candidate.cycleId === cycleId &&
        candidate.subjectId === subjectId &&
        samePerson(candidate.raterEmail, actor.email) &&
        candidate.state !== 'proposed',
    );
    if (!nomination) throw new DomainError('notFound', { details: 'no such form' });
    return nomination;
  }

  private addNomination(
    subject: StoredSubject,
    person: PersonRef,
    group: StoredNomination['group'],
    state: StoredNomination['state'],
    source: StoredNomination['source'] = 'directory',
  ): void {
    this.people.set(normalizeEmail(person.email), person);
    this.nominationRows.push({
      id: this.nextNomination++,
      cycleId: subject.cycleId,
      subjectId: subject.id,
      subjectEmail: subject.email,
      raterEmail: normalizeEmail(person.email),
      rater: person,
      group,
      state,
      source,
      declineReason: null,
    });
  }

  private cycle(id: number): StoredFeedbackCycle {
    const cycle = this.cycles.get(id);
    if (!cycle) throw new DomainError('notFound', { details: `cycle ${id}` });
    return cycle;
  }

  private subject(id: number): StoredSubject {
    const subject = this.subjects.get(id);
    if (!subject) throw new DomainError('notFound', { details: `subject ${id}` });
    return subject;
  }

  private async *pages<T>(items: readonly T[]): AsyncGenerator<T[]> {
    await turn();
    for (let start = 0; start < items.length; start += 100) yield items.slice(start, start + 100);
  }

  private etag(): string {
    this.version += 1;
    return `"m${this.version}"`;
  }
}
