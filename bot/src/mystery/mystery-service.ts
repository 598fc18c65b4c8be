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
  MysteryCampaignFigures,
  EvaluationActRequest,
  EvaluationFile,
  EvaluationReply,
  EvaluationsReply,
  FindingReply,
  FindingRequest,
  FindingsReply,
  MyEvaluationsReply,
  MysteryActor,
  MysteryEvidenceReply,
  MysteryResultsReply,
  PlanEvaluationsReply,
  PlanEvaluationsRequest,
  SaveRecordRequest,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';
import { MysteryCampaigns } from './mystery-campaigns';
import { MysteryChecklists } from './mystery-checklists';
import { MysteryContext } from './mystery-context';
import type { MysteryServiceDeps } from './mystery-deps';
import { MysteryOutcomes, type CampaignOutcome } from './mystery-outcomes';
import { MysterySheets, type EvaluationsFilter } from './mystery-sheets';

/**
 * Mystery shopping (docs/api-mystery.md), enforced here and nowhere else: the role matrix and
 * lifecycle of core mystery/permissions.ts and lifecycle.ts, the schedule's rules, scores and
 * results from core. Input arrives parsed with the contract's schemas (mystery-routes.ts); replies
 * are the contract's shapes; refusals are domain errors only. Each part lives in its own file.
 */
export class MysteryService {
  private readonly context: MysteryContext;
  private readonly checklistSteps: MysteryChecklists;
  private readonly campaignSteps: MysteryCampaigns;
  private readonly sheets: MysterySheets;
  private readonly outcomes: MysteryOutcomes;

  constructor(deps: MysteryServiceDeps) {
    this.context = new MysteryContext(deps);
    this.checklistSteps = new MysteryChecklists(this.context);
    this.campaignSteps = new MysteryCampaigns(this.context);
    this.sheets = new MysterySheets(this.context);
    this.outcomes = new MysteryOutcomes(this.context);
  }

  actorOf = (identity: Pick<Identity, 'email' | 'displayName' | 'roles'>): Promise<MysteryActor> =>
    this.context.actorOf(identity);

  // ── Checklists ───────────────────────────────────────────────────────────────────────────
  checklists = (actor: MysteryActor): Promise<ChecklistsReply> => this.checklistSteps.list(actor);
  checklist = (actor: MysteryActor, id: number): Promise<ChecklistReply> =>
    this.checklistSteps.get(actor, id);
  createChecklist = (actor: MysteryActor, request: CreateChecklistRequest): Promise<ChecklistReply> =>
    this.checklistSteps.create(actor, request);
  editChecklist = (actor: MysteryActor, id: number, request: EditChecklistRequest): Promise<ChecklistReply> =>
    this.checklistSteps.edit(actor, id, request);
  newChecklistVersion = (actor: MysteryActor, id: number): Promise<ChecklistReply> =>
    this.checklistSteps.newVersion(actor, id);

  // ── Campaigns ────────────────────────────────────────────────────────────────────────────
  campaigns = (actor: MysteryActor): Promise<CampaignsReply> => this.campaignSteps.list(actor);
  campaign = (actor: MysteryActor, id: number): Promise<CampaignReply> =>
    this.campaignSteps.detail(actor, id);
  createCampaign = (actor: MysteryActor, request: CreateCampaignRequest): Promise<CampaignReply> =>
    this.campaignSteps.create(actor, request);
  editCampaign = (actor: MysteryActor, id: number, request: EditCampaignRequest): Promise<CampaignReply> =>
    this.campaignSteps.edit(actor, id, request);
  advanceCampaign = (
    actor: MysteryActor,
    id: number,
    request: AdvanceCampaignRequest,
  ): Promise<CampaignReply> => this.campaignSteps.advance(actor, id, request);

  // ── The schedule and the sheets ──────────────────────────────────────────────────────────
  evaluations = (
    actor: MysteryActor,
    campaignId: number,
    filter: EvaluationsFilter,
  ): Promise<EvaluationsReply> => this.sheets.list(actor, campaignId, filter);
  plan = (
    actor: MysteryActor,
    campaignId: number,
    request: PlanEvaluationsRequest,
  ): Promise<PlanEvaluationsReply> => this.sheets.plan(actor, campaignId, request);
  evaluation = (actor: MysteryActor, id: number): Promise<EvaluationReply> => this.sheets.get(actor, id);
  saveRecord = (actor: MysteryActor, id: number, request: SaveRecordRequest): Promise<EvaluationReply> =>
    this.sheets.saveRecord(actor, id, request);
  act = (actor: MysteryActor, id: number, request: EvaluationActRequest): Promise<EvaluationReply | null> =>
    this.sheets.act(actor, id, request);
  mine = (actor: MysteryActor): Promise<MyEvaluationsReply> => this.sheets.mine(actor);
  addFile = (
    actor: MysteryActor,
    id: number,
    name: string,
    type: string,
    content: Uint8Array,
  ): Promise<EvaluationFile> => this.sheets.addFile(actor, id, name, type, content);
  file = (actor: MysteryActor, id: number, fileId: number) => this.sheets.file(actor, id, fileId);
  removeFile = (actor: MysteryActor, id: number, fileId: number): Promise<void> =>
    this.sheets.removeFile(actor, id, fileId);

  // ── Results, findings, evidence ──────────────────────────────────────────────────────────
  results = (actor: MysteryActor, campaignId: number, department?: string): Promise<MysteryResultsReply> =>
    this.outcomes.results(actor, campaignId, department);
  report = (actor: MysteryActor, campaignId: number, department?: string) =>
    this.outcomes.report(actor, campaignId, department);
  outcome = (actor: MysteryActor, campaignId: number, department: string | null): Promise<CampaignOutcome> =>
    this.outcomes.outcome(actor, campaignId, department);
  findings = (actor: MysteryActor, campaignId: number): Promise<FindingsReply> =>
    this.outcomes.findings(actor, campaignId);
  /** Open data's figures of closed campaigns (office and departments). */
  openDataFigures = (): Promise<MysteryCampaignFigures[]> => this.outcomes.openDataFigures();
  createFinding = (
    actor: MysteryActor,
    identity: Identity,
    campaignId: number,
    request: FindingRequest,
  ): Promise<FindingReply> => this.outcomes.createFinding(actor, identity, campaignId, request);
  evidence = (): Promise<MysteryEvidenceReply> => this.outcomes.evidence();
}
