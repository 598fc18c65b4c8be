import type {
  ConsensusBoard,
  ConsensusDraft,
  ConsensusEntry,
  CycleDetail,
  CycleResultsView,
  CycleStatus,
  CycleSummary,
  IndividualScore,
  Locale,
  MyScores,
  NewCycle,
  NewPlanMeasure,
  NewTeamMember,
  PlanMeasure,
  ScoreDraft,
  SubmittedReply,
  TeamMember,
} from '@kvalita/core';

/** The CAF self-assessment part of the tab API (docs/api-caf.md), in core's contract's shapes. */
export interface CafApi {
  listCycles(signal?: AbortSignal): Promise<readonly CycleSummary[]>;
  createCycle(cycle: NewCycle): Promise<CycleSummary>;
  getCycle(id: number, signal?: AbortSignal): Promise<CycleDetail>;
  moveCycleStatus(
    id: number,
    status: CycleStatus,
    options?: { readonly endScoring?: boolean },
  ): Promise<CycleSummary>;
  stepBackCycle(id: number, reason: string): Promise<CycleSummary>;
  returnReport(id: number, reason: string): Promise<CycleSummary>;
  addTeamMember(id: number, member: NewTeamMember): Promise<TeamMember>;
  removeTeamMember(id: number, email: string): Promise<void>;
  getMyScores(id: number, signal?: AbortSignal): Promise<MyScores>;
  saveMyScore(id: number, code: string, draft: ScoreDraft): Promise<IndividualScore>;
  submitMyScores(id: number): Promise<SubmittedReply>;
  getConsensus(id: number, hideNames: boolean, signal?: AbortSignal): Promise<ConsensusBoard>;
  saveConsensus(id: number, code: string, draft: ConsensusDraft): Promise<ConsensusEntry>;
  getResults(id: number, signal?: AbortSignal): Promise<CycleResultsView>;
  /** The earlier cycle to compare with (quality manager), null for the default rule; the new results. */
  setBaseline(id: number, previousCycleId: number | null): Promise<CycleResultsView>;
  /** The .docx report as a file. */
  downloadReport(id: number, locale: Locale): Promise<Blob>;
  approveReport(id: number, comment?: string): Promise<CycleSummary>;
  listMeasures(id: number, signal?: AbortSignal): Promise<readonly PlanMeasure[]>;
  createMeasure(id: number, measure: NewPlanMeasure): Promise<PlanMeasure>;
}
