import {
  ANONYMOUS_GROUPS,
  FeedbackInvalidError,
  FeedbackRuleError,
  PHASE_ENTRY,
  StaleVersionError,
  allowedCycleActions,
  cycleDraftProblems,
  mayCoordinate,
  nextPhase,
  nominationCounts,
  normalizeEmail,
  planGroups,
  raterLoads,
  type AdvanceCycleRequest,
  type CreateCycleRequest,
  type CycleLoadReply,
  type CycleProgress,
  type CycleSubjectsReply,
  type EditCycleRequest,
  type FeedbackActor,
  type FeedbackCycleDraft,
  type FeedbackCycleReply,
  type FeedbackCyclesReply,
  type NominationState,
  type RaterGroup,
  type StoredFeedbackCycle,
  type StoredNomination,
} from '@kvalita/core';
import { resolveSubjects } from './cycle-subjects';
import type { FeedbackContext } from './feedback-context';
import { cycleOf, cycleSummaryOf, subjectOf } from './feedback-views';

export interface SubjectsQuery {
  readonly page?: string;
  readonly pageSize: number;
  readonly state?: NominationState;
  readonly email?: string;
}

/** Whether two drafts differ in nothing but their deadlines (what may change once a cycle runs). */
function onlyDeadlinesDiffer(a: FeedbackCycleDraft, b: FeedbackCycleDraft): boolean {
  const sorted = (items: readonly string[]) => JSON.stringify([...items].map(normalizeEmail).sort());
  return (
    a.name === b.name &&
    a.modelId === b.modelId &&
    sorted(a.subjectEmails) === sorted(b.subjectEmails) &&
    sorted(a.departmentCodes) === sorted(b.departmentCodes) &&
    ANONYMOUS_GROUPS.every(
      (group) => a.rules[group].min === b.rules[group].min && a.rules[group].max === b.rules[group].max,
    ) &&
    a.thresholds.group === b.thresholds.group &&
    a.thresholds.comments === b.thresholds.comments &&
    a.thresholds.raterLoad === b.thresholds.raterLoad
  );
}

/**
 * 360 cycles: created, edited and moved one phase at a time by a coordinator (core
 * feedback/lifecycle.ts). Starting one resolves its subjects from the directory, adds their
 * directory nominations and freezes the model version; every phase change tells the chat.
 */
export class FeedbackCycles {
  constructor(private readonly context: FeedbackContext) {}

  private get stores() {
    return this.context.stores;
  }

