import {
  COUNTED_STATUSES,
  DomainError,
  EVALUATION_MOVES,
  MYSTERY_LIMITS,
  MysteryInvalidError,
  MysteryRefusedError,
  MysteryRuleError,
  PlanConflictError,
  actionStartsFrom,
  allowedEvaluationActions,
  isAssignedEvaluator,
  isRecorded,
  mayManageMystery,
  mysteryResultsScope,
  normalizeEmail,
  personalNameWarnings,
  planConflicts,
  recordNotes,
  scopeCovers,
  scoreEvaluation,
  unansweredItems,
  type Campaign,
  type Checklist,
  type Evaluation,
  type EvaluationActRequest,
  type EvaluationAction,
  type EvaluationFile,
  type EvaluationRecord,
  type EvaluationStatus,
  type EvaluationReply,
  type EvaluationSummary,
  type EvaluationsReply,
  type MyEvaluationsReply,
  type MysteryActor,
  type NewEvaluation,
  type PlanEvaluationsReply,
  type PlanEvaluationsRequest,
  type SaveRecordRequest,
} from '@kvalita/core';
import type { MysteryContext } from './mystery-context';

export interface EvaluationsFilter {
  readonly department?: string;
  readonly channel?: string;
  readonly status?: string;
}

/** A sheet still the evaluator's to fill in. */
const TO_DO: readonly EvaluationStatus[] = ['planned', 'draft', 'returned'];

/** The file types a sheet takes: photos of the environment (signage, waiting room, access) and PDFs. */
export const EVALUATION_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

export const summaryOf = (sheet: Evaluation): EvaluationSummary => ({
  id: sheet.id,
  campaignId: sheet.campaignId,
  departmentCode: sheet.departmentCode,
  servicePointKey: sheet.servicePointKey,
  channel: sheet.channel,
  scenarioKey: sheet.scenarioKey,
  evaluator: sheet.evaluator,
  week: sheet.week,
  status: sheet.status,
  score: sheet.score?.score ?? null,
  failedCritical: (sheet.score?.failedCritical.length ?? 0) > 0,
});

/** What a head of department or the director reads of a released sheet: not who made it. */
function withoutEvaluator(sheet: Evaluation): Evaluation {
  const nobody = { email: '', displayName: '' };
  return {
    ...sheet,
    evaluatorEmail: '',
    evaluator: nobody,
    history: sheet.history.map((entry) => ({ ...entry, by: null })),
  };
}

/**
 * The schedule and the sheets: the quality manager plans (schedule-rules.ts), the assigned
 * evaluator records and submits, the quality manager reviews, returns, releases, excludes and
 * locks (lifecycle.ts). Every change is checked against the sheet's stored etag.
 */
export class MysterySheets {
  constructor(private readonly context: MysteryContext) {}

  async list(actor: MysteryActor, campaignId: number, filter: EvaluationsFilter): Promise<EvaluationsReply> {
    this.context.requireManager(actor);
    await this.context.campaign(campaignId);
    const sheets = await this.context.stores.evaluations.forCampaign(campaignId);
    return {
      items: sheets
        .filter(
          (sheet) =>
            (filter.department === undefined || sheet.departmentCode === filter.department) &&
            (filter.channel === undefined || sheet.channel === filter.channel) &&
            (filter.status === undefined || sheet.status === filter.status),
        )
        .sort((a, b) => a.week.localeCompare(b.week) || a.id - b.id)
        .map(summaryOf),
    };
  }

