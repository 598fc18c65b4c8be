import type {
  AdvanceCampaignRequest,
  CampaignReply,
  CampaignsReply,
  ChecklistReply,
  ChecklistsReply,
  CreateCampaignRequest,
  CreateChecklistRequest,
  EditCampaignRequest,
  EditChecklistRequest,
  EvaluationActRequest,
  EvaluationFile,
  EvaluationReply,
  EvaluationsReply,
  FindingReply,
  FindingRequest,
  FindingsReply,
  MyEvaluationsReply,
  MysteryEvidenceReply,
  MysteryResultsReply,
  PlanEvaluationsReply,
  PlanEvaluationsRequest,
  SaveRecordRequest,
} from '@kvalita/core';

/** The /api/mystery endpoints (core/src/mystery/contract.ts), in the contract's shapes. */
export interface MysteryApi {
  listChecklists(signal?: AbortSignal): Promise<ChecklistsReply>;
  getChecklist(id: number, signal?: AbortSignal): Promise<ChecklistReply>;
  createChecklist(request: CreateChecklistRequest): Promise<ChecklistReply>;
  editChecklist(id: number, request: EditChecklistRequest): Promise<ChecklistReply>;
  newChecklistVersion(id: number): Promise<ChecklistReply>;

  listCampaigns(signal?: AbortSignal): Promise<CampaignsReply>;
  getCampaign(id: number, signal?: AbortSignal): Promise<CampaignReply>;
  createCampaign(request: CreateCampaignRequest): Promise<CampaignReply>;
  editCampaign(id: number, request: EditCampaignRequest): Promise<CampaignReply>;
  advanceCampaign(id: number, request: AdvanceCampaignRequest): Promise<CampaignReply>;

  listEvaluations(campaignId: number, signal?: AbortSignal): Promise<EvaluationsReply>;
  planEvaluations(campaignId: number, request: PlanEvaluationsRequest): Promise<PlanEvaluationsReply>;
  getEvaluation(id: number, signal?: AbortSignal): Promise<EvaluationReply>;
  saveEvaluationRecord(id: number, request: SaveRecordRequest): Promise<EvaluationReply>;
  /** A step of the sheet's lifecycle; null when it removed the sheet (cancel). */
  actOnEvaluation(id: number, request: EvaluationActRequest): Promise<EvaluationReply | null>;
  getMyEvaluations(signal?: AbortSignal): Promise<MyEvaluationsReply>;
  addEvaluationFile(id: number, file: File): Promise<EvaluationFile>;
  downloadEvaluationFile(id: number, fileId: number): Promise<Blob>;
  removeEvaluationFile(id: number, fileId: number): Promise<void>;

  getMysteryResults(
    campaignId: number,
    department: string | null,
    signal?: AbortSignal,
  ): Promise<MysteryResultsReply>;
  downloadMysteryReport(campaignId: number, department: string): Promise<Blob>;
  downloadMysteryData(campaignId: number): Promise<Blob>;
  listFindings(campaignId: number, signal?: AbortSignal): Promise<FindingsReply>;
  createFinding(campaignId: number, request: FindingRequest): Promise<FindingReply>;
  /** Released campaigns as evidence for CAF 6.1, 6.2 and 5.2 (office-level figures). */
  getMysteryEvidence(signal?: AbortSignal): Promise<MysteryEvidenceReply>;
}
