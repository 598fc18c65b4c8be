import type { Finding, FindingsStore, NewFinding } from '@kvalita/core';
import '../platform/pnp-imports';
import { ensurePeople } from '../measures/measure-people';
import { allOf } from '../platform/paging';
import { selectOf, type RowOf } from '../platform/schema/select';
import type { SiteContext } from '../platform/site-context';
import { jsonOf, personRef, writing } from '../platform/stored-rows';
import { mysteryFindingsList } from './lists/mystery-findings';

const FINDING = selectOf(
  mysteryFindingsList,
  'Id',
  'Title',
  'CampaignId',
  'DepartmentCode',
  'MeasureId',
  'Owner',
  'Basis',
  'Created',
);
type FindingRow = RowOf<typeof FINDING>;
type Basis = Pick<Finding, 'evaluationIds' | 'itemKeys'>;

/** A campaign's findings on KvalitaMysteryFindings, on the indexed CampaignId. */
export class MysteryFindingsRepository implements FindingsStore {
  constructor(private readonly site: SiteContext) {}

  async forCampaign(campaignId: number): Promise<Omit<Finding, 'measureStatus'>[]> {
    const list = await this.site.list(mysteryFindingsList);
    const rows = await allOf<FindingRow>(
      FINDING.applyTo(list.items)
        .filter(`CampaignId eq ${Math.trunc(campaignId)}`)
        .orderBy('Id', true),
    );
    return rows.map(toFinding);
  }

  async create(finding: NewFinding): Promise<Omit<Finding, 'measureStatus'>> {
    const list = await this.site.list(mysteryFindingsList);
    const users = finding.owner ? await ensurePeople(this.site.sp, [finding.owner.email]) : new Map();
    const owner = finding.owner ? users.get(finding.owner.email.toLowerCase()) : undefined;
    const added = await writing(() =>
      list.items.add({
        Title: finding.title,
        CampaignId: finding.campaignId,
        DepartmentCode: finding.departmentCode,
        MeasureId: finding.measureId,
        Basis: JSON.stringify({
          evaluationIds: finding.evaluationIds,
          itemKeys: finding.itemKeys,
        } satisfies Basis),
        ...(owner ? { OwnerId: owner.Id } : {}),
      }),
    );
    const rows = await FINDING.applyTo(list.items)
      .filter(`Id eq ${added.Id as number}`)
      .top(1)<FindingRow[]>();
    if (!rows[0]) throw new Error('the finding is gone');
    return toFinding(rows[0]);
  }
}

function toFinding(row: FindingRow): Omit<Finding, 'measureStatus'> {
  const basis = jsonOf<Partial<Basis>>(row.Basis, {});
  return {
    id: row.Id,
    campaignId: row.CampaignId ?? 0,
    departmentCode: row.DepartmentCode ?? '',
    title: row.Title ?? '',
    evaluationIds: basis.evaluationIds ?? [],
    itemKeys: basis.itemKeys ?? [],
    measureId: row.MeasureId ?? 0,
    owner: personRef(row.Owner),
    createdAt: row.Created,
  };
}