  async plan(
    actor: MysteryActor,
    campaignId: number,
    request: PlanEvaluationsRequest,
  ): Promise<PlanEvaluationsReply> {
    this.context.requireManager(actor);
    const campaign = await this.context.campaign(campaignId);
    if (campaign.status === 'closed') throw new MysteryRuleError('closed');
    if (campaign.etag !== request.etag)
      throw new DomainError('conflict', { details: 'the campaign changed; reload it' }, 'error.stale');
    const [existing, directory, departmentsOf] = await Promise.all([
      this.context.stores.evaluations.forCampaign(campaignId),
      this.context.directory(),
      this.context.evaluatorDepartments(),
    ]);
    if (existing.length + request.plans.length > MYSTERY_LIMITS.evaluations)
      throw new DomainError('badRequest', {
        details: `a campaign plans at most ${MYSTERY_LIMITS.evaluations} evaluations`,
      });
    const refusal = planConflicts(campaign, request.plans, existing, departmentsOf)[0];
    if (refusal) throw new PlanConflictError(refusal.conflict, refusal.row);
    const at = this.context.nowIso();
    const rows: NewEvaluation[] = request.plans.map((plan) => {
      const channel = campaign.servicePoints.find((point) => point.key === plan.servicePointKey)!.channel;
      const checklistId = campaign.checklistIds[channel];
      if (checklistId === undefined)
        throw new MysteryInvalidError('unknownChecklist', `no checklist for ${channel}`);
      return {
        ...plan,
        evaluatorEmail: normalizeEmail(plan.evaluatorEmail),
        evaluatorName: directory.get(normalizeEmail(plan.evaluatorEmail))?.displayName ?? plan.evaluatorEmail,
        channel,
        checklistId,
        history: [{ status: 'planned', at, by: this.context.by(actor), comment: '' }],
      };
    });
    const created = await this.context.stores.evaluations.create(campaignId, rows);
    return { created: created.map(summaryOf) };
  }

  async get(actor: MysteryActor, id: number): Promise<EvaluationReply> {
    const sheet = await this.context.evaluation(id);
    const campaign = await this.context.campaign(sheet.campaignId);
    const readable = this.readableAs(actor, sheet);
    return this.replyOf(actor, campaign, readable === 'whole' ? sheet : withoutEvaluator(sheet));
  }

  async saveRecord(actor: MysteryActor, id: number, request: SaveRecordRequest): Promise<EvaluationReply> {
    const { sheet, campaign, checklist } = await this.forAction(actor, id, 'record');
    checkRecordShape(checklist, request.record);
    const scenario = campaign.scenarios.find((one) => one.key === sheet.scenarioKey) ?? null;
    const score = scoreEvaluation(
      checklist,
      sheet.channel,
      request.record,
      scenario,
      this.context.deps.now(),
    );
    const moving = sheet.status !== 'draft';
    const saved = await this.context.stores.evaluations.change(id, request.etag, {
      status: 'draft',
      record: request.record,
      score,
      ...(moving
        ? {
            historyEntry: {
              status: 'draft',
              at: this.context.nowIso(),
              by: this.context.by(actor),
              comment: '',
            },
          }
        : {}),
    });
    return this.replyOf(actor, campaign, saved, { checklist });
  }

  /** A step of the lifecycle; null when the step removed the sheet (cancel). */
  async act(actor: MysteryActor, id: number, request: EvaluationActRequest): Promise<EvaluationReply | null> {
    const { sheet, campaign, checklist } = await this.forAction(actor, id, request.action);
    const at = this.context.nowIso();
    const by = this.context.by(actor);
    const comment = request.comment ?? '';
    if (request.action === 'cancel') {
      if (isRecorded(sheet.status)) throw new MysteryRuleError('recorded');
      await this.context.stores.evaluations.remove(id, request.etag);
      return null;
    }
    if (request.action === 'reschedule') {
      const week = request.week!;
      const [existing, departmentsOf] = await Promise.all([
        this.context.stores.evaluations.forCampaign(campaign.id),
        this.context.evaluatorDepartments(),
      ]);
      const refusal = planConflicts(campaign, [{ ...sheet, week }], existing, departmentsOf, id)[0];
      if (refusal) throw new PlanConflictError(refusal.conflict, 0);
      const saved = await this.context.stores.evaluations.change(id, request.etag, {
        week,
        historyEntry: { status: sheet.status, at, by, comment: `${sheet.week} → ${week}` },
      });
      return this.replyOf(actor, campaign, saved, { checklist });
    }
    const status = EVALUATION_MOVES[request.action];
    if (request.action === 'submit') {
      const scenario = campaign.scenarios.find((one) => one.key === sheet.scenarioKey) ?? null;
      const missing =
        unansweredItems(checklist, sheet.record).length + (sheet.record.contactAt === null ? 1 : 0);
      if (missing > 0) throw new MysteryRuleError('unanswered', { count: missing });
      const known = await this.knownNames();
      const names = personalNameWarnings(recordNotes(sheet.record), known);
      if (names.length > 0) throw new MysteryRuleError('personalNames', { names: names.join(', ') });
      const saved = await this.context.stores.evaluations.change(id, request.etag, {
        status,
        score: scoreEvaluation(checklist, sheet.channel, sheet.record, scenario, this.context.deps.now()),
        submittedAt: at,
        historyEntry: { status, at, by, comment: '' },
      });
      // The checklist and the directory's names are read once for the check and the reply.
      return this.replyOf(actor, campaign, saved, { checklist, names: known });
    }
    const saved = await this.context.stores.evaluations.change(id, request.etag, {
      status,
      ...(request.action === 'return' || request.action === 'exclude' ? { reviewComment: comment } : {}),
      ...(request.action === 'release' ? { releasedAt: at } : {}),
      historyEntry: { status, at, by, comment },
    });
    return this.replyOf(actor, campaign, saved, { checklist });
  }

