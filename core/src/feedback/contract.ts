import type { PersonRef } from '../measures/contract';
import type { Role } from '../platform/contract';

/*
 * Competency models and 360° feedback (docs/api-feedback.md, under /api/feedback): codes, limits,
 * what the tab and the chat send and what the service answers. Written once, here: the service
 * types its replies against these shapes, the tab's client reads them, storage keeps them, and the
 * schemas (request-schemas.ts, reply-schemas.ts; entry `@kvalita/core/schemas`) check exactly them.
 *
 * A cycle runs a frozen version of a competency model over its subjects: preparation → nomination
 * (each subject proposes raters) → approval (their manager approves or changes) → rating (raters
 * answer one chat card per subject) → closed → released (subjects and their managers see reports).
 * Results are development feedback, never an appraisal for pay (osobní příplatek, odměny).
 */

// ---------------------------------------------------------------- competency models

/** The rating scale: 1–5, each point with an anchor; "cannot judge" is stored as null. */
export const RATING_POINTS = [1, 2, 3, 4, 5] as const;
export type RatingPoint = (typeof RATING_POINTS)[number];
/** A behaviour's answer: a point, or null = "cannot judge" (left out of every figure). */
export type BehaviourRating = RatingPoint | null;
/** Blind spot / hidden strength: |self − others| greater than a third of the scale's range (4/3). */
export const GAP_THRESHOLD = (RATING_POINTS.length - 1) / 3;

export const FEEDBACK_LIMITS = {
  /** Stable keys of groups, competencies and behaviours inside a model ("komunikace", "k1-b2"). */
  key: 40,
  keyPattern: '^[a-z][a-z0-9-]{0,39}$',
  modelName: 120,
  description: 2000,
  groupName: 120,
  competencyName: 120,
  definition: 1000,
  behaviour: 300,
  anchorLabel: 60,
  anchorDescription: 300,
  groupsPerModel: { min: 1, max: 6 },
  competenciesPerModel: { min: 3, max: 10 },
  behavioursPerCompetency: { min: 3, max: 6 },
  /** So one rating card stays under Teams' 28 KB card limit. */
  behavioursPerModel: 40,
  cycleName: 120,
  /** Subjects of one cycle (the whole office of 590 and more). */
  subjects: 2000,
  departments: 50,
  comment: 1000,
  declineReason: 500,
  /** Forms one person is asked to fill in one cycle (the manager's forms for their reports count). */
  raterLoad: { default: 8, min: 1, max: 20 },
  /** Answers a peer, direct-report or other group needs to be shown: configurable, never below 3. */
  groupThreshold: { default: 3, min: 3, max: 10 },
  /** Answers a group needs for its comments to carry the group's name. */
  commentThreshold: { default: 3, min: 3, max: 10 },
  /** CCL: at least this many raters besides self for any "all but self" figure. */
  overallMinimum: 4,
  /** A goal is the Title of its row (255 characters in SharePoint). */
  goal: 255,
  trainingTitle: 200,
  url: 2000,
  email: 254,
  search: 100,
  pageSize: { default: 50, max: 200 },
  /** .xlsx model import: the largest file read. */
  importBytes: 2 * 1024 * 1024,
} as const;

export interface ScaleAnchor {
  readonly point: RatingPoint;
  /** "Výjimečně", "Často" … */
  readonly label: string;
  readonly description: string;
}

export interface Behaviour {
  readonly key: string;
  readonly text: string;
}

export interface Competency {
  readonly key: string;
  readonly name: string;
  readonly definition: string;
  /** 3–6 observable behaviours, each rated on the scale. */
  readonly behaviours: readonly Behaviour[];
}

export interface CompetencyGroup {
  readonly key: string;
  readonly name: string;
  readonly competencies: readonly Competency[];
}

