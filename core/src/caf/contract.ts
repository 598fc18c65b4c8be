import type { MeasureCountsByCriterion, MeasureKind, MeasureStatus } from '../measures/contract';
import type { CycleResults, ScoreChange } from './aggregation';
import type { CyclePermissions } from './permissions';
import type { ScoreStatistics } from './statistics';

/*
 * The CAF self-assessment tab API (docs/api-caf.md, under /api/caf): its codes, its limits, what the
 * tab sends and what the service answers. Written once, here: the service types its replies against
 * these shapes, the tab's client and its test fakes use them, and the schemas that check them at
 * run time (reply-schemas.ts, request-schemas.ts; entry point `@kvalita/core/schemas`) must read
 * exactly them. Codes and types only, so the browser imports this for nothing.
 */

/**
 * A cycle's status follows the 10 CAF steps: preparation (steps 1–4), individual scoring and
 * consensus (step 5), the report (step 6), the improvement plan (steps 7–10), closed.
 */
export const CYCLE_STATUSES = [
  'preparation',
  'scoring',
  'consensus',
  'report',
  'improvement',
  'closed',
] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/**
 * Classical: one 0–100 score read against the PDCA panel (enablers) or the trends-or-targets panel
 * (results). Fine-tuned: enablers score PLAN, DO, CHECK and ACT, results TRENDS and TARGETS, each
 * 0–100; the subcriterion score is their mean.
 */
