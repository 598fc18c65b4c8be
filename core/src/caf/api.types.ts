import type { CyclePermissions } from './permissions';
import type { CycleScope, CycleStatus, TeamRole } from './cycle';
import type { EvidenceLink, ScoreTexts } from './records';
import type { ScoringMethod, SubcriterionScoreInput } from './scoring';

/*
 * Shapes of the CAF tab API (docs/api-caf.md) that the service sends and the tab reads: one
 * definition, so the two cannot drift apart.
 */
export interface ReportApproval {
  readonly approvedBy: string;
  readonly approvedAt: string;
}

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

export interface TeamMemberSummary {
  readonly email: string;
  readonly displayName: string;
  readonly role: TeamRole;
  readonly departmentName: string | null;
  readonly submitted: boolean;
}

export interface IndividualScore extends ScoreTexts {
  readonly code: string;
  readonly input: SubcriterionScoreInput | null;
  readonly evidence: readonly EvidenceLink[];
  /** The subcriterion score: classical, or the fine-tuned mean. */
  readonly score: number | null;
  readonly updatedAt: string;
  readonly etag: string;
}
