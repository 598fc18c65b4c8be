import type { PersonRef } from '../measures/contract';
import type {
  Campaign,
  CampaignDraft,
  CampaignStatus,
  Checklist,
  ChecklistDraft,
  Evaluation,
  EvaluationFile,
  EvaluationHistoryEntry,
  EvaluationPlan,
  EvaluationRecord,
  EvaluationScore,
  EvaluationStatus,
  Finding,
  MysteryChannel,
} from './contract';

/*
 * Mystery shopping's storage ports: what the service needs from its lists (sharepoint/src/mystery
 * implements them on SharePoint; tests may use memory fakes). Every list is service-only: a planned
 * visit's week must not reach the staff it visits, and sheets count only once reviewed.
 */

export interface ChecklistsStore {
  list(): Promise<Checklist[]>;
  get(id: number): Promise<Checklist | null>;
  /** A new checklist (familyId null: its own family, version 1) or a new version of a family. */
  create(
    draft: ChecklistDraft,
    family: { readonly familyId: number; readonly version: number } | null,
  ): Promise<Checklist>;
  /** 412 (ConcurrencyConflictError) on a stale etag. */
  update(id: number, etag: string, draft: ChecklistDraft): Promise<Checklist>;
  /** Frozen once a campaign using it starts; superseded once a newer version exists. */
  mark(id: number, flags: { readonly frozen?: true; readonly superseded?: true }): Promise<void>;
}

export interface CampaignsStore {
  list(): Promise<Campaign[]>;
  get(id: number): Promise<Campaign | null>;
  create(draft: CampaignDraft, createdBy: PersonRef): Promise<Campaign>;
  update(id: number, etag: string, draft: CampaignDraft): Promise<Campaign>;
  setStatus(id: number, etag: string, status: CampaignStatus, at: string): Promise<Campaign>;
}

/**
 * A planned evaluation as stored: the plan, its channel and checklist, who plans, when. `recorded`
 * brings a sheet in further along (an import of earlier campaigns, the demo office): its state as
 * the service's steps would have left it, scored by core's rules.
 */
export interface NewEvaluation extends EvaluationPlan {
  readonly channel: MysteryChannel;
  readonly checklistId: number;
  readonly evaluatorName: string;
  readonly history: readonly EvaluationHistoryEntry[];
  readonly recorded?: {
    readonly status: EvaluationStatus;
    readonly record: EvaluationRecord;
    readonly score: EvaluationScore | null;
    readonly reviewComment: string;
    readonly submittedAt: string | null;
    readonly releasedAt: string | null;
  };
}

/** What a change of an evaluation writes (absent = unchanged); history entries are appended. */
export interface EvaluationChange {
  readonly status?: EvaluationStatus;
  readonly record?: EvaluationRecord;
  readonly score?: EvaluationScore | null;
  readonly reviewComment?: string;
  readonly week?: string;
  readonly submittedAt?: string | null;
  readonly releasedAt?: string | null;
  readonly historyEntry?: EvaluationHistoryEntry;
}

export interface EvaluationsStore {
  /** Every evaluation of a campaign (thousands: paged, one query on an indexed column). */
  forCampaign(campaignId: number): Promise<Evaluation[]>;
  forEvaluator(email: string): Promise<Evaluation[]>;
  get(id: number): Promise<Evaluation | null>;
  /** All or nothing as far as SharePoint allows: one $batch; the created rows in order. */
  create(campaignId: number, evaluations: readonly NewEvaluation[]): Promise<Evaluation[]>;
  /** 412 (ConcurrencyConflictError) on a stale etag. */
  change(id: number, etag: string, change: EvaluationChange): Promise<Evaluation>;
  /** A planned evaluation nobody recorded (cancelled from the schedule). */
  remove(id: number, etag: string): Promise<void>;
}

export interface EvaluationFilesStore {
  list(evaluationId: number): Promise<EvaluationFile[]>;
  add(evaluationId: number, name: string, contentType: string, content: Uint8Array): Promise<EvaluationFile>;
  content(
    evaluationId: number,
    fileId: number,
  ): Promise<{ readonly file: EvaluationFile; readonly content: Uint8Array } | null>;
  remove(evaluationId: number, fileId: number): Promise<void>;
}

export interface NewFinding {
  readonly campaignId: number;
  readonly departmentCode: string;
  readonly title: string;
  readonly evaluationIds: readonly number[];
  readonly itemKeys: readonly string[];
  readonly measureId: number;
  readonly owner: PersonRef | null;
}

export interface FindingsStore {
  forCampaign(campaignId: number): Promise<Omit<Finding, 'measureStatus'>[]>;
  create(finding: NewFinding): Promise<Omit<Finding, 'measureStatus'>>;
}
