import type { PersonRef } from '../measures/contract';
import type { Role } from '../platform/contract';

/*
 * Mystery shopping's tab API (docs/api-mystery.md, under /api/mystery): campaigns of visits, calls,
 * e-mails, data-box messages and web forms to the office; versioned weighted checklists; the
 * schedule; the evaluator's record; review before release; results; findings turned into measures.
 * Written once, here: the service types its replies against these shapes, the tab imports them,
 * storage keeps them in these shapes, and the schemas (request-schemas.ts, reply-schemas.ts; entry
 * point `@kvalita/core/schemas`) read exactly them. Codes and types only.
 *
 * Practice it follows (SASSIE, Xenia; MSPA/ESOMAR ethics): staff are told beforehand that mystery
 * shopping will happen; records hold no employee names; every sheet is reviewed before it counts;
 * "not applicable" leaves an item out of the score; a critical item failed fails the evaluation.
 */

/** How the evaluator contacts the office, as a citizen would. */
export const MYSTERY_CHANNELS = ['visit', 'phone', 'email', 'dataBox', 'web'] as const;
export type MysteryChannel = (typeof MYSTERY_CHANNELS)[number];

/** Written channels: the evaluator records when the message was sent and when the answer came. */
export const WRITTEN_CHANNELS: readonly MysteryChannel[] = ['email', 'dataBox', 'web'];

/** The sections every checklist is built of, in this order. */
export const CHECKLIST_SECTIONS = [
  'firstContact',
  'environment',
  'competence',
  'communication',
  'outcome',
] as const;
export type ChecklistSection = (typeof CHECKLIST_SECTIONS)[number];

/** An item's answer; "na" (not applicable) leaves the item out of the score. */
export const ITEM_ANSWERS = ['yes', 'partly', 'no', 'na'] as const;
export type ItemAnswer = (typeof ITEM_ANSWERS)[number];

/**
 * Values measured on a contact, beside the checklist: waiting in minutes (visit, on hold), rings
 * before the phone was answered, hours to a written answer (from the sent and answered times), and
 * whether the answer given was correct (the scenario's expected answer).
 */
export const MEASUREMENTS = ['waitMinutes', 'rings', 'replyHours', 'answerCorrect'] as const;
export type Measurement = (typeof MEASUREMENTS)[number];

/** Which measurements a channel records. */
export const CHANNEL_MEASUREMENTS: Readonly<Record<MysteryChannel, readonly Measurement[]>> = {
  visit: ['waitMinutes', 'answerCorrect'],
  phone: ['rings', 'waitMinutes', 'answerCorrect'],
  email: ['replyHours', 'answerCorrect'],
  dataBox: ['replyHours', 'answerCorrect'],
  web: ['replyHours', 'answerCorrect'],
};

