import type {
  AdvanceCycleRequest,
  CompetencyModelReply,
  CompetencyModelsReply,
  CopyModelRequest,
  CreateCycleRequest,
  CreateModelRequest,
  CycleLoadReply,
  CycleSubjectsReply,
  EditCycleRequest,
  EditModelRequest,
  FeedbackCycleReply,
  FeedbackCyclesReply,
  FeedbackReportReply,
  GoalRequest,
  MyFeedbackDataReply,
  MyFeedbackReply,
  NominationDecisionRequest,
  NominationState,
  OrganisationReply,
  SetNominationsRequest,
  SubjectNominationsReply,
} from '@kvalita/core';

/** A page of a cycle's subjects: by their list's state or one person's e-mail, and the next page's token. */
export interface SubjectQuery {
  readonly state?: NominationState;
  readonly email?: string;
  readonly pageSize?: number;
  readonly page?: string;
}

/** The /api/feedback endpoints (core/src/feedback/contract.ts), in the contract's shapes. */
export interface FeedbackApi {
  listCompetencyModels(signal?: AbortSignal): Promise<CompetencyModelsReply>;
  getCompetencyModel(id: number, signal?: AbortSignal): Promise<CompetencyModelReply>;
  createCompetencyModel(request: CreateModelRequest): Promise<CompetencyModelReply>;
  editCompetencyModel(id: number, request: EditModelRequest): Promise<CompetencyModelReply>;
  /** A new model (new key, version 1) from this version. */
  copyCompetencyModel(id: number, request: CopyModelRequest): Promise<CompetencyModelReply>;
  /** The next version of the same model, as an editable copy of this one. */
  newCompetencyModelVersion(id: number): Promise<CompetencyModelReply>;
  /** The model as an .xlsx file (sheets "Škála" and "Kompetence"). */
  exportCompetencyModel(id: number): Promise<Blob>;
  /** A new model from an .xlsx file; a bad row is named in the error, nothing is stored. */
  importCompetencyModel(file: Blob): Promise<CompetencyModelReply>;

  listFeedbackCycles(signal?: AbortSignal): Promise<FeedbackCyclesReply>;
  getFeedbackCycle(id: number, signal?: AbortSignal): Promise<FeedbackCycleReply>;
  createFeedbackCycle(request: CreateCycleRequest): Promise<FeedbackCycleReply>;
  editFeedbackCycle(id: number, request: EditCycleRequest): Promise<FeedbackCycleReply>;
  /** To the next phase (release with the coordinator's confirmation). */
  advanceFeedbackCycle(id: number, request: AdvanceCycleRequest): Promise<FeedbackCycleReply>;
  listCycleSubjects(cycleId: number, query: SubjectQuery, signal?: AbortSignal): Promise<CycleSubjectsReply>;
  getCycleLoad(cycleId: number, signal?: AbortSignal): Promise<CycleLoadReply>;

  getSubjectNominations(
    cycleId: number,
    subjectId: number,
    signal?: AbortSignal,
  ): Promise<SubjectNominationsReply>;
  setNominations(
    cycleId: number,
    subjectId: number,
    request: SetNominationsRequest,
  ): Promise<SubjectNominationsReply>;
  submitNominations(
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply>;
  approveNominations(
    cycleId: number,
    subjectId: number,
    request: NominationDecisionRequest,
  ): Promise<SubjectNominationsReply>;

  getMyFeedback(signal?: AbortSignal): Promise<MyFeedbackReply>;
  getMyFeedbackData(signal?: AbortSignal): Promise<MyFeedbackDataReply>;

  getFeedbackReport(cycleId: number, subjectId: number, signal?: AbortSignal): Promise<FeedbackReportReply>;
  /** The report as a .docx file. */
  downloadFeedbackReport(cycleId: number, subjectId: number): Promise<Blob>;
  /** Each goal change answers with the report and its goals as they are now. */
  addDevelopmentGoal(cycleId: number, subjectId: number, request: GoalRequest): Promise<FeedbackReportReply>;
  editDevelopmentGoal(
    cycleId: number,
    subjectId: number,
    goalId: number,
    request: GoalRequest,
  ): Promise<FeedbackReportReply>;
  removeDevelopmentGoal(
    cycleId: number,
    subjectId: number,
    goalId: number,
    etag: string,
  ): Promise<FeedbackReportReply>;

  getFeedbackOrganisation(cycleId: number, signal?: AbortSignal): Promise<OrganisationReply>;
}
