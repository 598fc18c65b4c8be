import {
  DuplicateKeyError,
  StaleVersionError,
  normalizeEmail,
  type AnswersStore,
  type SealedAnswerSizes,
  type CompetencyModel,
  type CompetencyModelDraft,
  type CompetencyModelsStore,
  type CyclePhase,
  type CyclesStore,
  type Department,
  type FeedbackCycleDraft,
  type GoalLink,
  type GoalsStore,
  type NewNomination,
  type NewSubject,
  type NominationState,
  type NominationsStore,
  type OpenedAnswer,
  type Person,
  type PersonRef,
  type StoredAnswer,
  type StoredFeedbackCycle,
  type StoredGoal,
  type StoredNomination,
  type StoredSubject,
  type SubjectsStore,
} from '@kvalita/core';

/*
 * 360 feedback's storage ports in memory, as the SharePoint lists keep them: an ETag per row
 * ("1", "2", …) every change must match (StaleVersionError, nothing written), one subject per
 * cycle and person, one nomination per subject and rater, one answer per respondent key
 * (DuplicateKeyError), reads paged. `writes` counts every write, so a test sees that a refused
 * request wrote nothing; `answerReads` counts reads of answers, so a test sees one paged read.
 */

const PAGE = 100;
const etagOf = (version: number) => `"${version}"`;
const clone = <T>(value: T): T => structuredClone(value);

export class MemoryFeedbackStores {
  writes = 0;
  answerReads = 0;
  private nextId = 1;
  private readonly modelRows = new Map<number, { model: CompetencyModel; version: number }>();
  private readonly cycleRows = new Map<number, { cycle: StoredFeedbackCycle; version: number }>();
  private readonly subjectRows = new Map<number, { subject: StoredSubject; version: number }>();
  private readonly nominationRows = new Map<number, StoredNomination>();
  private readonly answerRows = new Map<number, StoredAnswer & { sealedBytes: SealedAnswerSizes }>();
  private readonly goalRows = new Map<number, { goal: StoredGoal; version: number }>();

  constructor(
    private readonly people: readonly Person[],
    private readonly departments: readonly Department[],
    private readonly now: () => Date,
  ) {}

  private id(): number {
    return this.nextId++;
  }