export const SCORING_METHODS = ['classical', 'fineTuned'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

export const TEAM_ROLES = ['leader', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** What the service accepts; each text must also fit its SharePoint column. */
export const CAF_LIMITS = {
  cycleNameMin: 3,
  cycleNameMax: 255,
  /** Departments in a cycle's scope. */
  scopeDepartments: 200,
  departmentCode: 32,
  /** Points of a score or of each fine-tuned dimension. */
  minPoints: 0,
  maxPoints: 100,
  /** Strengths, areas for improvement, improvement ideas: each. */
  scoreText: 4000,
  evidenceLinks: 20,
  evidenceTitle: 255,
  evidenceUrl: 2048,
  email: 255,
  measureTitleMin: 3,
  measureTitleMax: 255,
  measureDescription: 4000,
  subcriterionCode: 8,
  /** The reason of a step back or a returned report, the comment of an approval. */
  phaseNote: 2000,
} as const;

/** Dates of cycles and measures: ISO calendar dates (2026-11-22). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export type CycleScope =
  { readonly kind: 'office' } | { readonly kind: 'departments'; readonly departmentCodes: readonly string[] };

export interface ClassicalScore {
  readonly method: 'classical';
  readonly score: number;
}

export interface FineTunedEnablerScore {
  readonly method: 'fineTuned';
  readonly plan: number;
  readonly do: number;
  readonly check: number;
  readonly act: number;
}

export interface FineTunedResultScore {
  readonly method: 'fineTuned';
  readonly trends: number;
  readonly targets: number;
}

/** A member's (or the consensus) score of one subcriterion, in either method. */
export type SubcriterionScoreInput = ClassicalScore | FineTunedEnablerScore | FineTunedResultScore;

export interface ScoreTexts {
  readonly strengths: string;
  readonly areasForImprovement: string;
  readonly improvementIdeas: string;
}

export interface EvidenceLink {
  readonly title: string;
  readonly url: string;
}

// ─── What the tab sends ─────────────────────────────────────────────────────────────────────────

/** POST /api/caf/cycles (quality manager); the cycle must not end before it starts. */
export interface NewCycle {
  readonly name: string;
  readonly method: ScoringMethod;
  readonly startDate: string;
  readonly endDate: string;
  readonly scope: CycleScope;
}

/**
 * POST /api/caf/cycles/{id}/status: one step forward only, when the phase rules allow it
 * (core/src/caf/lifecycle.ts). `endScoring` ends individual scoring although not everyone submitted.
 */
export interface MoveStatusRequest {
  readonly status: CycleStatus;
  readonly endScoring?: boolean;
}

/** POST /api/caf/cycles/{id}/status/back (quality manager): one phase back, with the reason. */
export interface StepBackRequest {
  readonly reason: string;
}

/** POST /api/caf/cycles/{id}/report/approve (director). */
export interface ApproveReportRequest {
  readonly comment?: string;
}

/** POST /api/caf/cycles/{id}/report/return (director): back to consensus for rework. */
export interface ReturnReportRequest {
  readonly reason: string;
}

/**
 * PUT /api/caf/cycles/{id}/baseline (quality manager): the earlier cycle this cycle's results are
 * compared with, or null for the default rule (core/src/caf/previous-cycle.ts).
 */
export interface SetBaselineRequest {
  readonly previousCycleId: number | null;
}

/** POST /api/caf/cycles/{id}/team: a person from the directory; one leader. */
export interface NewTeamMember {
  readonly email: string;
  readonly role: TeamRole;
}

/** PUT /api/caf/cycles/{id}/my-scores/{code}: the auto-saved draft, with the last etag. */
export interface ScoreDraft extends ScoreTexts {
  /** null = not scored yet. */
  readonly input: SubcriterionScoreInput | null;
  readonly evidence: readonly EvidenceLink[];
  readonly etag: string | null;
}

/** PUT /api/caf/cycles/{id}/consensus/{code} (leader). */
export interface ConsensusDraft extends ScoreTexts {
  readonly input: SubcriterionScoreInput;
}

/** POST /api/caf/cycles/{id}/measures: a measure of the improvement plan (steps 7–9). */
export interface NewPlanMeasure {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly ownerEmail: string;
  readonly deadline: string;
  readonly subcriterionCode: string | null;
  readonly description: string;
}

// ─── What the service answers ───────────────────────────────────────────────────────────────────

export interface ReportApproval {
  readonly approvedBy: string;
  readonly approvedAt: string;
}

/** A cycle as one person sees it (POST /cycles, /status, /report/approve answer it too). */
export interface CycleSummary {
  readonly id: number;
  readonly name: string;
  readonly method: ScoringMethod;
  readonly status: CycleStatus;
  readonly startDate: string;
  readonly endDate: string;
  readonly scope: CycleScope;
  /** 1–10: the first CAF step not done yet (11 = all done). */
  readonly currentStep: number;
  readonly reportApproval: ReportApproval | null;
  readonly myTeamRole: TeamRole | null;
  readonly mySubmitted: boolean;
  /** What the signed-in person may do in this cycle. */
  readonly permissions: CyclePermissions;
}

/** GET /api/caf/cycles: newest first. */
export interface CycleListReply {
  readonly cycles: readonly CycleSummary[];
}

/** A member of a cycle's CAF team (POST /team answers one). */
export interface TeamMember {
  readonly email: string;
  readonly displayName: string;
  readonly role: TeamRole;
  readonly departmentName: string | null;
  readonly submitted: boolean;
}

export const CYCLE_EVENT_KINDS = ['moved', 'steppedBack', 'approved', 'returned'] as const;
export type CycleEventKind = (typeof CYCLE_EVENT_KINDS)[number];

/** One entry of a cycle's history: a phase move, a step back, an approval or a returned report. */
export interface CycleEvent {
  readonly kind: CycleEventKind;
  readonly from: CycleStatus;
  readonly to: CycleStatus;
  readonly byName: string;
  /** ISO date and time. */
  readonly at: string;
  /** Why it stepped back or was returned ('' otherwise). */
  readonly reason: string;
  /** The director's comment on approving ('' otherwise). */
  readonly comment: string;
  /** Who had not submitted when individual scoring was ended without them (names). */
  readonly notSubmitted: readonly string[];
}

/** GET /api/caf/cycles/{id} */
export interface CycleDetail extends CycleSummary {
  readonly team: readonly TeamMember[];
  readonly previousCycleId: number | null;
  /** Oldest first. */
  readonly history: readonly CycleEvent[];
}

/** One of the caller's own scores (PUT /my-scores/{code} answers one). */
export interface IndividualScore extends ScoreTexts {
  readonly code: string;
  readonly input: SubcriterionScoreInput | null;
  readonly evidence: readonly EvidenceLink[];
  /** The subcriterion score: classical, or the fine-tuned mean. */
  readonly score: number | null;
  readonly updatedAt: string;
  readonly etag: string;
}

/** GET /api/caf/cycles/{id}/my-scores: only the caller's own. */
export interface MyScores {
  readonly submitted: boolean;
  readonly scores: readonly IndividualScore[];
  /** What was done about each subcriterion since the previous cycle (the team scores knowing it). */
  readonly measuresSincePrevious: MeasuresSincePrevious;
}

/** POST /api/caf/cycles/{id}/my-scores/submit */
export interface SubmittedReply {
  readonly submitted: true;
}

/** The agreed score of a subcriterion (PUT /consensus/{code} answers one). */
export interface ConsensusEntry extends ScoreTexts {
  readonly code: string;
  readonly input: SubcriterionScoreInput;
  readonly score: number;
}

/** A submitted individual score on the consensus board. */
export interface ConsensusMemberScore extends ScoreTexts {
  /** null when names are hidden. */
  readonly name: string | null;
  /** The member's PLAN, DO, CHECK, ACT (or TRENDS, TARGETS) points, or the classical score. */
  readonly input: SubcriterionScoreInput | null;
  /** The subcriterion score: classical, or the fine-tuned mean. */
  readonly score: number | null;
}

export interface ConsensusRow {
  readonly code: string;
  readonly stats: ScoreStatistics | null;
  readonly needsDiscussion: boolean;
  readonly members: readonly ConsensusMemberScore[];
  readonly consensus: ConsensusEntry | null;
}

/**
 * GET /api/caf/cycles/{id}/consensus?hideNames=true: only submitted individual scores appear (and
 * count in the statistics); drafts stay private.
 */
export interface ConsensusBoard {
  readonly spreadLimit: number;
  readonly subcriteria: readonly ConsensusRow[];
  /** What was done about each subcriterion since the previous cycle (the team agrees knowing it). */
  readonly measuresSincePrevious: MeasuresSincePrevious;
}

/** A subcriterion's consensus as the results show it. */
export interface SubcriterionOutcome extends ScoreTexts {
  readonly code: string;
  readonly score: number | null;
}

/** Whether the previous cycle is the default rule's or the quality manager's choice. */
export const BASELINE_SOURCES = ['default', 'chosen'] as const;
export type BaselineSource = (typeof BASELINE_SOURCES)[number];

/** Why a cycle is compared with nothing: no earlier approved cycle, or none of the same scope and method. */
export const NO_BASELINE_REASONS = ['noEarlierApproved', 'noSameScopeAndMethod'] as const;
export type NoBaselineReason = (typeof NO_BASELINE_REASONS)[number];

/** The cycle the change is measured against. */
export interface ComparedCycle {
  readonly id: number;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly source: BaselineSource;
}

/** An earlier cycle the quality manager may choose to compare with (closed, approved, started before). */
export interface BaselineOption {
  readonly id: number;
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly method: ScoringMethod;
  readonly scope: CycleScope;
  /** The default rule's choice. */
  readonly isDefault: boolean;
  readonly sameScope: boolean;
  readonly sameMethod: boolean;
}

/**
 * GET /api/caf/cycles/{id}/results (PUT /baseline answers it too): the consensus only, compared
 * with the previous cycle, with the cycles that could be chosen instead (newest first).
 */
export interface CycleResultsView {
  readonly results: CycleResults;
  readonly changes: readonly ScoreChange[];
  readonly previousCycleName: string | null;
  readonly comparedWith: ComparedCycle | null;
  /** Null when there is a cycle to compare with. */
  readonly noComparison: NoBaselineReason | null;
  readonly baselineOptions: readonly BaselineOption[];
  readonly subcriteria: readonly SubcriterionOutcome[];
  /** Per criterion 1–9: how many of this cycle's plan's measures are planned, done and effective. */
  readonly measureCounts: readonly MeasureCountsByCriterion[];
}

/** A measure of a cycle's improvement plan, with the criterion its subcriterion belongs to. */
export interface PlanMeasure {
  readonly id: number;
  readonly title: string;
  readonly kind: MeasureKind;
  readonly status: MeasureStatus;
  readonly ownerEmail: string | null;
  readonly ownerName: string | null;
  readonly deadline: string | null;
  readonly subcriterionCode: string | null;
  readonly criterion: number | null;
}

/** GET /api/caf/cycles/{id}/measures */
export interface MeasureListReply {
  readonly measures: readonly PlanMeasure[];
}

/**
 * A measure tied to a subcriterion as the next self-assessment sees it: the plan's fields with
 * the outcome of its effectiveness check (null before any) and whether it is open past its deadline.
 */
export interface LoopMeasure extends PlanMeasure {
  readonly effective: boolean | null;
  readonly overdue: boolean;
}

/**
 * The measures since the previous cycle (the one the results compare with): those of its
 * improvement plan, and those of any other origin that name a subcriterion and fell due after it
 * ended. None when there is no previous cycle.
 */
export interface MeasuresSincePrevious {
  readonly previousCycle: { readonly id: number; readonly name: string } | null;
  /** By subcriterion code. */
  readonly measures: readonly LoopMeasure[];
}
