import type {
  BehaviourRating,
  CompetencyModel,
  CompetencyModelDraft,
  CyclePhase,
  DevelopmentGoal,
  FeedbackCycle,
  FeedbackCycleDraft,
  FeedbackSubject,
  GoalLink,
  Nomination,
  NominationSource,
  NominationState,
  RaterGroup,
  RaterState,
} from './contract';
import type { SealedAnswerSizes } from './answer-size';

/*
 * 360 feedback's storage ports, in the contract's shapes. The service (bot/src/feedback) depends on
 * them; sharepoint/src/feedback implements them on its lists (StaleVersionError on a stale ETag,
 * DuplicateKeyError on a taken key); the service's tests use in-memory ones. Storage reads with the
 * app's rights and returns everything; the service decides who sees what. Types only.
 *
 * Privacy (docs/privacy.md): answers are stored under keys the service computes with its secret
 * (subjectKey = keyer(`feedback#<cycleId>`, subject e-mail), respondentKey =
 * keyer(`feedback#<cycleId>#<subjectKey>`, rater e-mail)) and a sealed payload; storage never sees a
 * rater's or a subject's e-mail beside an answer.
 */

export interface CompetencyModelsStore {
  list(): Promise<CompetencyModel[]>;
  get(id: number): Promise<CompetencyModel | null>;
  /** version 1 of a new model key, or the next version of an existing key. */
  create(
    modelKey: string,
    version: number,
    draft: CompetencyModelDraft,
    byEmail: string,
  ): Promise<CompetencyModel>;
  update(id: number, etag: string, draft: CompetencyModelDraft): Promise<CompetencyModel>;
  /** Freezes the version and records the cycle using it (idempotent). */
  markUsed(id: number, cycleId: number): Promise<CompetencyModel>;
}

export interface StoredFeedbackCycle extends FeedbackCycle {
  readonly coordinatorEmail: string | null;
}

export interface CyclesStore {
  list(): Promise<StoredFeedbackCycle[]>;
  get(id: number): Promise<StoredFeedbackCycle | null>;
  create(
    draft: FeedbackCycleDraft,
    model: CompetencyModel,
    coordinatorEmail: string,
  ): Promise<StoredFeedbackCycle>;
  update(id: number, etag: string, draft: FeedbackCycleDraft): Promise<StoredFeedbackCycle>;
  setPhase(
    id: number,
    etag: string,
    phase: CyclePhase,
    change: { readonly subjectCount?: number; readonly at: string; readonly byEmail: string },
  ): Promise<StoredFeedbackCycle>;
}

export interface StoredSubject extends FeedbackSubject {
  readonly email: string;
  readonly managerEmail: string | null;
}

export interface NewSubject {
  readonly email: string;
  readonly managerEmail: string | null;
  readonly departmentCode: string | null;
}

export interface StoredNomination extends Nomination {
  readonly cycleId: number;
  readonly subjectId: number;
  readonly subjectEmail: string;
  readonly raterEmail: string;
}

export interface NewNomination {
  readonly raterEmail: string;
  readonly group: RaterGroup;
  readonly state: RaterState;
  readonly source: NominationSource;
}

export interface SubjectsStore {
  /** Adds every subject with its directory nominations (self, manager, direct reports) in batches. */
  addAll(
    cycleId: number,
    subjects: readonly { readonly subject: NewSubject; readonly nominations: readonly NewNomination[] }[],
  ): Promise<number>;
  /** Paged by id; filters on indexed columns only. */
  page(
    cycleId: number,
    options: {
      readonly page?: string;
      readonly pageSize: number;
      readonly state?: NominationState;
      readonly managerEmail?: string;
      readonly email?: string;
    },
  ): Promise<{ items: StoredSubject[]; total: number; nextPage: string | null }>;
  all(cycleId: number): AsyncGenerator<StoredSubject[]>;
  get(cycleId: number, subjectId: number): Promise<StoredSubject | null>;
  setState(subjectId: number, etag: string, state: NominationState): Promise<StoredSubject>;
  /** Removes a subject with its nominations (erasure). */
  remove(subjectId: number): Promise<void>;
}

export interface NominationsStore {
  ofSubject(subjectId: number): Promise<StoredNomination[]>;
  /** Every nomination where the person rates, in any cycle (or one cycle). */
  ofRater(raterEmail: string, cycleId?: number): Promise<StoredNomination[]>;
  all(cycleId: number): AsyncGenerator<StoredNomination[]>;
  /**
   * Replaces the subject's chosen raters (groups other than self and manager) in one $batch and
   * bumps the subject row's ETag (stale → StaleVersionError, nothing written).
   */
  replaceChosen(subject: StoredSubject, raters: readonly NewNomination[]): Promise<StoredNomination[]>;
  /** Every proposed nomination of the subject becomes approved. */
  approveAll(subjectId: number): Promise<void>;
  decline(nominationId: number, reason: string): Promise<StoredNomination>;
  removeOfRater(raterEmail: string): Promise<number>;
}

/** An answer as it is opened by the service (the sealed payload's content). */
export interface OpenedAnswer {
  readonly group: RaterGroup;
  readonly ratings: Readonly<Record<string, BehaviourRating>>;
  readonly comments: Readonly<Record<string, string>>;
}

export interface StoredAnswer {
  readonly id: number;
  readonly cycleId: number;
  readonly subjectKey: string;
  /** null once the rater was erased (the answer stays for the subject's report). */
  readonly respondentKey: string | null;
  readonly answer: OpenedAnswer;
}

export interface AnswersStore {
  /**
   * Appends one answer sealed to `sizes` (sealedAnswerBytes of the cycle's model: one length for
   * every answer); DuplicateKeyError when the respondent key is already stored (one answer per
   * rater and subject).
   */
  add(
    cycleId: number,
    subjectKey: string,
    respondentKey: string,
    answer: OpenedAnswer,
    sizes: SealedAnswerSizes,
  ): Promise<void>;
  ofSubject(cycleId: number, subjectKey: string): Promise<StoredAnswer[]>;
  /**
   * Every answer of a cycle, paged (aggregation of all reports). `comments: false` reads the ratings
   * alone (the organisation view needs no comment): the answers then come with no comments.
   */
  all(cycleId: number, options?: { readonly comments?: boolean }): AsyncGenerator<StoredAnswer[]>;
  /** Which of these respondent keys have an answer (progress, "done", reminders). */
  existing(cycleId: number, respondentKeys: readonly string[]): Promise<Set<string>>;
  /** Answers stored per subject key (the coordinator's counts). */
  counts(cycleId: number): Promise<Map<string, number>>;
  unlink(respondentKeys: readonly string[]): Promise<number>;
  removeOfSubject(cycleId: number, subjectKey: string): Promise<number>;
}

export interface StoredGoal extends DevelopmentGoal {
  readonly cycleId: number;
  readonly subjectId: number;
}

export interface GoalsStore {
  ofSubject(subjectId: number): Promise<StoredGoal[]>;
  add(
    cycleId: number,
    subjectId: number,
    goal: { competencyKey: string; text: string; dueDate: string | null; link: GoalLink },
  ): Promise<StoredGoal>;
  update(
    id: number,
    etag: string,
    goal: { competencyKey: string; text: string; dueDate: string | null; link: GoalLink },
  ): Promise<StoredGoal>;
  remove(id: number, etag: string): Promise<void>;
  removeOfSubject(subjectId: number): Promise<number>;
}