  private ref(email: string | null): PersonRef | null {
    if (email === null) return null;
    const person = this.people.find((candidate) => candidate.email === normalizeEmail(email));
    return { email: normalizeEmail(email), displayName: person?.displayName ?? email };
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  // ── models ──
  readonly models: CompetencyModelsStore = {
    list: async () => [...this.modelRows.values()].map((row) => clone(row.model)),
    get: async (id) => clone(this.modelRows.get(id)?.model ?? null),
    create: async (modelKey, version, draft, byEmail) => {
      if (
        [...this.modelRows.values()].some(
          (row) => row.model.modelKey === modelKey && row.model.version === version,
        )
      )
        throw new DuplicateKeyError(`model ${modelKey} v${version} exists`);
      this.writes++;
      const id = this.id();
      const model: CompetencyModel = {
        ...clone(draft),
        id,
        modelKey,
        version,
        frozen: false,
        cycleIds: [],
        createdAt: this.stamp(),
        createdBy: this.ref(byEmail),
        modifiedAt: this.stamp(),
        etag: etagOf(1),
      };
      this.modelRows.set(id, { model, version: 1 });
      return clone(model);
    },
    update: async (id, etag, draft: CompetencyModelDraft) => {
      const row = this.modelRows.get(id);
      if (!row || row.model.etag !== etag) throw new StaleVersionError();
      this.writes++;
      row.version++;
      row.model = { ...row.model, ...clone(draft), modifiedAt: this.stamp(), etag: etagOf(row.version) };
      return clone(row.model);
    },
    markUsed: async (id, cycleId) => {
      const row = this.modelRows.get(id);
      if (!row) throw new StaleVersionError('no such model');
      if (row.model.frozen && row.model.cycleIds.includes(cycleId)) return clone(row.model);
      this.writes++;
      row.version++;
      row.model = {
        ...row.model,
        frozen: true,
        cycleIds: [...new Set([...row.model.cycleIds, cycleId])],
        etag: etagOf(row.version),
      };
      return clone(row.model);
    },
  };

  // ── cycles ──
  readonly cycles: CyclesStore = {
    list: async () => [...this.cycleRows.values()].map((row) => clone(row.cycle)),
    get: async (id) => clone(this.cycleRows.get(id)?.cycle ?? null),
    create: async (draft, model, coordinatorEmail) => {
      this.writes++;
      const id = this.id();
      const cycle: StoredFeedbackCycle = {
        ...clone(draft),
        id,
        phase: 'preparation',
        coordinator: this.ref(coordinatorEmail),
        coordinatorEmail: normalizeEmail(coordinatorEmail),
        modelName: model.name,
        modelVersion: model.version,
        subjectCount: 0,
        startedAt: null,
        closedAt: null,
        releasedAt: null,
        releasedBy: null,
        createdAt: this.stamp(),
        modifiedAt: this.stamp(),
        etag: etagOf(1),
      };
      this.cycleRows.set(id, { cycle, version: 1 });
      return clone(cycle);
    },
    update: async (id, etag, draft: FeedbackCycleDraft) => {
      const row = this.current(this.cycleRows, id, etag, (entry) => entry.cycle.etag);
      this.writes++;
      row.version++;
      const model = this.modelRows.get(draft.modelId)?.model;
      row.cycle = {
        ...row.cycle,
        ...clone(draft),
        modelName: model?.name ?? row.cycle.modelName,
        modelVersion: model?.version ?? row.cycle.modelVersion,
        modifiedAt: this.stamp(),
        etag: etagOf(row.version),
      };
      return clone(row.cycle);
    },
    setPhase: async (id, etag, phase: CyclePhase, change) => {
      const row = this.current(this.cycleRows, id, etag, (entry) => entry.cycle.etag);
      this.writes++;
      row.version++;
      row.cycle = {
        ...row.cycle,
        phase,
        subjectCount: change.subjectCount ?? row.cycle.subjectCount,
        startedAt: phase === 'nomination' ? change.at : row.cycle.startedAt,
        closedAt: phase === 'closed' ? change.at : row.cycle.closedAt,
        releasedAt: phase === 'released' ? change.at : row.cycle.releasedAt,
        releasedBy: phase === 'released' ? this.ref(change.byEmail) : row.cycle.releasedBy,
        modifiedAt: change.at,
        etag: etagOf(row.version),
      };
      return clone(row.cycle);
    },
  };

  // ── subjects ──
  readonly subjects: SubjectsStore = {
    addAll: async (cycleId, entries) => {
      for (const { subject } of entries)
        if (this.subjectList(cycleId).some((existing) => existing.email === normalizeEmail(subject.email)))
          throw new DuplicateKeyError(`${subject.email} is a subject of cycle ${cycleId}`);
      for (const { subject, nominations } of entries) {
        const stored = this.newSubject(cycleId, subject);
        for (const nomination of nominations) this.addNomination(stored, nomination);
      }
      this.writes++;
      return entries.length;
    },
    page: async (cycleId, options) => {
      const matching = this.subjectList(cycleId).filter(
        (subject) =>
          (options.state === undefined || subject.nominationState === options.state) &&
          (options.managerEmail === undefined ||
            subject.managerEmail === normalizeEmail(options.managerEmail)) &&
          (options.email === undefined || subject.email === normalizeEmail(options.email)),
      );
      const start = options.page === undefined ? 0 : Number(options.page.replace(/^from-/, ''));
      const items = matching.slice(start, start + options.pageSize);
      const next = start + options.pageSize;
      return {
        items: clone(items),
        total: matching.length,
        nextPage: next < matching.length ? `from-${next}` : null,
      };
    },
    all: (cycleId) => this.pages(this.subjectList(cycleId)),
    get: async (cycleId, subjectId) => {
      const subject = this.subjectRows.get(subjectId)?.subject;
      return subject && subject.cycleId === cycleId ? clone(subject) : null;
    },
    setState: async (subjectId, etag, state: NominationState) => {
      const row = this.current(this.subjectRows, subjectId, etag, (entry) => entry.subject.etag);
      this.writes++;
      row.version++;
      row.subject = { ...row.subject, nominationState: state, etag: etagOf(row.version) };
      return clone(row.subject);
    },
    remove: async (subjectId) => {
      this.writes++;
      this.subjectRows.delete(subjectId);
      for (const [id, nomination] of this.nominationRows)
        if (nomination.subjectId === subjectId) this.nominationRows.delete(id);
    },
  };

  // ── nominations ──
  readonly nominations: NominationsStore = {
    ofSubject: async (subjectId) =>
      clone([...this.nominationRows.values()].filter((nomination) => nomination.subjectId === subjectId)),
    ofRater: async (raterEmail, cycleId) =>
      clone(
        [...this.nominationRows.values()].filter(
          (nomination) =>
            nomination.raterEmail === normalizeEmail(raterEmail) &&
            (cycleId === undefined || nomination.cycleId === cycleId),
        ),
      ),
    all: (cycleId) =>
      this.pages([...this.nominationRows.values()].filter((nomination) => nomination.cycleId === cycleId)),
    replaceChosen: async (subject, raters: readonly NewNomination[]) => {
      const row = this.current(this.subjectRows, subject.id, subject.etag, (entry) => entry.subject.etag);
      const declined = new Set(
        [...this.nominationRows.values()]
          .filter((n) => n.subjectId === subject.id && n.state === 'declined')
          .map((n) => n.raterEmail),
      );
      if (raters.some((rater) => declined.has(normalizeEmail(rater.raterEmail))))
        throw new DuplicateKeyError('a declined rater is asked again');
      this.writes++;
      // A declined rater's row stays: it is what refuses asking them again.
      for (const [id, nomination] of this.nominationRows)
        if (
          nomination.subjectId === subject.id &&
          nomination.group !== 'self' &&
          nomination.group !== 'manager' &&
          nomination.state !== 'declined'
        )
          this.nominationRows.delete(id);
      for (const rater of raters) this.addNomination(row.subject, rater);
      row.version++;
      row.subject = { ...row.subject, etag: etagOf(row.version) };
      return clone([...this.nominationRows.values()].filter((n) => n.subjectId === subject.id));
    },
    approveAll: async (subjectId) => {
      this.writes++;
      for (const nomination of this.nominationRows.values())
        if (nomination.subjectId === subjectId && nomination.state === 'proposed')
          this.nominationRows.set(nomination.id, { ...nomination, state: 'approved' });
    },
    decline: async (nominationId, reason) => {
      const nomination = this.nominationRows.get(nominationId);
      if (!nomination) throw new StaleVersionError('no such nomination');
      this.writes++;
      const declined: StoredNomination = { ...nomination, state: 'declined', declineReason: reason };
      this.nominationRows.set(nominationId, declined);
      return clone(declined);
    },
    removeOfRater: async (raterEmail) => {
      let removed = 0;
      for (const [id, nomination] of this.nominationRows)
        if (nomination.raterEmail === normalizeEmail(raterEmail)) {
          this.nominationRows.delete(id);
          removed++;
        }
      if (removed > 0) this.writes++;
      return removed;
    },
  };

  // ── answers ──
  readonly answers: AnswersStore = {
    add: async (cycleId, subjectKey, respondentKey, answer: OpenedAnswer, sizes) => {
      if ([...this.answerRows.values()].some((row) => row.respondentKey === respondentKey))
        throw new DuplicateKeyError('this respondent key has an answer');
      // The parts as the repository seals them (its box refuses what does not fit).
      const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length + 1;
      const ratings = bytesOf({ g: answer.group, r: answer.ratings });
      const comments = bytesOf(answer.comments);
      if (ratings > sizes.ratings || comments > sizes.comments)
        throw new Error(
          `an answer of ${ratings} + ${comments} bytes does not fit ${sizes.ratings} + ${sizes.comments}`,
        );
      const sealedBytes = sizes;
      this.writes++;
      const id = this.id();
      this.answerRows.set(id, { id, cycleId, subjectKey, respondentKey, answer: clone(answer), sealedBytes });
      return undefined;
    },
    ofSubject: async (cycleId, subjectKey) => {
      this.answerReads++;
      return this.answerList(cycleId).filter((row) => row.subjectKey === subjectKey);
    },
    all: (cycleId, options = {}) => {
      this.answerReads++;
      const rows = this.answerList(cycleId);
      return this.pages(
        options.comments === false
          ? rows.map((row) => ({ ...row, answer: { ...row.answer, comments: {} } }))
          : rows,
      );
    },
    existing: async (cycleId, respondentKeys) =>
      new Set(
        this.answerList(cycleId)
          .map((row) => row.respondentKey)
          .filter((key): key is string => key !== null && respondentKeys.includes(key)),
      ),
    counts: async (cycleId) => {
      const counts = new Map<string, number>();
      for (const row of this.answerList(cycleId))
        counts.set(row.subjectKey, (counts.get(row.subjectKey) ?? 0) + 1);
      return counts;
    },
    unlink: async (respondentKeys) => {
      let unlinked = 0;
      for (const row of this.answerRows.values())
        if (row.respondentKey !== null && respondentKeys.includes(row.respondentKey)) {
          this.answerRows.set(row.id, { ...row, respondentKey: null });
          unlinked++;
        }
      if (unlinked > 0) this.writes++;
      return unlinked;
    },
    removeOfSubject: async (cycleId, subjectKey) => {
      let removed = 0;
      for (const row of this.answerList(cycleId))
        if (row.subjectKey === subjectKey) {
          this.answerRows.delete(row.id);
          removed++;
        }
      if (removed > 0) this.writes++;
      return removed;
    },
  };

  // ── goals ──
  readonly goals: GoalsStore = {
    ofSubject: async (subjectId) =>
      clone(
        [...this.goalRows.values()].map((row) => row.goal).filter((goal) => goal.subjectId === subjectId),
      ),
    add: async (
      cycleId,
      subjectId,
      goal: { competencyKey: string; text: string; dueDate: string | null; link: GoalLink },
    ) => {
      this.writes++;
      const id = this.id();
      const stored: StoredGoal = {
        ...clone(goal),
        id,
        cycleId,
        subjectId,
        createdAt: this.stamp(),
        etag: etagOf(1),
      };
      this.goalRows.set(id, { goal: stored, version: 1 });
      return clone(stored);
    },
    update: async (id, etag, goal) => {
      const row = this.current(this.goalRows, id, etag, (entry) => entry.goal.etag);
      this.writes++;
      row.version++;
      row.goal = { ...row.goal, ...clone(goal), etag: etagOf(row.version) };
      return clone(row.goal);
    },
    remove: async (id, etag) => {
      this.current(this.goalRows, id, etag, (entry) => entry.goal.etag);
      this.writes++;
      this.goalRows.delete(id);
    },
    removeOfSubject: async (subjectId) => {
      let removed = 0;
      for (const [id, row] of this.goalRows)
        if (row.goal.subjectId === subjectId) {
          this.goalRows.delete(id);
          removed++;
        }
      if (removed > 0) this.writes++;
      return removed;
    },
  };

  /** Every answer row as stored (tests look at keys: no e-mail beside an answer). */
  storedAnswers(): StoredAnswer[] {
    return clone([...this.answerRows.values()].map(({ sealedBytes: _bytes, ...row }) => row));
  }

  private current<T>(rows: Map<number, T>, id: number, etag: string, etagOfRow: (row: T) => string): T {
    const row = rows.get(id);
    if (!row || etagOfRow(row) !== etag) throw new StaleVersionError();
    return row;
  }

  private subjectList(cycleId: number): StoredSubject[] {
    return [...this.subjectRows.values()]
      .map((row) => row.subject)
      .filter((subject) => subject.cycleId === cycleId)
      .sort((a, b) => a.id - b.id);
  }

  private answerList(cycleId: number): StoredAnswer[] {
    return clone(
      [...this.answerRows.values()]
        .filter((row) => row.cycleId === cycleId)
        .map(({ sealedBytes: _bytes, ...row }) => row),
    );
  }

  private newSubject(cycleId: number, subject: NewSubject): StoredSubject {
    const id = this.id();
    const department = this.departments.find((candidate) => candidate.code === subject.departmentCode);
    const stored: StoredSubject = {
      id,
      cycleId,
      email: normalizeEmail(subject.email),
      managerEmail: subject.managerEmail === null ? null : normalizeEmail(subject.managerEmail),
      person: this.ref(subject.email) ?? { email: subject.email, displayName: subject.email },
      manager: this.ref(subject.managerEmail),
      departmentCode: subject.departmentCode,
      departmentName: department?.name ?? null,
      nominationState: 'open',
      etag: etagOf(1),
    };
    this.subjectRows.set(id, { subject: stored, version: 1 });
    return stored;
  }

  private addNomination(subject: StoredSubject, nomination: NewNomination): void {
    const id = this.id();
    this.nominationRows.set(id, {
      id,
      cycleId: subject.cycleId,
      subjectId: subject.id,
      subjectEmail: subject.email,
      raterEmail: normalizeEmail(nomination.raterEmail),
      rater: this.ref(nomination.raterEmail) ?? {
        email: nomination.raterEmail,
        displayName: nomination.raterEmail,
      },
      group: nomination.group,
      state: nomination.state,
      source: nomination.source,
      declineReason: null,
    });
  }

  private async *pages<T>(rows: readonly T[]): AsyncGenerator<T[]> {
    for (let start = 0; start < rows.length; start += PAGE) yield clone(rows.slice(start, start + PAGE));
  }
}
