import type { Role } from '../platform/contract';

/*
 * The measures register's tab API (docs/api-measures.md, under /api/measures): its codes, its limits,
 * what the tab, the SPFx web parts and the chat send and what the service answers. Written once,
 * here: the service types its replies against these shapes, the tab's client, the web parts and
 * their test fakes use them, storage (sharepoint/) keeps measures in these shapes, and the schemas
 * that check them at run time (measure-schema.ts, reply-schemas.ts; entry point
 * `@kvalita/core/schemas`) must read exactly them. Codes and types only.
 *
 * The model is ISO 9001 clause 10.2 (nonconformity and corrective action) as a CAPA register on the
 * PDCA cycle, with what CAF adds: every measure may name the CAF subcriterion it improves, so the
 * next self-assessment sees what was done and whether it worked.
 */

/** Corrects a found weakness, prevents a foreseen one, or improves what works. */
export const MEASURE_KINDS = ['corrective', 'preventive', 'improvement'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Where the need came from; CAF and the feedback features link back to their source. */
export const MEASURE_ORIGINS = [
  'selfAssessment',
  'survey',
  'feedback360',
  'mysteryShopping',
  'complaint',
  'audit',
  'other',
] as const;
export type MeasureOrigin = (typeof MEASURE_ORIGINS)[number];

export const MEASURE_PRIORITIES = ['high', 'medium', 'low'] as const;
export type MeasurePriority = (typeof MEASURE_PRIORITIES)[number];

/**
 * proposed → approved (quality manager or director) → inProgress (PLAN, DO, CHECK, ACT as phases)
 * → effectivenessCheck → closed (effective), or back to inProgress when the check finds it not
 * effective ("reopened"); cancelled (with a reason) from any state but closed.
 */
export const MEASURE_STATUSES = [
  'proposed',
  'approved',
  'inProgress',
  'effectivenessCheck',
  'closed',
  'cancelled',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** A measure still to be worked on (counts as open; can be overdue). */
export const OPEN_MEASURE_STATUSES: readonly MeasureStatus[] = [
  'proposed',
  'approved',
  'inProgress',
  'effectivenessCheck',
];

/** Plánuj, Dělej, Kontroluj, Jednej. */
export const PDCA_PHASES = ['plan', 'do', 'check', 'act'] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];

/** Cause categories fit for an office (an Ishikawa diagram's bones as a municipal office names them). */
export const ROOT_CAUSE_CATEGORIES = [
  'people',
  'procedures',
  'legislation',
  'itSystems',
  'building',
  'communication',
  'resources',
] as const;
export type RootCauseCategory = (typeof ROOT_CAUSE_CATEGORIES)[number];

/**
 * What can be done to a measure. The role matrix (permissions.ts) says who may do which, the
 * lifecycle (lifecycle.ts) in which state; the service enforces both, the tab and the web parts
 * only show what the reply's `allowed` lists.
 */
export const MEASURE_ACTIONS = [
  'edit',
  'approve',
  'start',
  'reportProgress',
  'requestCheck',
  'checkEffectiveness',
  'cancel',
] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];

/** The lifecycle moves among MEASURE_ACTIONS (the rest change no state). */
export const MEASURE_TRANSITIONS = ['approve', 'start', 'requestCheck', 'cancel'] as const;
export type MeasureTransition = (typeof MEASURE_TRANSITIONS)[number];

/** What an update of the history records; the history is only ever appended to. */
export const MEASURE_UPDATE_KINDS = [
  'created',
  'edited',
  'approved',
  'started',
  'progress',
  'checkRequested',
  'checkedEffective',
  'checkedNotEffective',
  'cancelled',
] as const;
export type MeasureUpdateKind = (typeof MEASURE_UPDATE_KINDS)[number];

export const MEASURE_LIMITS = {
  title: 255,
  /** Problem description, expected result, effectiveness criterion, note of an update. */
  longText: 4000,
  note: 2000,
  reason: 1000,
  whys: 5,
  whyText: 500,
  steps: 20,
  stepTitle: 255,
  coOwners: 10,
  evidenceLinks: 20,
  link: 2000,
  councilResolution: 120,
  sourceKey: 64,
  email: 254,
  departmentCode: 32,
  /** A step's key ("s1"…). */
  stepKey: 16,
  /** Whole CZK; 10 bn is beyond any office's single measure. */
  maxBudgetCzk: 10_000_000_000,
  pageSize: { default: 50, max: 200 },
  /** Days before the deadline the owner is reminded (default), and the allowed range. */
  reminderDays: { default: 7, min: 1, max: 60 },
  /** "Due soon" on the tiles. */
  dueSoonDays: 14,
} as const;