/** What the model editor sends and the .xlsx import reads. */
export interface CompetencyModelDraft {
  readonly name: string;
  readonly description: string;
  /** Five anchors, points 1 to 5 in order. */
  readonly scale: readonly ScaleAnchor[];
  readonly groups: readonly CompetencyGroup[];
}

/**
 * One version of a model. Versions of one model share its `modelKey`; a version is editable until
 * a cycle using it starts, then frozen for good (a change makes the next version).
 */
export interface CompetencyModel extends CompetencyModelDraft {
  readonly id: number;
  readonly modelKey: string;
  readonly version: number;
  readonly frozen: boolean;
  /** Cycles that use this version. */
  readonly cycleIds: readonly number[];
  readonly createdAt: string;
  readonly createdBy: PersonRef | null;
  readonly modifiedAt: string;
  readonly etag: string;
}

export interface CompetencyModelSummary {
  readonly id: number;
  readonly modelKey: string;
  readonly version: number;
  readonly name: string;
  readonly frozen: boolean;
  readonly competencies: number;
  readonly behaviours: number;
  /** The newest version of its model. */
  readonly latest: boolean;
  readonly modifiedAt: string;
}

/** GET /api/feedback/models — newest version of each model first, then older versions. */
export interface CompetencyModelsReply {
  readonly items: readonly CompetencyModelSummary[];
  readonly mayAuthor: boolean;
}

/** GET /api/feedback/models/:id */
export interface CompetencyModelReply {
  readonly model: CompetencyModel;
  readonly mayEdit: boolean;
}

/** POST /api/feedback/models */
export interface CreateModelRequest {
  readonly draft: CompetencyModelDraft;
}
/** PUT /api/feedback/models/:id (only while not frozen) */
export interface EditModelRequest {
  readonly etag: string;
  readonly draft: CompetencyModelDraft;
}
/** POST /api/feedback/models/:id/copy — a new model from this version (new key, version 1). */
export interface CopyModelRequest {
  readonly name: string;
}
/** POST /api/feedback/models/:id/versions — the next version of the same model, as a copy. */
export type NewModelVersionRequest = Record<string, never>;
/*
 * GET  /api/feedback/models/:id/export → .xlsx (sheets "Škála" and "Kompetence": one row per behaviour).
 * POST /api/feedback/models/import (.xlsx body) → CompetencyModelReply of the new model; every bad
 * row is named in the error's details (sheet, row, column), nothing is stored.
 */

// ---------------------------------------------------------------- cycles

export const CYCLE_PHASES = [
  'preparation',
  'nomination',
  'approval',
  'rating',
  'closed',
  'released',
] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

/** Who rates a subject. Self and manager are shown by name of the group (the subject knows them). */
export const RATER_GROUPS = ['self', 'manager', 'directReport', 'peer', 'other'] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];
/** Groups whose answers are anonymous and need the threshold. */
export const ANONYMOUS_GROUPS = ['directReport', 'peer', 'other'] as const;
export type AnonymousGroup = (typeof ANONYMOUS_GROUPS)[number];

export interface GroupRule {
  readonly min: number;
  readonly max: number;
}

/** How many raters of each chosen group a subject needs (self and manager: one each, automatic). */
export type NominationRules = Readonly<Record<AnonymousGroup, GroupRule>>;

export const DEFAULT_NOMINATION_RULES: NominationRules = {
  directReport: { min: 0, max: 10 },
  peer: { min: 3, max: 6 },
  other: { min: 0, max: 4 },
};

export interface CycleThresholds {
  /** groupThreshold: min 3. */
  readonly group: number;
  /** commentThreshold: min 3. */
  readonly comments: number;
  /** raterLoad */
  readonly raterLoad: number;
}

export const DEFAULT_CYCLE_THRESHOLDS: CycleThresholds = {
  group: FEEDBACK_LIMITS.groupThreshold.default,
  comments: FEEDBACK_LIMITS.commentThreshold.default,
  raterLoad: FEEDBACK_LIMITS.raterLoad.default,
};