  async mine(actor: MysteryActor): Promise<MyEvaluationsReply> {
    const sheets = await this.context.stores.evaluations.forEvaluator(actor.email);
    const campaignIds = [...new Set(sheets.map((sheet) => sheet.campaignId))];
    const campaigns = new Map(
      (await Promise.all(campaignIds.map((id) => this.context.stores.campaigns.get(id))))
        .filter((campaign): campaign is Campaign => campaign !== null && campaign.status !== 'preparation')
        .map((campaign) => [campaign.id, campaign]),
    );
    return {
      items: sheets
        .filter((sheet) => campaigns.has(sheet.campaignId))
        // What is still the evaluator's to do first (soonest week first), then the rest, latest first.
        .sort(
          (a, b) =>
            Number(!TO_DO.includes(a.status)) - Number(!TO_DO.includes(b.status)) ||
            (TO_DO.includes(a.status) ? a.week.localeCompare(b.week) : b.week.localeCompare(a.week)) ||
            a.id - b.id,
        )
        .map((sheet) => {
          const campaign = campaigns.get(sheet.campaignId)!;
          return {
            ...summaryOf(sheet),
            campaignName: campaign.name,
            servicePointName:
              campaign.servicePoints.find((point) => point.key === sheet.servicePointKey)?.name ??
              sheet.servicePointKey,
            scenarioTitle:
              campaign.scenarios.find((scenario) => scenario.key === sheet.scenarioKey)?.title ??
              sheet.scenarioKey,
          };
        }),
    };
  }

  // ── Files ─────────────────────────────────────────────────────────────────────────────────

  async addFile(
    actor: MysteryActor,
    id: number,
    name: string,
    contentType: string,
    content: Uint8Array,
  ): Promise<EvaluationFile> {
    await this.forAction(actor, id, 'record');
    const type = contentType.split(';')[0]!.trim().toLowerCase();
    if (!(EVALUATION_FILE_TYPES as readonly string[]).includes(type))
      throw new MysteryInvalidError('fileType', type);
    if (content.byteLength > MYSTERY_LIMITS.fileBytes) throw new MysteryInvalidError('fileTooLarge');
    if (content.byteLength === 0) throw new DomainError('badRequest', { details: 'the file is empty' });
    if ((await this.context.stores.files.list(id)).length >= MYSTERY_LIMITS.files)
      throw new MysteryInvalidError('tooManyFiles');
    return this.context.stores.files.add(id, name, type, content);
  }

  async file(actor: MysteryActor, id: number, fileId: number) {
    const sheet = await this.context.evaluation(id);
    this.readableAs(actor, sheet);
    const file = await this.context.stores.files.content(id, fileId);
    if (!file) throw new DomainError('notFound', { details: `no file ${fileId} on evaluation ${id}` });
    return file;
  }