export const SCENARIO_KINDS = ['question', 'request', 'complaint'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

export const MYSTERY_LIMITS = {
  /** Keys of items, scenarios and service points ("c1", "sp-doprava-1"). */
  key: 40,
  keyPattern: '^[a-z][a-z0-9-]{0,39}$',
  name: 120,
  itemText: 300,
  hint: 500,
  description: 2000,
  situation: 2000,
  expectedAnswer: 2000,
  note: 1000,
  generalNote: 4000,
  reviewComment: 1000,
  reason: 500,
  itemsPerSection: { min: 1, max: 15 },
  /** Weight of an item in its checklist's score. */
  weight: { min: 1, max: 5 },
  servicePoints: 60,
  scenarios: 30,
  evaluators: 60,
  departments: 30,
  /** Evaluations a campaign may plan (Prague's 120 and far more). */
  evaluations: 5000,
  quota: { min: 0, max: 2000 },
  /** Days before the same evaluator may come back to the same service point. */
  lockoutDays: { default: 28, min: 0, max: 365 },
  /** Hours the office has to answer a written scenario (a data-box request: up to 30 days). */
  deadlineHours: { min: 1, max: 24 * 30 },
  waitMinutes: { max: 600 },
  rings: { max: 60 },
  email: 254,
  departmentCode: 32,
  url: 2000,
  files: 10,
  fileBytes: 10 * 1024 * 1024,
  pageSize: { default: 100, max: 500 },
} as const;

// ---------------------------------------------------------------- checklists

export interface ChecklistItem {
  /** Stable inside the checklist family across versions ("fc-greeting"). */
  readonly key: string;
  readonly section: ChecklistSection;
  /** An observable, binary-minded statement ("Byl jste pozdraven do 30 sekund?"). */
  readonly text: string;
  /** What counts as yes and partly, for the evaluator. */
  readonly hint: string;
  readonly weight: number;
  /** Failed ("no") → the whole evaluation fails. A critical item takes no "partly". */
  readonly critical: boolean;
}

export interface ChecklistDraft {
  readonly name: string;
  readonly channel: MysteryChannel;
  readonly description: string;
  readonly items: readonly ChecklistItem[];
}

export interface Checklist extends ChecklistDraft {
  readonly id: number;
  /** Versions of one checklist share a family (the first version's id). */
  readonly familyId: number;
  readonly version: number;
  /** Used by a campaign past preparation: changes need a new version. */
  readonly frozen: boolean;
  /** A newer version exists. */
  readonly superseded: boolean;
  readonly createdAt: string;
  readonly modifiedAt: string;
  readonly etag: string;
}

export interface ChecklistSummary {
  readonly id: number;
  readonly familyId: number;
  readonly name: string;
  readonly channel: MysteryChannel;
  readonly version: number;
  readonly items: number;
  readonly criticalItems: number;
  readonly frozen: boolean;
  readonly superseded: boolean;
}

/** GET /api/mystery/checklists (quality manager). */
export interface ChecklistsReply {
  readonly items: readonly ChecklistSummary[];
}
/** GET /api/mystery/checklists/:id */
export interface ChecklistReply {
  readonly checklist: Checklist;
  readonly mayEdit: boolean;
}
/** POST /api/mystery/checklists */
export interface CreateChecklistRequest {
  readonly draft: ChecklistDraft;
}
/** PUT /api/mystery/checklists/:id (not frozen). */
export interface EditChecklistRequest {
  readonly etag: string;
  readonly draft: ChecklistDraft;
}
/** POST /api/mystery/checklists/:id/versions — a new version of a frozen checklist, to edit. */
export type NewChecklistVersionRequest = Record<string, never>;

// ---------------------------------------------------------------- campaigns

/** A counter, a phone line, an e-mail address, the data box or a web form of a department. */
export interface ServicePoint {
  readonly key: string;
  readonly departmentCode: string;
  readonly channel: MysteryChannel;
  /** "Přepážka 3 – řidičské průkazy", "974 000 123", "doprava@lipova.cz". */
  readonly name: string;
}

export interface Quota {
  readonly departmentCode: string;
  readonly channel: MysteryChannel;
  readonly count: number;
}

/** A situation the evaluator plays, with what a correct answer is and by when it is due. */
export interface Scenario {
  readonly key: string;
  readonly title: string;
  readonly kind: ScenarioKind;
  readonly channels: readonly MysteryChannel[];
  readonly situation: string;
  readonly expectedAnswer: string;
  /** Written channels: hours the office has to answer; null where the answer is given at once. */
  readonly deadlineHours: number | null;
}

/** Staff were told beforehand (the date need not be given to them, the notice must exist). */
export interface StaffNotice {
  /** ISO date the staff were informed. */
  readonly informedOn: string | null;
  /** The acknowledged controlled document that told them, if any. */
  readonly documentId: number | null;
  readonly note: string;
}

export interface CampaignDraft {
  readonly name: string;
  readonly description: string;
  /** ISO dates. */
  readonly startDate: string;
  readonly endDate: string;
  readonly departmentCodes: readonly string[];
  readonly servicePoints: readonly ServicePoint[];
  readonly quotas: readonly Quota[];
  readonly scenarios: readonly Scenario[];
  /** The checklist version used for each channel the campaign contacts. */
  readonly checklistIds: Readonly<Partial<Record<MysteryChannel, number>>>;
  /** Internal staff (of another department) or an agency's people with the evaluator role. */
  readonly evaluatorEmails: readonly string[];
  readonly lockoutDays: number;
  readonly staffNotice: StaffNotice;
}

/** preparation → running (evaluations recorded) → closed (results final, released sheets locked). */
export const CAMPAIGN_STATUSES = ['preparation', 'running', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_ACTIONS = ['edit', 'start', 'close', 'plan', 'review', 'results', 'findings'] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

export interface Campaign extends CampaignDraft {
  readonly id: number;
  readonly status: CampaignStatus;
  readonly createdBy: PersonRef | null;
  readonly startedAt: string | null;
  readonly closedAt: string | null;
  readonly createdAt: string;
  readonly modifiedAt: string;
  readonly etag: string;
}

export interface CampaignSummary {
  readonly id: number;
  readonly name: string;
  readonly status: CampaignStatus;
  readonly startDate: string;
  readonly endDate: string;
  readonly departmentCodes: readonly string[];
  readonly planned: number;
  readonly quota: number;
  readonly released: number;
}

/** GET /api/mystery/campaigns — quality manager: all; director and heads: campaigns with released results. */
export interface CampaignsReply {
  readonly items: readonly CampaignSummary[];
  readonly mayCreate: boolean;
}

/** Progress of one department × channel against its quota. */
export interface QuotaProgress {
  readonly departmentCode: string;
  readonly channel: MysteryChannel;
  readonly quota: number;
  readonly planned: number;
  /** Recorded and submitted or further (excluded ones not counted). */
  readonly submitted: number;
  readonly released: number;
}

/** GET /api/mystery/campaigns/:id */
export interface CampaignReply {
  readonly campaign: Campaign;
  readonly progress: readonly QuotaProgress[];
  readonly counts: Readonly<Record<EvaluationStatus, number>>;
  readonly allowed: readonly CampaignAction[];
}
/** POST /api/mystery/campaigns */
export interface CreateCampaignRequest {
  readonly draft: CampaignDraft;
}
/** PUT /api/mystery/campaigns/:id */
export interface EditCampaignRequest {
  readonly etag: string;
  readonly draft: CampaignDraft;
}
/** POST /api/mystery/campaigns/:id/advance */
export interface AdvanceCampaignRequest {
  readonly etag: string;
  readonly to: Exclude<CampaignStatus, 'preparation'>;
}

// ---------------------------------------------------------------- evaluations

/**
 * planned → draft (saved by the evaluator) → submitted → reviewed → released (counted, visible to the
 * department's head) → locked; the quality manager may return a submitted sheet with a comment
 * (returned → the evaluator edits and submits again) or exclude it from results with a reason.
 */
export const EVALUATION_STATUSES = [
  'planned',
  'draft',
  'submitted',
  'returned',
  'reviewed',
  'released',
  'locked',
  'excluded',
] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** Statuses that count in results. */
export const COUNTED_STATUSES: readonly EvaluationStatus[] = ['released', 'locked'];

export const EVALUATION_ACTIONS = [
  'record',
  'submit',
  'return',
  'review',
  'release',
  'lock',
  'exclude',
  'reschedule',
  'cancel',
] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

/** What the quality manager plans. `week` is an ISO week ("2026-W14"). */
export interface EvaluationPlan {
  readonly departmentCode: string;
  readonly servicePointKey: string;
  readonly scenarioKey: string;
  readonly evaluatorEmail: string;
  readonly week: string;
}

export interface ItemRecord {
  readonly answer: ItemAnswer | null;
  readonly note: string;
}

/** What the evaluator records; everything may be incomplete in a draft. */
export interface EvaluationRecord {
  /** When the contact happened (visit, call) or the message was sent (written channels); ISO date-time. */
  readonly contactAt: string | null;
  /** Written channels: when the office's answer arrived; null while none came. */
  readonly answeredAt: string | null;
  readonly items: Readonly<Record<string, ItemRecord>>;
  readonly waitMinutes: number | null;
  readonly rings: number | null;
  readonly answerCorrect: boolean | null;
  readonly generalNote: string;
}

export interface EvaluationScore {
  /** 0–100 over applicable items; 0 when a critical item failed; null with nothing applicable. */
  readonly score: number | null;
  /** The same without the critical rule (what the answers alone give). */
  readonly rawScore: number | null;
  readonly failedCritical: readonly string[];
  readonly sections: Readonly<Partial<Record<ChecklistSection, number | null>>>;
  /** Hours from contactAt to answeredAt (written channels). */
  readonly replyHours: number | null;
  /** A written answer after the scenario's deadline (or none by now and the deadline passed). */
  readonly lateReply: boolean;
}

export interface EvaluationHistoryEntry {
  readonly status: EvaluationStatus;
  readonly at: string;
  readonly by: PersonRef | null;
  readonly comment: string;
}

export interface EvaluationFile {
  readonly id: number;
  readonly name: string;
  readonly bytes: number;
  readonly contentType: string;
}

export interface Evaluation extends EvaluationPlan {
  readonly id: number;
  readonly campaignId: number;
  readonly channel: MysteryChannel;
  readonly checklistId: number;
  readonly evaluator: PersonRef;
  readonly status: EvaluationStatus;
  readonly record: EvaluationRecord;
  readonly score: EvaluationScore | null;
  /** The quality manager's latest comment when returning it, or the reason it was excluded. */
  readonly reviewComment: string;
  readonly history: readonly EvaluationHistoryEntry[];
  readonly files: readonly EvaluationFile[];
  readonly submittedAt: string | null;
  readonly releasedAt: string | null;
  readonly modifiedAt: string;
  readonly etag: string;
}

export interface EvaluationSummary {
  readonly id: number;
  readonly campaignId: number;
  readonly departmentCode: string;
  readonly servicePointKey: string;
  readonly channel: MysteryChannel;
  readonly scenarioKey: string;
  readonly evaluator: PersonRef;
  readonly week: string;
  readonly status: EvaluationStatus;
  readonly score: number | null;
  readonly failedCritical: boolean;
}

/** GET /api/mystery/campaigns/:id/evaluations (quality manager): the schedule, filterable. */
export interface EvaluationsReply {
  readonly items: readonly EvaluationSummary[];
}

/** POST /api/mystery/campaigns/:id/evaluations — plan one or more (all or nothing). */
export interface PlanEvaluationsRequest {
  readonly etag: string;
  readonly plans: readonly EvaluationPlan[];
}
export interface PlanEvaluationsReply {
  readonly created: readonly EvaluationSummary[];
}

/** A plan the rules refuse, and why (the schedule form shows it beside the row). */
export const PLAN_CONFLICTS = [
  'lockout',
  'ownDepartment',
  'notEvaluator',
  'outsidePeriod',
  'unknownServicePoint',
  'scenarioChannel',
  'departmentMismatch',
] as const;
export type PlanConflict = (typeof PLAN_CONFLICTS)[number];

/** GET /api/mystery/evaluations/:id — the evaluator (own), the quality manager, a head (released, own department). */
export interface EvaluationReply {
  readonly evaluation: Evaluation;
  readonly checklist: Checklist;
  readonly scenario: Scenario;
  readonly servicePoint: ServicePoint;
  readonly campaignName: string;
  readonly allowed: readonly EvaluationAction[];
  /** Words in the notes that look like people's names (flagged; submit refuses them). */
  readonly nameWarnings: readonly string[];
}

/** PUT /api/mystery/evaluations/:id/record — save a draft. */
export interface SaveRecordRequest {
  readonly etag: string;
  readonly record: EvaluationRecord;
}
/** POST /api/mystery/evaluations/:id/act */
export interface EvaluationActRequest {
  readonly etag: string;
  readonly action: Exclude<EvaluationAction, 'record'>;
  /** Return and exclude: why (required); reschedule: the new week. */
  readonly comment?: string;
  readonly week?: string;
}

/** GET /api/mystery/mine — the evaluator's assignments across running campaigns. */
export interface MyEvaluationsReply {
  readonly items: readonly (EvaluationSummary & {
    readonly campaignName: string;
    readonly servicePointName: string;
    readonly scenarioTitle: string;
  })[];
}

// ---------------------------------------------------------------- results

export interface TimeFigure {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

export interface ScoreFigure {
  readonly evaluations: number;
  /** Mean of the evaluations' scores (failed ones count 0). */
  readonly meanScore: number | null;
  /** Evaluations failed on a critical item. */
  readonly failed: number;
}

export interface ResultRow extends ScoreFigure {
  readonly key: string;
  /** The previous campaign's figure for the same key, when it had one. */
  readonly previous: ScoreFigure | null;
}

export interface ItemFailure {
  readonly key: string;
  readonly section: ChecklistSection;
  readonly channel: MysteryChannel;
  readonly text: string;
  readonly critical: boolean;
  /** Evaluations where the item applied (not N/A, answered). */
  readonly applicable: number;
  readonly no: number;
  readonly partly: number;
  /** no / applicable. */
  readonly failureRate: number;
}

export interface MysteryResults {
  readonly campaignId: number;
  readonly campaignName: string;
  /** null: the whole campaign; else the one department the figures are for. */
  readonly departmentCode: string | null;
  readonly overall: ScoreFigure;
  readonly byDepartment: readonly ResultRow[];
  readonly byChannel: readonly ResultRow[];
  readonly byScenario: readonly ResultRow[];
  /** Mean section scores over evaluations where the section applied. */
  readonly bySection: readonly (ResultRow & { readonly key: ChecklistSection })[];
  readonly items: readonly ItemFailure[];
  readonly times: Readonly<Record<'waitMinutes' | 'rings' | 'replyHours', TimeFigure>>;
  /** Share of correct answers among evaluations that recorded it. */
  readonly correctAnswers: { readonly count: number; readonly correct: number };
  readonly lateReplies: number;
  readonly previous: {
    readonly campaignId: number;
    readonly campaignName: string;
    readonly overall: ScoreFigure;
  } | null;
}

/** GET /api/mystery/campaigns/:id/results[?department=] */
export interface MysteryResultsReply {
  readonly results: MysteryResults;
  /** Departments the caller may see separately (a head: their own). */
  readonly departments: readonly string[];
}
/**
 * GET /api/mystery/campaigns/:id/report.docx?department= — one department's report.
 * GET /api/mystery/campaigns/:id/released.xlsx — every released evaluation with its answers.
 */

// ---------------------------------------------------------------- findings → measures

/** A finding the quality manager drafted with the department (a workshop), turned into a measure. */
export interface FindingRequest {
  readonly departmentCode: string;
  readonly title: string;
  readonly problem: string;
  readonly kind: 'corrective' | 'preventive';
  /** The evaluations and checklist items it rests on. */
  readonly evaluationIds: readonly number[];
  readonly itemKeys: readonly string[];
  /** ISO date. */
  readonly deadline: string;
  /** The CAF subcriterion it improves (default 6.2). */
  readonly subcriterionCode: string | null;
}

export interface Finding {
  readonly id: number;
  readonly campaignId: number;
  readonly departmentCode: string;
  readonly title: string;
  readonly evaluationIds: readonly number[];
  readonly itemKeys: readonly string[];
  readonly measureId: number;
  /** From the register at read time. */
  readonly measureStatus: string | null;
  readonly owner: PersonRef | null;
  readonly createdAt: string;
}

/** GET /api/mystery/campaigns/:id/findings — the action plan (heads: their department's). */
export interface FindingsReply {
  readonly items: readonly Finding[];
  readonly mayCreate: boolean;
}
/** POST /api/mystery/campaigns/:id/findings → the finding with its new measure. */
export interface FindingReply {
  readonly finding: Finding;
}

// ---------------------------------------------------------------- CAF evidence

/** GET /api/mystery/evidence — released campaigns as evidence for CAF 6.1, 6.2 and 5.2. */
export interface MysteryEvidence {
  readonly campaignId: number;
  readonly campaignName: string;
  readonly endDate: string;
  readonly evaluations: number;
  readonly meanScore: number | null;
  readonly subcriteria: readonly string[];
}
export interface MysteryEvidenceReply {
  readonly items: readonly MysteryEvidence[];
}

export const MYSTERY_EVIDENCE_SUBCRITERIA = ['6.1', '6.2', '5.2'] as const;

// ---------------------------------------------------------------- who asks

/** The signed-in person as mystery shopping's rules see them. */
export interface MysteryActor {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  /** The departments the person heads: a head reads their released results and action plan. */
  readonly departmentCodes: readonly string[];
}
