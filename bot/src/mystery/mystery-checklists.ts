import {
  MysteryRuleError,
  mayManageMystery,
  type ChecklistReply,
  type ChecklistSummary,
  type ChecklistsReply,
  type Checklist,
  type CreateChecklistRequest,
  type EditChecklistRequest,
  type MysteryActor,
} from '@kvalita/core';
import type { MysteryContext } from './mystery-context';

const summaryOf = (checklist: Checklist): ChecklistSummary => ({
  id: checklist.id,
  familyId: checklist.familyId,
  name: checklist.name,
  channel: checklist.channel,
  version: checklist.version,
  items: checklist.items.length,
  criticalItems: checklist.items.filter((item) => item.critical).length,
  frozen: checklist.frozen,
  superseded: checklist.superseded,
});

/**
 * Checklists are versioned: a version a started campaign uses is frozen (its sheets were scored
 * against it); changing it means a new version of the same family, which supersedes the old one
 * for new campaigns. Only the quality manager reads and writes them here; an evaluator gets the
 * version of their sheet with the sheet.
 */
export class MysteryChecklists {
  constructor(private readonly context: MysteryContext) {}

  async list(actor: MysteryActor): Promise<ChecklistsReply> {
    this.context.requireManager(actor);
    const checklists = await this.context.stores.checklists.list();
    return {
      items: checklists
        .map(summaryOf)
        .sort(
          (a, b) => a.channel.localeCompare(b.channel) || a.familyId - b.familyId || b.version - a.version,
        ),
    };
  }

  async get(actor: MysteryActor, id: number): Promise<ChecklistReply> {
    this.context.requireManager(actor);
    const checklist = await this.context.checklist(id);
    return { checklist, mayEdit: this.mayEdit(actor, checklist) };
  }

  async create(actor: MysteryActor, request: CreateChecklistRequest): Promise<ChecklistReply> {
    this.context.requireManager(actor);
    const checklist = await this.context.stores.checklists.create(request.draft, null);
    return { checklist, mayEdit: true };
  }

  async edit(actor: MysteryActor, id: number, request: EditChecklistRequest): Promise<ChecklistReply> {
    this.context.requireManager(actor);
    const checklist = await this.context.checklist(id);
    if (checklist.frozen) throw new MysteryRuleError('checklistFrozen');
    if (checklist.superseded) throw new MysteryRuleError('checklistSuperseded');
    if (request.draft.channel !== checklist.channel && (await this.inUse(id)))
      throw new MysteryRuleError('checklistFrozen');
    const saved = await this.context.stores.checklists.update(id, request.etag, request.draft);
    return { checklist: saved, mayEdit: true };
  }

  /** A new version of the family's latest (a frozen checklist is changed this way). */
  async newVersion(actor: MysteryActor, id: number): Promise<ChecklistReply> {
    this.context.requireManager(actor);
    const checklist = await this.context.checklist(id);
    const family = (await this.context.stores.checklists.list()).filter(
      (other) => other.familyId === checklist.familyId,
    );
    const latest = family.reduce((a, b) => (b.version > a.version ? b : a), checklist);
    const { name, channel, description, items } = latest;
    const created = await this.context.stores.checklists.create(
      { name, channel, description, items },
      { familyId: latest.familyId, version: latest.version + 1 },
    );
    await this.context.stores.checklists.mark(latest.id, { superseded: true });
    return { checklist: created, mayEdit: true };
  }

  private mayEdit(actor: MysteryActor, checklist: Checklist): boolean {
    return mayManageMystery(actor) && !checklist.frozen && !checklist.superseded;
  }

  /** Whether a campaign in preparation already names it. */
  private async inUse(id: number): Promise<boolean> {
    return (await this.context.stores.campaigns.list()).some((campaign) =>
      Object.values(campaign.checklistIds).includes(id),
    );
  }
}
