import type {
  NewPublicationEntry,
  OpenDatasetKey,
  PublicationEntry,
  PublicationLogStore,
  PublishedDataset,
  PublishedFile,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { ensurePeople } from '../measures/measure-people';
import { filterOn } from '../platform/schema/filter';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { jsonOf, personRef, writing } from '../platform/stored-rows';
import { openDataLogList } from './lists/open-data-log';

const ENTRY = selectOf(
  openDataLogList,
  'Id',
  'PublishedAt',
  'Publisher',
  'PublicationTrigger',
  'Datasets',
  'Catalogue',
);
type EntryRow = RowOf<typeof ENTRY>;
const triggers = choiceColumn(openDataLogList, 'PublicationTrigger');
const where = filterOn(openDataLogList);
const NO_FILE: PublishedFile = { name: '', contentType: '', bytes: 0, sha256: '', version: '' };

/** The publication log on KvalitaOpenDataLog: added once, read newest first on the indexed PublishedAt. */
export class OpenDataLogRepository implements PublicationLogStore {
  constructor(private readonly site: SiteContext) {}

  async add(entry: NewPublicationEntry): Promise<PublicationEntry> {
    const list = await this.site.list(openDataLogList);
    const users = await ensurePeople(this.site.sp, [entry.by.email]);
    const person = users.get(entry.by.email.toLowerCase());
    // SharePoint keeps a DateTime to the second: the entry answers what a later read gives.
    const at = new Date(entry.at).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const added = await writing(() =>
      list.items.add({
        Title: at,
        PublishedAt: at,
        PublicationTrigger: triggers.label(entry.trigger),
        Datasets: JSON.stringify(entry.datasets),
        Catalogue: JSON.stringify({ file: entry.catalogue, datasets: entry.catalogueDatasets }),
        RequestId: entry.requestId,
        ...(person ? { PublisherId: person.Id } : {}),
      }),
    );
    return {
      id: added.Id as number,
      at,
      by: entry.by,
      trigger: entry.trigger,
      datasets: entry.datasets,
      catalogue: entry.catalogue,
      catalogueDatasets: entry.catalogueDatasets,
    };
  }

  async latest(top: number): Promise<PublicationEntry[]> {
    const list = await this.site.list(openDataLogList);
    const rows = await ENTRY.applyTo(list.items)
      .orderBy('PublishedAt', false)
      .orderBy('Id', false)
      .top(Math.max(1, Math.min(top, 5000)))<EntryRow[]>();
    return rows.map(toEntry);
  }

  async byRequestId(requestId: string): Promise<PublicationEntry | null> {
    const list = await this.site.list(openDataLogList);
    const rows = await ENTRY.applyTo(list.items)
      .filter(where('RequestId', 'eq', requestId))
      .top(1)<EntryRow[]>();
    return rows[0] ? toEntry(rows[0]) : null;
  }
}

function toEntry(row: EntryRow): PublicationEntry {
  const catalogue = jsonOf<{ file?: PublishedFile; datasets?: OpenDatasetKey[] }>(row.Catalogue, {});
  return {
    id: row.Id,
    at: row.PublishedAt ?? '',
    by: personRef(row.Publisher) ?? { email: '', displayName: '' },
    trigger: triggers.code(row.PublicationTrigger) ?? 'manual',
    datasets: jsonOf<PublishedDataset[]>(row.Datasets, []),
    catalogue: catalogue.file ?? NO_FILE,
    catalogueDatasets: catalogue.datasets ?? [],
  };
}