/** "Where it came from": a CAF cycle's subcriterion, a survey, or a reference anyone can follow. */
export interface MeasureSource {
  readonly origin: MeasureOrigin;
  /** The CAF cycle (selfAssessment); null otherwise. */
  readonly cycleId: number | null;
  /** The CAF subcriterion the measure improves ("3.3"); any origin may name one. */
  readonly subcriterionCode: string | null;
  /** The source's own key where Kvalita holds it (a survey's "srv-…"), else a reference number. */
  readonly sourceKey: string | null;
  /** A link to the source (https only). */
  readonly sourceUrl: string | null;
}

export interface RootCause {
  /** "5 whys": each answer one line, at most five. */
  readonly whys: readonly string[];
  readonly categories: readonly RootCauseCategory[];
}

export interface MeasureStepDraft {
  /** Stable within the measure ("s1"…); a new step sends null and gets one. */
  readonly key: string | null;
  readonly title: string;
  readonly ownerEmail: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  readonly dueDate: string | null;
  readonly done: boolean;
}

export interface MeasureStep extends MeasureStepDraft {
  readonly key: string;
  readonly ownerName: string | null;
}

/** What the create and edit forms send. Dates are ISO dates (YYYY-MM-DD). */
export interface MeasureDraft {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly source: MeasureSource;
  readonly departmentCode: string | null;
  /** The head of department who answers for it; null = the creator. */
  readonly ownerEmail: string | null;
  readonly coOwnerEmails: readonly string[];
  readonly priority: MeasurePriority;
  readonly deadline: string;
  readonly problem: string;
  readonly rootCause: RootCause;
  readonly steps: readonly MeasureStepDraft[];
  readonly expectedResult: string;
  /** How the office will know it worked ("complaints about waiting under 2 a month"). */
  readonly effectivenessCriterion: string;
  /** When effectiveness is checked (ISO date, on or after the deadline); null until planned. */
  readonly checkDate: string | null;
  readonly budgetCzk: number | null;
  /** The council or board resolution that ordered it ("usnesení RM č. 123/2026"). */
  readonly councilResolution: string | null;
  /** Links to evidence and SharePoint documents (https). */
  readonly evidenceLinks: readonly string[];
}

export interface PersonRef {
  readonly email: string;
  readonly displayName: string;
}

/** A stored measure, as its detail page shows it. */
export interface Measure extends Omit<MeasureDraft, 'steps' | 'ownerEmail' | 'coOwnerEmails'> {
  readonly id: number;
  readonly status: MeasureStatus;
  readonly phase: PdcaPhase;
  /** 0–100. */
  readonly progress: number;
  readonly departmentName: string | null;
  readonly owner: PersonRef | null;
  readonly coOwners: readonly PersonRef[];
  readonly steps: readonly MeasureStep[];
  /** Outcome of the last effectiveness check: null before any. */
  readonly effective: boolean | null;
  /** How many times a check found it not effective. */
  readonly reopenedCount: number;
  readonly cancelReason: string | null;
  /** ISO date of closing or cancelling. */
  readonly closedOn: string | null;
  readonly createdAt: string;
  readonly createdBy: PersonRef | null;
  readonly modifiedAt: string;
  /** SharePoint ETag of the measure row; every change sends it back (412/409 when stale). */
  readonly etag: string;
}

/** One row of the register (table, board, tiles, chat). */
export interface MeasureSummary {
  readonly id: number;
  readonly title: string;
  readonly kind: MeasureKind;
  readonly status: MeasureStatus;
  readonly phase: PdcaPhase;
  readonly priority: MeasurePriority;
  readonly origin: MeasureOrigin;
  readonly subcriterionCode: string | null;
  readonly cycleId: number | null;
  readonly departmentCode: string | null;
  readonly departmentName: string | null;
  readonly owner: PersonRef | null;
  readonly deadline: string;
  readonly checkDate: string | null;
  readonly progress: number;
  readonly effective: boolean | null;
  /** Open and past its deadline (today, in the office's time zone). */
  readonly overdue: boolean;
  readonly modifiedAt: string;
}

/** One entry of a measure's history (never changed once written). */
export interface MeasureUpdate {
  readonly id: number;
  readonly kind: MeasureUpdateKind;
  readonly at: string;
  readonly by: PersonRef | null;
  readonly phase: PdcaPhase;
  readonly statusAfter: MeasureStatus;
  readonly progress: number | null;
  /** The note, reason or comment given with the change. */
  readonly note: string;
}

