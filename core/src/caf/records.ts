import type { CycleScope, CycleStatus, TeamRole } from './cycle';
import type { MeasureKind, MeasureStatus } from '../measures';
import type { ScoringMethod, SubcriterionScoreInput } from './scoring';

/**
 * The records of a CAF self-assessment as storage keeps them (SharePoint lists in production).
 * Shared by the service that applies the rules and the repositories that store them.
 */
export interface StoredCycle {
  readonly id: number;
  readonly name: string;
  readonly method: ScoringMethod;
  readonly status: CycleStatus;
  readonly startDate: string;
  readonly endDate: string;
  readonly scope: CycleScope;
  readonly currentStep: number;
  readonly approval: { readonly approvedBy: string; readonly approvedAt: string } | null;
}

export interface StoredTeamMember {
  readonly email: string;
  readonly displayName: string;
  readonly role: TeamRole;
  readonly departmentName: string | null;
}

export interface ScoreTexts {
  readonly strengths: string;
  readonly areasForImprovement: string;
  readonly improvementIdeas: string;
}

export interface EvidenceLink {
  readonly title: string;
  readonly url: string;
}

export interface StoredScore extends ScoreTexts {
  readonly code: string;
  readonly assessorEmail: string;
  readonly assessorName: string;
  readonly input: SubcriterionScoreInput | null;
  readonly evidence: readonly EvidenceLink[];
  readonly submitted: boolean;
  readonly updatedAt: string;
  readonly etag: string;
}

export interface StoredConsensus extends ScoreTexts {
  readonly code: string;
  readonly input: SubcriterionScoreInput;
}

export interface NewStoredCycle {
  readonly name: string;
  readonly method: ScoringMethod;
  readonly startDate: string;
  readonly endDate: string;
  readonly scope: CycleScope;
  readonly coordinatorEmail: string;
}

export interface ScoreWrite extends ScoreTexts {
  readonly input: SubcriterionScoreInput | null;
  readonly evidence: readonly EvidenceLink[];
}

/** A measure of a cycle's improvement plan (steps 7–9), with the criterion its subcriterion belongs to. */
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

export interface NewPlanMeasure {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly ownerEmail: string;
  readonly deadline: string;
  readonly subcriterionCode: string | null;
  readonly description: string;
}
