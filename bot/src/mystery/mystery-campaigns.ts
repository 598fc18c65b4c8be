import {
  CampaignProblemError,
  MysteryInvalidError,
  MysteryRuleError,
  allowedCampaignActions,
  campaignChannels,
  campaignProblems,
  countedSheets,
  mayManageMystery,
  mysteryResultsScope,
  quotaProgress,
  startProblems,
  statusCounts,
  type AdvanceCampaignRequest,
  type Campaign,
  type CampaignDraft,
  type CampaignReply,
  type CampaignSummary,
  type CampaignsReply,
  type Checklist,
  type CreateCampaignRequest,
  type EditCampaignRequest,
  type Evaluation,
  type MysteryActor,
} from '@kvalita/core';
import type { MysteryContext } from './mystery-context';

/**
 * Campaigns: set up in preparation, started once staff were informed (checklists freeze), closed
 * when the period's work is done (released sheets lock). Who sees them: the quality manager all of
 * them; the director and heads only campaigns past preparation, for their results — never the
 * schedule (evaluations are the manager's and each evaluator's own).
 */
export class MysteryCampaigns {
  constructor(private readonly context: MysteryContext) {}

  async list(actor: MysteryActor): Promise<CampaignsReply> {
    const manager = mayManageMystery(actor);
    if (!manager && mysteryResultsScope(actor) === null) return { items: [], mayCreate: false };
    const campaigns = (await this.context.stores.campaigns.list()).filter(
      (campaign) => manager || campaign.status !== 'preparation',
    );
    const sheets = await Promise.all(
      campaigns.map((campaign) => this.context.stores.evaluations.forCampaign(campaign.id)),
    );
    return {
      items: campaigns
        .map((campaign, index) => summaryOf(campaign, sheets[index] ?? [], manager))
        .sort((a, b) => b.startDate.localeCompare(a.startDate) || b.id - a.id),
      mayCreate: manager,
    };
  }

  async detail(actor: MysteryActor, id: number): Promise<CampaignReply> {
    const campaign = await this.context.campaign(id);
    const manager = mayManageMystery(actor);
    if (!manager && (mysteryResultsScope(actor) === null || campaign.status === 'preparation'))
      this.context.requireManager(actor);
    const sheets = await this.context.stores.evaluations.forCampaign(id);
    return this.replyOf(actor, campaign, sheets);
  }

  replyOf(actor: MysteryActor, campaign: Campaign, sheets: readonly Evaluation[]): CampaignReply {
    const manager = mayManageMystery(actor);
    // Heads and the director see what was released; the schedule stays the manager's.
    const visible = manager ? sheets : countedSheets(sheets);
    return {
      campaign: manager ? campaign : withoutSchedule(campaign),
      progress: manager ? quotaProgress(campaign, visible) : [],
      counts: statusCounts(visible),
      allowed: allowedCampaignActions(campaign, actor),
    };
  }

  async create(actor: MysteryActor, request: CreateCampaignRequest): Promise<CampaignReply> {
    this.context.requireManager(actor);
    await this.check(request.draft);
    const campaign = await this.context.stores.campaigns.create(request.draft, this.context.by(actor));
    return this.replyOf(actor, campaign, []);
  }

  async edit(actor: MysteryActor, id: number, request: EditCampaignRequest): Promise<CampaignReply> {
    this.context.requireManager(actor);
    const campaign = await this.context.campaign(id);
    if (campaign.status !== 'preparation') throw new MysteryRuleError('notInPreparation');
    await this.check(request.draft);
    const saved = await this.context.stores.campaigns.update(id, request.etag, request.draft);
    return this.replyOf(actor, saved, await this.context.stores.evaluations.forCampaign(id));
  }

  async advance(actor: MysteryActor, id: number, request: AdvanceCampaignRequest): Promise<CampaignReply> {
    this.context.requireManager(actor);
    const campaign = await this.context.campaign(id);
    const at = this.context.nowIso();
    if (request.to === 'running') {
      if (campaign.status !== 'preparation') throw new MysteryRuleError('notInPreparation');
      const checklists = await this.check(campaign);
      const problem = startProblems(campaign, this.context.today())[0];
      if (problem) throw new CampaignProblemError(problem);
      const started = await this.context.stores.campaigns.setStatus(id, request.etag, 'running', at);
      // Sheets are scored against these versions from now on.
      for (const checklist of checklists.filter((one) => !one.frozen))
        await this.context.stores.checklists.mark(checklist.id, { frozen: true });
      return this.replyOf(actor, started, await this.context.stores.evaluations.forCampaign(id));
    }
    if (campaign.status !== 'running')
      throw new MysteryRuleError(campaign.status === 'closed' ? 'closed' : 'notRunning');
    const closed = await this.context.stores.campaigns.setStatus(id, request.etag, 'closed', at);
    const sheets = await this.context.stores.evaluations.forCampaign(id);
    const by = this.context.by(actor);
    const locked: Evaluation[] = [];
    for (const sheet of sheets) {
      if (sheet.status !== 'released') {
        locked.push(sheet);
        continue;
      }
      locked.push(
        await this.context.stores.evaluations.change(sheet.id, sheet.etag, {
          status: 'locked',
          historyEntry: { status: 'locked', at, by, comment: '' },
        }),
      );
    }
    return this.replyOf(actor, closed, locked);
  }

  /** The draft's own rules, with the checklists it names (which must exist, current, for their channel). */
  private async check(draft: CampaignDraft): Promise<Checklist[]> {
    const departments = new Set(
      (await this.context.deps.departments.list()).map((department) => department.code),
    );
    if (draft.departmentCodes.some((code) => !departments.has(code)))
      throw new MysteryInvalidError('unknownDepartment');
    const ids = campaignChannels(draft)
      .map((channel) => draft.checklistIds[channel])
      .filter((id): id is number => id !== undefined);
    const checklists = (await Promise.all(ids.map((id) => this.context.stores.checklists.get(id)))).filter(
      (checklist): checklist is Checklist => checklist !== null,
    );
    const byId = new Map(checklists.map((checklist) => [checklist.id, checklist]));
    const problem = campaignProblems(draft, (id) => byId.get(id) ?? null)[0];
    if (problem) throw new CampaignProblemError(problem);
    if (checklists.some((checklist) => checklist.superseded))
      throw new MysteryRuleError('checklistSuperseded');
    const directory = await this.context.directory();
    if (draft.evaluatorEmails.some((email) => !directory.has(email)))
      throw new MysteryInvalidError('unknownPerson');
    if (
      draft.staffNotice.documentId !== null &&
      !(await this.context.deps.documentExists(draft.staffNotice.documentId))
    )
      throw new MysteryInvalidError('unknownDocument');
    return checklists;
  }
}

function summaryOf(campaign: Campaign, sheets: readonly Evaluation[], manager: boolean): CampaignSummary {
  const counted = countedSheets(sheets).length;
  return {
    id: campaign.id,
    name: campaign.name,
    status: campaign.status,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    departmentCodes: campaign.departmentCodes,
    planned: manager ? sheets.filter((sheet) => sheet.status !== 'excluded').length : counted,
    quota: campaign.quotas.reduce((sum, quota) => sum + quota.count, 0),
    released: counted,
  };
}

/** What a head or the director reads of a campaign: no evaluators, no service-point plan details kept from them. */
function withoutSchedule(campaign: Campaign): Campaign {
  return { ...campaign, evaluatorEmails: [], lockoutDays: 0 };
}