  async removeFile(actor: MysteryActor, id: number, fileId: number): Promise<void> {
    await this.forAction(actor, id, 'record');
    const file = await this.context.stores.files.content(id, fileId);
    if (!file) throw new DomainError('notFound', { details: `no file ${fileId} on evaluation ${id}` });
    await this.context.stores.files.remove(id, fileId);
  }

  // ── Shared ───────────────────────────────────────────────────────────────────────────────

  /** 'whole' for its evaluator and the quality manager; 'released' for a head or the director once it counts. */
  private readableAs(actor: MysteryActor, sheet: Evaluation): 'whole' | 'released' {
    if (mayManageMystery(actor) || isAssignedEvaluator(sheet, actor)) return 'whole';
    if (
      COUNTED_STATUSES.includes(sheet.status) &&
      scopeCovers(mysteryResultsScope(actor), sheet.departmentCode)
    )
      return 'released';
    throw new MysteryRefusedError('notEvaluator');
  }

  private async forAction(actor: MysteryActor, id: number, action: EvaluationAction) {
    const sheet = await this.context.evaluation(id);
    const campaign = await this.context.campaign(sheet.campaignId);
    const evaluatorStep = action === 'record' || action === 'submit';
    if (evaluatorStep ? !isAssignedEvaluator(sheet, actor) : !mayManageMystery(actor))
      throw new MysteryRefusedError(evaluatorStep ? 'notEvaluator' : 'notQualityManager');
    if (campaign.status !== 'running')
      throw new MysteryRuleError(campaign.status === 'closed' ? 'closed' : 'notRunning');
    if (
      !actionStartsFrom(action, sheet.status) ||
      !allowedEvaluationActions(sheet, campaign, actor).includes(action)
    )
      throw new MysteryRuleError('notNow');
    const checklist = await this.context.checklist(sheet.checklistId);
    return { sheet, campaign, checklist };
  }

  /** `known`: what the step already read (the sheet's checklist, the directory's names), not read again. */
  private async replyOf(
    actor: MysteryActor,
    campaign: Campaign,
    sheet: Evaluation,
    known: { readonly checklist?: Checklist; readonly names?: readonly string[] } = {},
  ): Promise<EvaluationReply> {
    const flagsNames = isAssignedEvaluator(sheet, actor) || mayManageMystery(actor);
    const [checklist, files, names] = await Promise.all([
      known.checklist ?? this.context.checklist(sheet.checklistId),
      this.context.stores.files.list(sheet.id),
      !flagsNames ? Promise.resolve(null) : (known.names ?? this.knownNames()),
    ]);
    const scenario = campaign.scenarios.find((one) => one.key === sheet.scenarioKey);
    const servicePoint = campaign.servicePoints.find((point) => point.key === sheet.servicePointKey);
    if (!scenario || !servicePoint)
      throw new DomainError('internal', { details: `evaluation ${sheet.id} names what its campaign lacks` });
    return {
      evaluation: { ...sheet, files },
      checklist,
      scenario,
      servicePoint,
      campaignName: campaign.name,
      allowed: allowedEvaluationActions(sheet, campaign, actor),
      nameWarnings: names === null ? [] : personalNameWarnings(recordNotes(sheet.record), names),
    };
  }

  /** The office's people's names: a note naming one of them is flagged. */
  private async knownNames(): Promise<string[]> {
    return (await this.context.deps.people.list()).map((person) => person.displayName);
  }
}

/** A record answers the sheet's checklist: its item keys only, and no "partly" on a critical item. */
function checkRecordShape(checklist: Checklist, record: EvaluationRecord): void {
  const items = new Map(checklist.items.map((item) => [item.key, item]));
  for (const [key, answer] of Object.entries(record.items)) {
    const item = items.get(key);
    if (!item)
      throw new DomainError('badRequest', { details: `items.${key}: the checklist has no such item` });
    if (item.critical && answer.answer === 'partly')
      throw new DomainError('badRequest', {
        details: `items.${key}: a critical item is answered yes, no or not applicable`,
      });
  }
}