/** What the cycle form sends (editable in preparation; deadlines also later, never into the past). */
export interface FeedbackCycleDraft {
  readonly name: string;
  /** A model version; frozen when the cycle starts. */
  readonly modelId: number;
  /** Chosen people … */
  readonly subjectEmails: readonly string[];
  /** … and whole departments (with their sections); resolved from the directory when the cycle starts. */
  readonly departmentCodes: readonly string[];
  /** ISO dates, in order: nominations end ≤ approvals end ≤ answers end. */
  readonly nominationDeadline: string;
  readonly approvalDeadline: string;
  readonly ratingDeadline: string;
  readonly rules: NominationRules;
  readonly thresholds: CycleThresholds;
}

export interface FeedbackCycle extends FeedbackCycleDraft {
  readonly id: number;
  readonly phase: CyclePhase;
  readonly coordinator: PersonRef | null;
  readonly modelName: string;
  readonly modelVersion: number;
  readonly subjectCount: number;
  readonly startedAt: string | null;
  readonly closedAt: string | null;
  readonly releasedAt: string | null;
  readonly releasedBy: PersonRef | null;
  readonly createdAt: string;
  readonly modifiedAt: string;
  readonly etag: string;
}

export interface FeedbackCycleSummary {
  readonly id: number;
  readonly name: string;
  readonly phase: CyclePhase;
  readonly modelName: string;
  readonly subjectCount: number;
  readonly ratingDeadline: string;
  readonly coordinator: PersonRef | null;
}

/** GET /api/feedback/cycles (coordinators: all; others: cycles they take part in). */
export interface FeedbackCyclesReply {
  readonly items: readonly FeedbackCycleSummary[];
  readonly mayCreate: boolean;
}

export const CYCLE_ACTIONS = [
  'edit',
  'start',
  'endNominations',
  'startRating',
  'close',
  'release',
  'remind',
] as const;
export type CycleAction = (typeof CYCLE_ACTIONS)[number];

/** Progress the coordinator sees: counts only, never a score. */
export interface CycleProgress {
  readonly subjects: number;
  readonly nominationsSubmitted: number;
  readonly nominationsApproved: number;
  /** Forms to fill (approved nominations, declines excluded). */
  readonly forms: number;
  readonly formsDone: number;
  readonly declined: number;
  /** Subjects whose report will show at least one anonymous group. */
  readonly reportsWithGroups: number;
}

/** GET /api/feedback/cycles/:id */
export interface FeedbackCycleReply {
  readonly cycle: FeedbackCycle;
  readonly progress: CycleProgress;
  readonly allowed: readonly CycleAction[];
}

/** POST /api/feedback/cycles */
export interface CreateCycleRequest {
  readonly draft: FeedbackCycleDraft;
}
/** PUT /api/feedback/cycles/:id */
export interface EditCycleRequest {
  readonly etag: string;
  readonly draft: FeedbackCycleDraft;
}
/** POST /api/feedback/cycles/:id/advance — to the next phase (the release screen's confirmation too). */
export interface AdvanceCycleRequest {
  readonly etag: string;
  readonly to: Exclude<CyclePhase, 'preparation'>;
  /** Release only: the coordinator confirmed "development feedback, not an appraisal for pay". */
  readonly developmentOnlyConfirmed?: boolean;
}

// ---------------------------------------------------------------- subjects and nominations

export const NOMINATION_STATES = ['open', 'submitted', 'approved'] as const;
/** A subject's nomination list: the subject proposes (open), submits to the manager, who approves. */
export type NominationState = (typeof NOMINATION_STATES)[number];

export const NOMINATION_SOURCES = ['directory', 'subject', 'manager', 'coordinator'] as const;
export type NominationSource = (typeof NOMINATION_SOURCES)[number];

export const RATER_STATES = ['proposed', 'approved', 'declined'] as const;
export type RaterState = (typeof RATER_STATES)[number];