  /** Coordinators: every cycle; others: the cycles they are rated in, manage a subject of, or rate in. */
  async list(actor: FeedbackActor): Promise<FeedbackCyclesReply> {
    const cycles = (await this.stores.cycles.list()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const coordinating = mayCoordinate(actor);
    const visible = coordinating ? cycles : await this.takingPart(actor, cycles);
    return { items: visible.map(cycleSummaryOf), mayCreate: coordinating };
  }

  /** A cycle with its progress (counts only, never a score): the coordinators' page. */
  async detail(actor: FeedbackActor, id: number): Promise<FeedbackCycleReply> {
    this.context.requireCoordinator(actor);
    return this.replyOf(actor, await this.context.cycle(id));
  }

  async create(actor: FeedbackActor, request: CreateCycleRequest): Promise<FeedbackCycleReply> {
    this.context.requireCoordinator(actor);
    const model = await this.checkedDraft(request.draft);
    return this.replyOf(actor, await this.stores.cycles.create(request.draft, model, actor.email));
  }

  /** In preparation everything; once started only the deadlines, never into the past. */
  async edit(actor: FeedbackActor, id: number, request: EditCycleRequest): Promise<FeedbackCycleReply> {
    this.context.requireCoordinator(actor);
    const cycle = await this.context.cycle(id);
    if (cycle.phase === 'closed' || cycle.phase === 'released')
      throw new FeedbackRuleError('notInPhase', `a ${cycle.phase} cycle is not edited`);
    if (cycle.phase !== 'preparation' && !onlyDeadlinesDiffer(cycle, request.draft))
      throw new FeedbackRuleError('onlyDeadlines', `the cycle is in ${cycle.phase}`);
    await this.checkedDraft(request.draft);
    return this.replyOf(actor, await this.stores.cycles.update(id, request.etag, request.draft));
  }

  /**
   * The next phase, and only the next. The stored etag is checked before anything is written, so
   * a stale screen starts nothing; release needs the coordinator's confirmation that the results are
   * development feedback, not an appraisal for pay.
   */
  async advance(actor: FeedbackActor, id: number, request: AdvanceCycleRequest): Promise<FeedbackCycleReply> {
    this.context.requireCoordinator(actor);
    const cycle = await this.context.cycle(id);
    if (nextPhase(cycle.phase) !== request.to)
      throw new FeedbackRuleError('notNextPhase', `${cycle.phase} does not lead to ${request.to}`);
    if (cycle.etag !== request.etag) throw new StaleVersionError();
    if (PHASE_ENTRY[request.to] === 'release' && request.developmentOnlyConfirmed !== true)
      throw new FeedbackInvalidError('releaseUnconfirmed', 'developmentOnlyConfirmed must be true');
    const change = { at: this.context.nowIso(), byEmail: actor.email };
    let moved: StoredFeedbackCycle;
    if (request.to === 'nomination') {
      const subjectCount = await this.addSubjects(cycle);
      await this.stores.models.markUsed(cycle.modelId, cycle.id);
      moved = await this.stores.cycles.setPhase(id, request.etag, 'nomination', { ...change, subjectCount });
    } else {
      moved = await this.stores.cycles.setPhase(id, request.etag, request.to, change);
    }
    const notifier = this.context.deps.notifier;
    if (moved.phase === 'nomination')
      await this.context.notify('nominations opened', () => notifier.nominationsOpened(moved));
    if (moved.phase === 'rating')
      await this.context.notify('rating started', () => notifier.ratingStarted(moved));
    if (moved.phase === 'closed') await this.context.notify('closed', () => notifier.closed(moved));
    if (moved.phase === 'released') await this.context.notify('released', () => notifier.released(moved));
    return this.replyOf(actor, moved);
  }

  /** The coordinator's list of subjects with their nomination counts and forms, a page at a time. */
  async subjects(actor: FeedbackActor, cycleId: number, query: SubjectsQuery): Promise<CycleSubjectsReply> {
    this.context.requireCoordinator(actor);
    const cycle = await this.context.cycle(cycleId);
    const page = await this.stores.subjects.page(cycleId, {
      pageSize: query.pageSize,
      ...(query.page === undefined ? {} : { page: query.page }),
      ...(query.state === undefined ? {} : { state: query.state }),
      ...(query.email === undefined ? {} : { email: query.email }),
    });
    const ids = new Set(page.items.map((subject) => subject.id));
    const nominations = (await this.context.cycleNominations(cycleId)).filter((n) => ids.has(n.subjectId));
    const done = await this.context.answered(
      cycleId,
      nominations.filter((n) => n.state === 'approved'),
    );
    return {
      items: page.items.map((subject) => {
        const own = nominations.filter((n) => n.subjectId === subject.id);
        const approved = own.filter((n) => n.state === 'approved');
        return {
          subject: subjectOf(subject),
          counts: nominationCounts(
            own.filter((n) => n.state !== 'declined'),
            cycle.rules,
          ),
          forms: approved.length,
          formsDone: approved.filter((n) => done.has(n.id)).length,
        };
      }),
      total: page.total,
      nextPage: page.nextPage,
    };
  }

  /** Forms per person (self aside), the most loaded first: who is over the cycle's cap and why. */
  async load(actor: FeedbackActor, cycleId: number): Promise<CycleLoadReply> {
    this.context.requireCoordinator(actor);
    const cycle = await this.context.cycle(cycleId);
    const nominations = await this.context.cycleNominations(cycleId);
    const loads = raterLoads(nominations);
    const people = await this.context.deps.people.findByEmails([...loads.keys()]);
    const names = new Map(nominations.map((n) => [normalizeEmail(n.raterEmail), n.rater.displayName]));
    const cap = cycle.thresholds.raterLoad;
    return {
      cap,
      items: [...loads]
        .map(([email, forms]) => ({
          person: { email, displayName: people.get(email)?.displayName ?? names.get(email) ?? email },
          departmentCode: people.get(email)?.departmentCode ?? null,
          forms,
          overCap: forms > cap,
        }))
        .sort((a, b) => b.forms - a.forms || a.person.displayName.localeCompare(b.person.displayName, 'cs')),
    };
  }

  /** Counts for the coordinator: lists submitted and approved, forms and answers, declines. */
  async progress(cycle: StoredFeedbackCycle): Promise<CycleProgress> {
    if (cycle.phase === 'preparation')
      return {
        subjects: 0,
        nominationsSubmitted: 0,
        nominationsApproved: 0,
        forms: 0,
        formsDone: 0,
        declined: 0,
        reportsWithGroups: 0,
      };
    const [subjects, nominations] = await Promise.all([
      this.context.cycleSubjects(cycle.id),
      this.context.cycleNominations(cycle.id),
    ]);
    const approved = nominations.filter((n) => n.state === 'approved');
    const done = await this.context.answered(cycle.id, approved);
    return {
      subjects: subjects.length,
      nominationsSubmitted: subjects.filter((s) => s.nominationState !== 'open').length,
      nominationsApproved: subjects.filter((s) => s.nominationState === 'approved').length,
      forms: approved.length,
      formsDone: done.size,
      declined: nominations.filter((n) => n.state === 'declined').length,
      reportsWithGroups: this.reportsWithGroups(
        approved.filter((n) => done.has(n.id)),
        cycle.thresholds.group,
      ),
    };
  }

  private reportsWithGroups(answered: readonly StoredNomination[], threshold: number): number {
    const perSubject = new Map<number, Partial<Record<RaterGroup, number>>>();
    for (const nomination of answered) {
      const counts = perSubject.get(nomination.subjectId) ?? {};
      counts[nomination.group] = (counts[nomination.group] ?? 0) + 1;
      perSubject.set(nomination.subjectId, counts);
    }
    return [...perSubject.values()].filter((counts) =>
      planGroups(counts, threshold).groups.some((group) =>
        (ANONYMOUS_GROUPS as readonly RaterGroup[]).includes(group.group),
      ),
    ).length;
  }

  /**
   * Adds the cycle's subjects with their directory nominations. Resumable: subjects already added
   * by an earlier attempt that failed before the phase changed are not added twice.
   */
  private async addSubjects(cycle: StoredFeedbackCycle): Promise<number> {
    const [directory, departments, existing] = await Promise.all([
      this.context.deps.people.list(),
      this.context.deps.departments.list(),
      this.context.cycleSubjects(cycle.id),
    ]);
    const resolved = resolveSubjects(cycle, directory, departments);
    const added = new Set(existing.map((subject) => normalizeEmail(subject.email)));
    const missing = resolved.filter((entry) => !added.has(entry.subject.email));
    if (missing.length > 0) await this.stores.subjects.addAll(cycle.id, missing);
    return added.size + missing.length;
  }

  private async checkedDraft(draft: FeedbackCycleDraft) {
    const [problem] = cycleDraftProblems(draft, this.context.today());
    if (problem) throw new FeedbackRuleError(problem);
    const model = await this.context.deps.stores.models.get(draft.modelId);
    if (!model) throw new FeedbackInvalidError('unknownModel', `draft.modelId: no model ${draft.modelId}`);
    const departments = await this.context.deps.departments.list();
    const unknown = draft.departmentCodes.filter((code) => !departments.some((d) => d.code === code));
    if (unknown.length > 0)
      throw new FeedbackInvalidError('unknownDepartment', `draft.departmentCodes: ${unknown.join(', ')}`);
    const people = await this.context.deps.people.findByEmails(draft.subjectEmails);
    const missing = draft.subjectEmails.filter((email) => !people.has(normalizeEmail(email)));
    if (missing.length > 0)
      throw new FeedbackInvalidError('unknownPerson', `draft.subjectEmails: ${missing.join(', ')}`);
    return model;
  }

  private async replyOf(actor: FeedbackActor, cycle: StoredFeedbackCycle): Promise<FeedbackCycleReply> {
    return {
      cycle: cycleOf(cycle),
      progress: await this.progress(cycle),
      allowed: allowedCycleActions(cycle, actor),
    };
  }

  private async takingPart(actor: FeedbackActor, cycles: readonly StoredFeedbackCycle[]) {
    const rated = new Set((await this.stores.nominations.ofRater(actor.email)).map((n) => n.cycleId));
    const checks = await Promise.all(
      cycles.map(async (cycle) => {
        if (cycle.phase === 'preparation') return false;
        if (rated.has(cycle.id)) return true;
        const [asSubject, asManager] = await Promise.all([
          this.stores.subjects.page(cycle.id, { pageSize: 1, email: actor.email }),
          this.stores.subjects.page(cycle.id, { pageSize: 1, managerEmail: actor.email }),
        ]);
        return asSubject.total > 0 || asManager.total > 0;
      }),
    );
    return cycles.filter((_cycle, index) => checks[index]);
  }
}
