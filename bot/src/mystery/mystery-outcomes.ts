import {
  MYSTERY_EVIDENCE_SUBCRITERIA,
  MysteryRefusedError,
  MysteryRuleError,
  COUNTED_STATUSES,
  countedSheets,
  mayManageMystery,
  mysteryResults,
  mysteryResultsScope,
  scopeCovers,
  type Campaign,
  type Checklist,
  type Evaluation,
  type Finding,
  type FindingReply,
  type FindingRequest,
  type FindingsReply,
  type MeasureDraft,
  type MysteryActor,
  type MysteryEvidenceReply,
  type MysteryCampaignFigures,
  type MysteryResults,
  type MysteryResultsReply,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';
import type { MysteryContext } from './mystery-context';

/** What the exports need: the campaign, its counted sheets, the checklists they used, department names. */
export interface CampaignOutcome {
  readonly campaign: Campaign;
  readonly sheets: readonly Evaluation[];
  readonly checklists: readonly Checklist[];
  readonly departmentNames: ReadonlyMap<string, string>;
}

/**
 * What a campaign gives: results (released sheets only, a head their department's), the exports'
 * data, findings turned into measures of the register, and the CAF evidence of released campaigns.
 */
export class MysteryOutcomes {
  constructor(private readonly context: MysteryContext) {}

  async results(
    actor: MysteryActor,
    campaignId: number,
    department: string | undefined,
  ): Promise<MysteryResultsReply> {
    const { results, departments } = await this.read(actor, campaignId, department, false);
    return { results, departments };
  }

  /**
   * A department's report: its results and the data the .docx prints, from one read of the
   * campaign, its sheets and the checklists (the same scope as the results page).
   */
  async report(
    actor: MysteryActor,
    campaignId: number,
    department: string | undefined,
  ): Promise<{ readonly results: MysteryResults; readonly outcome: CampaignOutcome }> {
    const { results, outcome } = await this.read(actor, campaignId, department, true);
    return { results, outcome: outcome! };
  }

  /** The results in the person's scope (a head: their department by default), and the report's data when asked. */
  private async read(
    actor: MysteryActor,
    campaignId: number,
    department: string | undefined,
    withOutcome: boolean,
  ) {
    const campaign = await this.context.campaign(campaignId);
    const scope = this.scopeOf(actor, campaign);
    const departments =
      scope === 'office'
        ? campaign.departmentCodes
        : campaign.departmentCodes.filter((code) => scope.includes(code));
    // A head sees their own department's figures; asking for another's is refused, not emptied.
    const departmentCode = department ?? (scope === 'office' ? null : (departments[0] ?? null));
    if (departmentCode !== null ? !scopeCovers(scope, departmentCode) : scope !== 'office')
      throw new MysteryRefusedError('notResultsReader');
    const [sheets, previous, checklists, names] = await Promise.all([
      this.context.stores.evaluations.forCampaign(campaignId),
      this.previousOf(campaign),
      this.context.stores.checklists.list(),
      withOutcome ? this.context.deps.departments.list() : Promise.resolve([]),
    ]);
    const byId = new Map(checklists.map((checklist) => [checklist.id, checklist]));
    const results = mysteryResults({ campaign, evaluations: sheets }, previous, byId, departmentCode);
    return {
      results,
      departments,
      outcome: withOutcome ? outcomeOf(campaign, sheets, checklists, names, departmentCode) : null,
    };
  }

  /** The data of a department's report or of the released workbook (counted sheets only). */
  async outcome(
    actor: MysteryActor,
    campaignId: number,
    department: string | null,
  ): Promise<CampaignOutcome> {
    const campaign = await this.context.campaign(campaignId);
    const scope = this.scopeOf(actor, campaign);
    if (department === null ? scope !== 'office' : !scopeCovers(scope, department))
      throw new MysteryRefusedError('notResultsReader');
    const [sheets, checklists, departments] = await Promise.all([
      this.context.stores.evaluations.forCampaign(campaignId),
      this.context.stores.checklists.list(),
      this.context.deps.departments.list(),
    ]);
    return outcomeOf(campaign, sheets, checklists, departments, department);
  }

  /** The results of the campaign before this one: the latest that ended before it started. */
  async previousOf(campaign: Campaign) {
    const earlier = (await this.context.stores.campaigns.list())
      .filter(
        (other) =>
          other.id !== campaign.id && other.status !== 'preparation' && other.endDate < campaign.startDate,
      )
      .sort((a, b) => b.endDate.localeCompare(a.endDate))[0];
    if (!earlier) return null;
    return { campaign: earlier, evaluations: await this.context.stores.evaluations.forCampaign(earlier.id) };
  }

  // ── Findings → measures ──────────────────────────────────────────────────────────────────

  async findings(actor: MysteryActor, campaignId: number): Promise<FindingsReply> {
    const campaign = await this.context.campaign(campaignId);
    const scope = this.scopeOf(actor, campaign);
    const stored = (await this.context.stores.findings.forCampaign(campaignId)).filter((finding) =>
      scopeCovers(scope, finding.departmentCode),
    );
    const statuses = await this.context.deps.measures.statuses(stored.map((finding) => finding.measureId));
    return {
      items: stored.map((finding) => ({
        ...finding,
        measureStatus: statuses.get(finding.measureId) ?? null,
      })),
      mayCreate: mayManageMystery(actor),
    };
  }

  async createFinding(
    actor: MysteryActor,
    identity: Identity,
    campaignId: number,
    request: FindingRequest,
  ): Promise<FindingReply> {
    this.context.requireManager(actor);
    const campaign = await this.context.campaign(campaignId);
    if (!campaign.departmentCodes.includes(request.departmentCode))
      throw new MysteryRuleError('findingScope');
    const sheets = await Promise.all(
      request.evaluationIds.map((id) => this.context.stores.evaluations.get(id)),
    );
    for (const sheet of sheets) {
      if (!sheet || sheet.campaignId !== campaignId || sheet.departmentCode !== request.departmentCode)
        throw new MysteryRuleError('findingScope');
      if (!COUNTED_STATUSES.includes(sheet.status)) throw new MysteryRuleError('notCounted');
    }
    const checklists = await Promise.all(
      [...new Set(sheets.map((sheet) => sheet!.checklistId))].map((id) => this.context.checklist(id)),
    );
    const known = new Set(checklists.flatMap((checklist) => checklist.items.map((item) => item.key)));
    if (request.itemKeys.some((key) => !known.has(key))) throw new MysteryRuleError('findingScope');
    // The head of the department answers for the measure (the workshop's outcome is theirs to carry out).
    const head = (await this.context.deps.people.list()).find(
      (person) =>
        person.departmentCode === request.departmentCode && person.roles.includes('headOfDepartment'),
    );
    const draft: MeasureDraft = {
      title: request.title,
      kind: request.kind,
      source: {
        origin: 'mysteryShopping',
        cycleId: null,
        subcriterionCode: request.subcriterionCode ?? '6.2',
        sourceKey: `ms-${campaignId}`,
        sourceUrl: null,
      },
      departmentCode: request.departmentCode,
      ownerEmail: head?.email ?? null,
      coOwnerEmails: [],
      priority: 'medium',
      deadline: request.deadline,
      problem: request.problem,
      rootCause: { whys: [], categories: [] },
      steps: [],
      expectedResult: '',
      effectivenessCriterion: '',
      checkDate: null,
      budgetCzk: null,
      councilResolution: null,
      evidenceLinks: [],
    };
    const measureId = await this.context.deps.measures.create(identity, draft);
    const finding = await this.context.stores.findings.create({
      campaignId,
      departmentCode: request.departmentCode,
      title: request.title,
      evaluationIds: request.evaluationIds,
      itemKeys: request.itemKeys,
      measureId,
      owner: head ? { email: head.email, displayName: head.displayName } : null,
    });
    const statuses = await this.context.deps.measures.statuses([measureId]);
    return { finding: { ...finding, measureStatus: statuses.get(measureId) ?? null } satisfies Finding };
  }

  // ── CAF evidence ─────────────────────────────────────────────────────────────────────────

  /** Campaigns with released sheets: evidence for 6.1, 6.2 (citizen results) and 5.2 (services). */
  async evidence(): Promise<MysteryEvidenceReply> {
    const campaigns = (await this.context.stores.campaigns.list()).filter(
      (campaign) => campaign.status !== 'preparation',
    );
    const items = [];
    for (const campaign of campaigns) {
      const counted = countedSheets(await this.context.stores.evaluations.forCampaign(campaign.id));
      if (counted.length === 0) continue;
      const results = mysteryResults({ campaign, evaluations: counted }, null, new Map(), null);
      items.push({
        campaignId: campaign.id,
        campaignName: campaign.name,
        endDate: campaign.endDate,
        evaluations: counted.length,
        meanScore: results.overall.meanScore,
        subcriteria: [...MYSTERY_EVIDENCE_SUBCRITERIA],
      });
    }
    return { items: items.sort((a, b) => b.endDate.localeCompare(a.endDate)) };
  }

  /**
   * Open data's figures: every closed campaign's results for the office and for each of its
   * departments, from one read of its sheets, by the same results code as the results page.
   */
  async openDataFigures(): Promise<MysteryCampaignFigures[]> {
    const [campaigns, checklists] = await Promise.all([
      this.context.stores.campaigns.list(),
      this.context.stores.checklists.list(),
    ]);
    const byId = new Map(checklists.map((checklist) => [checklist.id, checklist]));
    const closed = campaigns.filter((campaign) => campaign.status === 'closed');
    return Promise.all(
      closed.map(async (campaign): Promise<MysteryCampaignFigures> => {
        const sheets = {
          campaign,
          evaluations: await this.context.stores.evaluations.forCampaign(campaign.id),
        };
        return {
          name: campaign.name,
          startDate: campaign.startDate,
          endDate: campaign.endDate,
          office: mysteryResults(sheets, null, byId, null),
          departments: campaign.departmentCodes.map((code) => ({
            code,
            results: mysteryResults(sheets, null, byId, code),
          })),
        };
      }),
    );
  }

  /** Who reads the campaign's results: a results reader, once the campaign has started. */
  private scopeOf(actor: MysteryActor, campaign: Campaign): 'office' | readonly string[] {
    const scope = mysteryResultsScope(actor);
    if (scope === null || (campaign.status === 'preparation' && !mayManageMystery(actor)))
      throw new MysteryRefusedError('notResultsReader');
    return scope;
  }
}

/** The counted sheets of a campaign (or of one department), the checklists they used, department names. */
function outcomeOf(
  campaign: Campaign,
  sheets: readonly Evaluation[],
  checklists: readonly Checklist[],
  departments: readonly { readonly code: string; readonly name: string }[],
  department: string | null,
): CampaignOutcome {
  const counted = countedSheets(sheets).filter(
    (sheet) => department === null || sheet.departmentCode === department,
  );
  const used = new Set(counted.map((sheet) => sheet.checklistId));
  return {
    campaign,
    sheets: counted,
    checklists: checklists.filter((checklist) => used.has(checklist.id)),
    departmentNames: new Map(departments.map((one) => [one.code, one.name])),
  };
}
