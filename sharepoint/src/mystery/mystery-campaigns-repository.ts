import type { Campaign, CampaignDraft, CampaignStatus, CampaignsStore, PersonRef } from '@kvalita/core';
import '../platform/pnp-imports';
import { ensurePeople } from '../measures/measure-people';
import { fromSharePointDate, toSharePointDate } from '../platform/dates';
import { allOf, etagOf } from '../platform/paging';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { jsonOf, personRef, writing } from '../platform/stored-rows';
import { mysteryCampaignsList } from './lists/mystery-campaigns';

const CAMPAIGN = selectOf(
  mysteryCampaignsList,
  'Id',
  'Title',
  'CampaignStatus',
  'StartDate',
  'EndDate',
  'QualityManager',
  'StartedAt',
  'ClosedAt',
  'Settings',
  'Created',
  'Modified',
);
type CampaignRow = RowOf<typeof CAMPAIGN>;
const statuses = choiceColumn(mysteryCampaignsList, 'CampaignStatus');
type Settings = Omit<CampaignDraft, 'name' | 'startDate' | 'endDate'>;

const draftValues = (draft: CampaignDraft) => {
  const { name, startDate, endDate, ...settings } = draft;
  return {
    Title: name,
    StartDate: toSharePointDate(startDate),
    EndDate: toSharePointDate(endDate),
    Settings: JSON.stringify(settings satisfies Settings),
  };
};

/** Campaigns on KvalitaMysteryCampaigns (a few a year: `list` reads all). */
export class MysteryCampaignsRepository implements CampaignsStore {
  constructor(private readonly site: SiteContext) {}

  async list(): Promise<Campaign[]> {
    const list = await this.site.list(mysteryCampaignsList);
    return (await allOf<CampaignRow>(CAMPAIGN.applyTo(list.items).orderBy('Id', true))).map(toCampaign);
  }

  async get(id: number): Promise<Campaign | null> {
    const list = await this.site.list(mysteryCampaignsList);
    const rows = await CAMPAIGN.applyTo(list.items)
      .filter(`Id eq ${Math.trunc(id)}`)
      .top(1)<CampaignRow[]>();
    return rows[0] === undefined ? null : toCampaign(rows[0]);
  }

  async create(draft: CampaignDraft, createdBy: PersonRef): Promise<Campaign> {
    const list = await this.site.list(mysteryCampaignsList);
    const users = await ensurePeople(this.site.sp, [createdBy.email]);
    const manager = users.get(createdBy.email.toLowerCase());
    const added = await writing(() =>
      list.items.add({
        ...draftValues(draft),
        CampaignStatus: statuses.label('preparation'),
        ...(manager ? { QualityManagerId: manager.Id } : {}),
      }),
    );
    return this.mustGet(added.Id as number);
  }

  async update(id: number, etag: string, draft: CampaignDraft): Promise<Campaign> {
    const list = await this.site.list(mysteryCampaignsList);
    await writing(() => list.items.getById(Math.trunc(id)).update(draftValues(draft), etag));
    return this.mustGet(id);
  }

  async setStatus(id: number, etag: string, status: CampaignStatus, at: string): Promise<Campaign> {
    const list = await this.site.list(mysteryCampaignsList);
    await writing(() =>
      list.items.getById(Math.trunc(id)).update(
        {
          CampaignStatus: statuses.label(status),
          ...(status === 'running' ? { StartedAt: at } : {}),
          ...(status === 'closed' ? { ClosedAt: at } : {}),
        },
        etag,
      ),
    );
    return this.mustGet(id);
  }

  private async mustGet(id: number): Promise<Campaign> {
    const campaign = await this.get(id);
    if (campaign === null) throw new Error(`campaign ${id} is gone`);
    return campaign;
  }
}

function toCampaign(row: CampaignRow): Campaign {
  const settings = jsonOf<Partial<Settings>>(row.Settings, {});
  return {
    id: row.Id,
    name: row.Title ?? '',
    description: settings.description ?? '',
    startDate: fromSharePointDate(row.StartDate) ?? '',
    endDate: fromSharePointDate(row.EndDate) ?? '',
    departmentCodes: settings.departmentCodes ?? [],
    servicePoints: settings.servicePoints ?? [],
    quotas: settings.quotas ?? [],
    scenarios: settings.scenarios ?? [],
    checklistIds: settings.checklistIds ?? {},
    evaluatorEmails: settings.evaluatorEmails ?? [],
    lockoutDays: settings.lockoutDays ?? 0,
    staffNotice: settings.staffNotice ?? { informedOn: null, documentId: null, note: '' },
    status: statuses.code(row.CampaignStatus) ?? 'preparation',
    createdBy: personRef(row.QualityManager),
    startedAt: row.StartedAt ?? null,
    closedAt: row.ClosedAt ?? null,
    createdAt: row.Created,
    modifiedAt: row.Modified,
    etag: etagOf(row),
  };
}
