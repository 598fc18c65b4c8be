import type {
  CycleSummary,
  IndividualScore,
  ReportApproval,
  TeamMemberSummary,
  CycleResults,
  EvidenceLink,
  NewPlanMeasure,
  PlanMeasure,
  ScoreTexts,
  CycleStatus,
  Locale,
  NewCycle,
  ScoreChange,
  ScoreStatistics,
  SubcriterionScoreInput,
  TeamRole,
} from '@kvalita/core';

/* The CAF self-assessment part of the tab API (docs/api-caf.md), as the tab sees it. */

// Shapes core already defines for the service and the SharePoint repositories.
export type {
  CycleSummary,
  EvidenceLink,
  IndividualScore,
  NewPlanMeasure,
  PlanMeasure,
  ReportApproval,
  ScoreTexts,
  TeamMemberSummary as TeamMember,
};

export interface CycleDetail extends CycleSummary {
  readonly team: readonly TeamMemberSummary[];
  readonly previousCycleId: number | null;
}

export interface ScoreDraft extends ScoreTexts {
  /** null = not scored yet. */
  readonly input: SubcriterionScoreInput | null;
  readonly evidence: readonly EvidenceLink[];
  readonly etag: string | null;
}

export interface MyScores {
  readonly submitted: boolean;
  readonly scores: readonly IndividualScore[];
}

export interface ConsensusEntry extends ScoreTexts {
  readonly code: string;
  readonly input: SubcriterionScoreInput;
  readonly score: number;
}

export interface ConsensusDraft extends ScoreTexts {
  readonly input: SubcriterionScoreInput;
}

export interface ConsensusMemberScore extends ScoreTexts {
  /** null when names are hidden. */
  readonly name: string | null;
  readonly score: number | null;
}

export interface ConsensusRow {
  readonly code: string;
  readonly stats: ScoreStatistics | null;
  readonly needsDiscussion: boolean;
  readonly members: readonly ConsensusMemberScore[];
  readonly consensus: ConsensusEntry | null;
}

export interface ConsensusBoard {
  readonly spreadLimit: number;
  readonly subcriteria: readonly ConsensusRow[];
}

export interface SubcriterionOutcome {
  readonly code: string;
  readonly score: number | null;
  readonly strengths: string;
  readonly areasForImprovement: string;
}

export interface CycleResultsView {
  readonly results: CycleResults;
  readonly changes: readonly ScoreChange[];
  readonly previousCycleName: string | null;
  readonly subcriteria: readonly SubcriterionOutcome[];
}

export interface CafApi {
  listCycles(signal?: AbortSignal): Promise<readonly CycleSummary[]>;
  createCycle(cycle: NewCycle): Promise<CycleSummary>;
  getCycle(id: number, signal?: AbortSignal): Promise<CycleDetail>;
  moveCycleStatus(id: number, status: CycleStatus): Promise<CycleSummary>;
  addTeamMember(id: number, member: { email: string; role: TeamRole }): Promise<TeamMemberSummary>;
  removeTeamMember(id: number, email: string): Promise<void>;
  getMyScores(id: number, signal?: AbortSignal): Promise<MyScores>;
  saveMyScore(id: number, code: string, draft: ScoreDraft): Promise<IndividualScore>;
  submitMyScores(id: number): Promise<{ submitted: true }>;
  getConsensus(id: number, hideNames: boolean, signal?: AbortSignal): Promise<ConsensusBoard>;
  saveConsensus(id: number, code: string, draft: ConsensusDraft): Promise<ConsensusEntry>;
  getResults(id: number, signal?: AbortSignal): Promise<CycleResultsView>;
  /** The .docx report as a file. */
  downloadReport(id: number, locale: Locale): Promise<Blob>;
  approveReport(id: number): Promise<CycleSummary>;
  listMeasures(id: number, signal?: AbortSignal): Promise<readonly PlanMeasure[]>;
  createMeasure(id: number, measure: NewPlanMeasure): Promise<PlanMeasure>;
}