export interface Nomination {
  readonly id: number;
  readonly rater: PersonRef;
  readonly group: RaterGroup;
  readonly state: RaterState;
  readonly source: NominationSource;
  /** A rater's reason for declining (shown to the subject's manager and the coordinator). */
  readonly declineReason: string | null;
}

export interface FeedbackSubject {
  readonly id: number;
  readonly cycleId: number;
  readonly person: PersonRef;
  readonly manager: PersonRef | null;
  readonly departmentCode: string | null;
  readonly departmentName: string | null;
  readonly nominationState: NominationState;
  readonly etag: string;
}

/** A group's count against its rule (what the nomination screens warn about). */
export interface NominationCount {
  readonly group: AnonymousGroup;
  readonly count: number;
  readonly rule: GroupRule;
}

export const NOMINATION_ACTIONS = ['propose', 'submit', 'approve', 'change'] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

/** GET /api/feedback/cycles/:id/subjects/:subjectId — the subject's nominations. */
export interface SubjectNominationsReply {
  readonly subject: FeedbackSubject;
  readonly nominations: readonly Nomination[];
  readonly counts: readonly NominationCount[];
  /** People the subject may pick: same manager first, then the same department (with their load). */
  readonly suggestions: readonly RaterLoad[];
  readonly allowed: readonly NominationAction[];
}

/** GET /api/feedback/cycles/:id/subjects?… (coordinator): subjects with counts, paged. */
export interface SubjectRow {
  readonly subject: FeedbackSubject;
  readonly counts: readonly NominationCount[];
  readonly forms: number;
  readonly formsDone: number;
}
export interface CycleSubjectsReply {
  readonly items: readonly SubjectRow[];
  readonly total: number;
  readonly nextPage: string | null;
}

/**
 * PUT /api/feedback/cycles/:id/subjects/:subjectId/nominations — the whole list of chosen raters
 * (peers, direct reports, others); self and manager are not sent. By the subject while open, by the
 * manager or the coordinator while submitted or in approval. A declined rater cannot be asked again.
 */
export interface SetNominationsRequest {
  readonly etag: string;
  readonly raters: readonly { readonly email: string; readonly group: AnonymousGroup }[];
}
/** POST …/subjects/:subjectId/submit (subject) and …/approve (manager, coordinator). */
export interface NominationDecisionRequest {
  readonly etag: string;
}

/** One person's forms in a cycle, for the load cap and the coordinator's load view. */
export interface RaterLoad {
  readonly person: PersonRef;
  readonly departmentCode: string | null;
  readonly forms: number;
  /** Over the cycle's raterLoad: only the directory's forms (a head's reports) can put someone over. */
  readonly overCap: boolean;
}
/** GET /api/feedback/cycles/:id/load (coordinator): the most loaded first. */
export interface CycleLoadReply {
  readonly cap: number;
  readonly items: readonly RaterLoad[];
}

// ---------------------------------------------------------------- answering

/** One form a rater has in a cycle: done is derived from the keyed answers, never stored by name. */
export interface RatingForm {
  readonly cycleId: number;
  readonly subjectId: number;
  readonly subject: PersonRef;
  readonly group: RaterGroup;
  readonly done: boolean;
  readonly declined: boolean;
}

/** POST /api/feedback/cycles/:id/forms/:subjectId — a rater's answer (the chat card's Action.Execute). */
export interface SubmitRatingRequest {
  /** Every behaviour of the model: a point, or null for "cannot judge". */
  readonly ratings: Readonly<Record<string, BehaviourRating>>;
  /** Optional, per competency group key. */
  readonly comments: Readonly<Record<string, string>>;
}
/** POST /api/feedback/cycles/:id/forms/:subjectId/decline (once, with a reason; not for self). */
export interface DeclineRatingRequest {
  readonly reason: string;
}
export interface RatingReply {
  /** false: this rater had already answered for this subject; nothing new was stored. */
  readonly stored: boolean;
  readonly done: number;
  readonly total: number;
}

