import type {
  CycleScope,
  CycleStatus,
  EvidenceLink,
  ScoreTexts,
  ScoringMethod,
  SubcriterionScoreInput,
  TeamRole,
} from './contract';

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