export const MEASURE_SORTS = ['deadline', 'priority', 'modified', 'title', 'status'] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

/** GET /api/measures?… : the register's filters (all optional, combined with AND). */
export interface MeasureFilter {
  readonly status?: readonly MeasureStatus[];
  readonly phase?: PdcaPhase;
  readonly departmentCode?: string;
  readonly ownerEmail?: string;
  readonly origin?: MeasureOrigin;
  /** CAF criterion 1–9 (its subcriteria). */
  readonly criterion?: number;
  readonly subcriterionCode?: string;
  readonly cycleId?: number;
  readonly overdue?: boolean;
  /** Open and due from today to MEASURE_LIMITS.dueSoonDays on (what the "due soon" tile counts). */
  readonly dueSoon?: boolean;
  /** Year of the deadline. */
  readonly year?: number;
  /** Measures the signed-in person owns, co-owns or has a step in. */
  readonly mine?: boolean;
  readonly sort?: MeasureSort;
  readonly descending?: boolean;
  readonly pageSize?: number;
  /** The previous reply's `nextPage`. */
  readonly page?: string;
}

export interface MeasureTiles {
  readonly open: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly awaitingCheck: number;
  readonly closedThisYear: number;
}

/** GET /api/measures: a page of the filtered register, with the tiles over the same filter. */
export interface MeasureRegisterReply {
  readonly items: readonly MeasureSummary[];
  /** Measures matching the filter (all pages). */
  readonly total: number;
  readonly nextPage: string | null;
  readonly tiles: MeasureTiles;
  /** May the signed-in person create measures (and for which departments). */
  readonly mayCreate: boolean;
  readonly creatableDepartmentCodes: readonly string[] | 'all';
}

/** GET /api/measures/:id — the measure, its history (newest first) and what the caller may do. */
export interface MeasureDetailReply {
  readonly measure: Measure;
  readonly updates: readonly MeasureUpdate[];
  readonly allowed: readonly MeasureAction[];
}

/** PUT /api/measures/:id */
export interface EditMeasureRequest {
  readonly etag: string;
  readonly draft: MeasureDraft;
}

/** POST /api/measures/:id/progress (owner, co-owners, quality manager; also from the chat card). */
export interface ReportProgressRequest {
  readonly etag: string;
  readonly progress: number;
  readonly phase: PdcaPhase;
  readonly note: string;
  /** Steps whose done flag changes with this report. */
  readonly stepsDone?: readonly { readonly key: string; readonly done: boolean }[];
}

/** POST /api/measures/:id/transition */
export interface TransitionMeasureRequest {
  readonly etag: string;
  readonly transition: MeasureTransition;
  /** Required for cancel; optional comment otherwise. */
  readonly reason: string;
}

/** POST /api/measures/:id/effectiveness */
export interface CheckEffectivenessRequest {
  readonly etag: string;
  readonly effective: boolean;
  /** What the check found, against the effectiveness criterion (required). */
  readonly note: string;
  /** When not effective: the new deadline for the reopened measure (ISO date). */
  readonly newDeadline: string | null;
}

/** Every change answers with the measure as it now is. */
export type MeasureChangeReply = MeasureDetailReply;

/** Per CAF criterion: the measures tied to a cycle (its results page and report). */
export interface MeasureCountsByCriterion {
  readonly criterion: number;
  readonly planned: number;
  readonly done: number;
  readonly effective: number;
}

/** Who asks, as the role matrix needs it. */
export interface MeasureActor {
  readonly email: string;
  readonly roles: readonly Role[];
  /** Departments a head of department answers for (their own and its sections). */
  readonly departmentCodes: readonly string[];
}

/** The parts of a measure the role matrix looks at. */
export interface MeasureParties {
  readonly status: MeasureStatus;
  readonly departmentCode: string | null;
  readonly ownerEmail: string | null;
  readonly coOwnerEmails: readonly string[];
}

/** Office settings of the register (KVALITA_MEASURES_* settings). */
export interface MeasureSettings {
  /** Employees and heads see only their own departments' measures. */
  readonly hideOtherDepartments: boolean;
  readonly reminderDays: number;
}

/** What an office gets unless it sets KVALITA_MEASURES_HIDE_OTHER_DEPARTMENTS / KVALITA_MEASURE_REMINDER_DAYS. */
export const DEFAULT_MEASURE_SETTINGS: MeasureSettings = {
  hideOtherDepartments: false,
  reminderDays: MEASURE_LIMITS.reminderDays.default,
};
