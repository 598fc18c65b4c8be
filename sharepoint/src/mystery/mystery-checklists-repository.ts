import type { Checklist, ChecklistDraft, ChecklistItem, ChecklistsStore } from '@kvalita/core';
import '../platform/pnp-imports';
import { allOf, etagOf } from '../platform/paging';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { jsonOf, writing } from '../platform/stored-rows';
import { mysteryChecklistsList } from './lists/mystery-checklists';

const CHECKLIST = selectOf(
  mysteryChecklistsList,
  'Id',
  'Title',
  'Channel',
  'FamilyId',
  'ChecklistVersion',
  'Frozen',
  'Superseded',
  'Description',
  'Items',
  'Created',
  'Modified',
);
type ChecklistRow = RowOf<typeof CHECKLIST>;
const channels = choiceColumn(mysteryChecklistsList, 'Channel');

const draftValues = (draft: ChecklistDraft) => ({
  Title: draft.name,
  Channel: channels.label(draft.channel),
  Description: draft.description,
  Items: JSON.stringify(draft.items),
});

/** Checklists on KvalitaMysteryChecklists (an office keeps tens: `list` reads all). */
export class MysteryChecklistsRepository implements ChecklistsStore {
  constructor(private readonly site: SiteContext) {}

  async list(): Promise<Checklist[]> {
    const list = await this.site.list(mysteryChecklistsList);
    return (await allOf<ChecklistRow>(CHECKLIST.applyTo(list.items).orderBy('Id', true))).map(toChecklist);
  }

  async get(id: number): Promise<Checklist | null> {
    const list = await this.site.list(mysteryChecklistsList);
    const rows = await CHECKLIST.applyTo(list.items)
      .filter(`Id eq ${Math.trunc(id)}`)
      .top(1)<ChecklistRow[]>();
    return rows[0] === undefined ? null : toChecklist(rows[0]);
  }

  async create(
    draft: ChecklistDraft,
    family: { readonly familyId: number; readonly version: number } | null,
  ): Promise<Checklist> {
    const list = await this.site.list(mysteryChecklistsList);
    const added = await writing(() =>
      list.items.add({
        ...draftValues(draft),
        ChecklistVersion: family?.version ?? 1,
        FamilyId: family?.familyId ?? 0,
        Frozen: false,
        Superseded: false,
      }),
    );
    const id = added.Id as number;
    // A new family is named after its first version's id, known only once it is added.
    if (family === null) await writing(() => list.items.getById(id).update({ FamilyId: id }));
    return this.mustGet(id);
  }

  async update(id: number, etag: string, draft: ChecklistDraft): Promise<Checklist> {
    const list = await this.site.list(mysteryChecklistsList);
    await writing(() => list.items.getById(Math.trunc(id)).update(draftValues(draft), etag));
    return this.mustGet(id);
  }

  async mark(id: number, flags: { readonly frozen?: true; readonly superseded?: true }): Promise<void> {
    const list = await this.site.list(mysteryChecklistsList);
    await writing(() =>
      list.items.getById(Math.trunc(id)).update({
        ...(flags.frozen ? { Frozen: true } : {}),
        ...(flags.superseded ? { Superseded: true } : {}),
      }),
    );
  }

  private async mustGet(id: number): Promise<Checklist> {
    const checklist = await this.get(id);
    if (checklist === null) throw new Error(`checklist ${id} is gone`);
    return checklist;
  }
}

function toChecklist(row: ChecklistRow): Checklist {
  return {
    id: row.Id,
    familyId: row.FamilyId || row.Id,
    version: row.ChecklistVersion ?? 1,
    name: row.Title ?? '',
    channel: channels.code(row.Channel) ?? 'visit',
    description: row.Description ?? '',
    items: jsonOf<ChecklistItem[]>(row.Items, []),
    frozen: row.Frozen === true,
    superseded: row.Superseded === true,
    createdAt: row.Created,
    modifiedAt: row.Modified,
    etag: etagOf(row),
  };
}