/** GET /api/feedback/mine — what the signed-in person has to do and may read. */
export interface MyFeedbackReply {
  /** Cycles in nomination where I am a subject. */
  readonly toNominate: readonly {
    readonly cycleId: number;
    readonly cycleName: string;
    readonly subjectId: number;
    readonly deadline: string;
    readonly state: NominationState;
  }[];
  /** My direct reports' lists waiting for my approval. */
  readonly toApprove: readonly {
    readonly cycleId: number;
    readonly cycleName: string;
    readonly subjectId: number;
    readonly subject: PersonRef;
    readonly deadline: string;
  }[];
  readonly forms: readonly (RatingForm & { readonly cycleName: string; readonly deadline: string })[];
  /** Released reports I may read: mine and my direct reports'. */
  readonly reports: readonly {
    readonly cycleId: number;
    readonly cycleName: string;
    readonly subjectId: number;
    readonly subject: PersonRef;
    readonly releasedAt: string;
  }[];
}

// ---------------------------------------------------------------- reports

/** A report group: a rater group, or "other" holding the small groups merged into it. */
export interface ReportGroup {
  readonly group: RaterGroup;
  /** Answers counted. */
  readonly answers: number;
  /** Small groups merged into "other" (its label then says "including …"). */
  readonly mergedFrom: readonly AnonymousGroup[];
}

/** Why a group is missing from the report — said openly, never a silent blank. */
export interface SuppressedGroup {
  readonly group: AnonymousGroup;
  readonly answers: number;
  readonly outcome: 'merged' | 'dropped';
}

/** One figure: the mean of the ratings given (cannot-judge left out), null when hidden. */
export interface Score {
  readonly mean: number | null;
  /** Ratings behind the mean (hidden cells: null). */
  readonly ratings: number | null;
}

export interface BehaviourResult {
  readonly key: string;
  readonly text: string;
  readonly self: Score;
  /** All but self: the shown groups only, never a hidden one's ratings. */
  readonly others: Score;
  readonly byGroup: Readonly<Partial<Record<RaterGroup, Score>>>;
  /** others − self, when both are shown. */
  readonly gap: number | null;
  readonly finding: 'blindSpot' | 'hiddenStrength' | null;
}

export interface CompetencyResult {
  readonly groupKey: string;
  readonly key: string;
  readonly name: string;
  readonly self: Score;
  readonly others: Score;
  readonly byGroup: Readonly<Partial<Record<RaterGroup, Score>>>;
  readonly gap: number | null;
  readonly finding: 'blindSpot' | 'hiddenStrength' | null;
  readonly behaviours: readonly BehaviourResult[];
}

export interface ReportComment {
  readonly competencyGroupKey: string;
  /** The group's name only where it is shown and large enough (self, manager, groups ≥ the comment threshold). */
  readonly group: RaterGroup | null;
  readonly text: string;
}

export interface FeedbackReport {
  readonly cycleId: number;
  readonly cycleName: string;
  readonly subject: PersonRef;
  readonly manager: PersonRef | null;
  readonly modelName: string;
  readonly scale: readonly ScaleAnchor[];
  readonly thresholds: CycleThresholds;
  readonly groups: readonly ReportGroup[];
  readonly suppressed: readonly SuppressedGroup[];
  /** false when fewer than overallMinimum raters besides self are shown ("all but self" hidden). */
  readonly othersShown: boolean;
  readonly competencies: readonly CompetencyResult[];
  /** Highest and lowest behaviours by "all but self" (up to 3 each). */
  readonly topBehaviours: readonly string[];
  readonly bottomBehaviours: readonly string[];
  /** Shuffled, from shown groups only. */
  readonly comments: readonly ReportComment[];
  readonly releasedAt: string | null;
}

/** GET /api/feedback/cycles/:id/reports/:subjectId (subject, their manager; after release). …/docx downloads it. */
export interface FeedbackReportReply {
  readonly report: FeedbackReport;
  readonly goals: readonly DevelopmentGoal[];
  readonly mayAddGoals: boolean;
}

// ---------------------------------------------------------------- development goals

export type GoalLink =
  | { readonly kind: 'training'; readonly title: string; readonly url: string | null }
  | { readonly kind: 'measure'; readonly measureId: number }
  | { readonly kind: 'none' };

/** A gap the subject turns into a goal (it feeds their individual training plan, zákon 312/2002 Sb. §17). */
export interface DevelopmentGoal {
  readonly id: number;
  readonly competencyKey: string;
  readonly text: string;
  readonly dueDate: string | null;
  readonly link: GoalLink;
  readonly createdAt: string;
  readonly etag: string;
}
/** POST …/reports/:subjectId/goals; PUT …/goals/:goalId (with etag); DELETE …/goals/:goalId?etag= */
export interface GoalRequest {
  readonly competencyKey: string;
  readonly text: string;
  readonly dueDate: string | null;
  readonly link: GoalLink;
  readonly etag?: string;
}

// ---------------------------------------------------------------- organisation view

/** One cell: the mean of subjects' "all but self" competency figures; null under the threshold. */
export interface HeatCell {
  readonly departmentCode: string;
  readonly competencyKey: string;
  readonly mean: number | null;
  /** Subjects behind the mean (null when hidden). */
  readonly subjects: number | null;
}

/** GET /api/feedback/cycles/:id/organisation (coordinator, quality manager, director; heads: their departments). */
export interface OrganisationReply {
  readonly cycleId: number;
  readonly competencies: readonly { readonly key: string; readonly name: string }[];
  readonly departments: readonly { readonly code: string; readonly name: string }[];
  readonly cells: readonly HeatCell[];
  /** Departments left out: fewer subjects with a shown "all but self" than the group threshold. */
  readonly hiddenDepartments: readonly string[];
  /** Office means per competency across released cycles of the same model key, oldest first. */
  readonly trend: readonly {
    readonly cycleId: number;
    readonly cycleName: string;
    readonly releasedAt: string;
    readonly means: Readonly<Record<string, number | null>>;
  }[];
}

/** GET /api/feedback/evidence — released cycles as CAF evidence for 3.2, 3.3 and 7.1, office level only. */
export interface FeedbackEvidence {
  readonly cycleId: number;
  readonly cycleName: string;
  readonly releasedAt: string;
  readonly subjects: number;
  readonly responseRate: number;
  readonly subcriteria: readonly string[];
}
export interface FeedbackEvidenceReply {
  readonly bySubcriterion: Readonly<Record<string, readonly FeedbackEvidence[]>>;
}

// ---------------------------------------------------------------- privacy

/** GET /api/feedback/my-data — what Kvalita stores about the signed-in person in 360 feedback. */
export interface MyFeedbackDataReply {
  readonly asSubject: readonly {
    readonly cycleId: number;
    readonly cycleName: string;
    readonly nominations: readonly Nomination[];
    readonly goals: readonly DevelopmentGoal[];
  }[];
  /** Whom I was asked to rate, and whether my answer is stored (its content: only mine to see). */
  readonly asRater: readonly (RatingForm & { readonly cycleName: string })[];
}
/**
 * DELETE /api/feedback/people/:email (quality manager, coordinator): removes the person's subject
 * entries, nominations, deliveries and goals; answers they gave lose their key (others' reports stay
 * whole); answers about them go with their subject entry.
 */
export interface ErasePersonReply {
  readonly subjectsRemoved: number;
  readonly nominationsRemoved: number;
  readonly answersUnlinked: number;
  readonly answersRemoved: number;
}

// ---------------------------------------------------------------- who asks

export interface FeedbackActor {
  readonly email: string;
  readonly roles: readonly Role[];
  readonly departmentCodes: readonly string[];
}
