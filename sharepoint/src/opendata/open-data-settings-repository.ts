import type { OpenDataSettingsStore, OpenDatasetKey, StoredDatasetSetting } from '@kvalita/core';
import '../platform/pnp-imports';
import { ensurePeople } from '../measures/measure-people';
import { allOf, etagOf } from '../platform/paging';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { personRef, writing } from '../platform/stored-rows';
import { openDataSettingsList } from './lists/open-data-settings';

const SETTING = selectOf(openDataSettingsList, 'Id', 'DatasetKey', 'Chosen', 'Frequency', 'ChosenBy');
type SettingRow = RowOf<typeof SETTING>;
const keys = choiceColumn(openDataSettingsList, 'DatasetKey');
const frequencies = choiceColumn(openDataSettingsList, 'Frequency');

/** One row per dataset on KvalitaOpenDataSettings (at most five: read whole). */
export class OpenDataSettingsRepository implements OpenDataSettingsStore {
  constructor(private readonly site: SiteContext) {}

  async list(): Promise<StoredDatasetSetting[]> {
    const list = await this.site.list(openDataSettingsList);
    const rows = await allOf<SettingRow>(SETTING.applyTo(list.items).orderBy('Id', true));
    return rows.flatMap((row): StoredDatasetSetting[] => {
      const key = keys.code(row.DatasetKey);
      if (key === undefined || key === null) return [];
      return [
        {
          key,
          chosen: row.Chosen === true,
          frequency: frequencies.code(row.Frequency) ?? 'irregular',
          chosenBy: personRef(row.ChosenBy),
          etag: etagOf(row),
        },
      ];
    });
  }

  async save(
    key: OpenDatasetKey,
    value: Pick<StoredDatasetSetting, 'chosen' | 'frequency' | 'chosenBy'>,
    etag: string | null,
  ): Promise<StoredDatasetSetting> {
    const list = await this.site.list(openDataSettingsList);
    const users = value.chosenBy ? await ensurePeople(this.site.sp, [value.chosenBy.email]) : new Map();
    const person = value.chosenBy ? users.get(value.chosenBy.email.toLowerCase()) : undefined;
    const values = {
      Title: keys.label(key),
      DatasetKey: keys.label(key),
      Chosen: value.chosen,
      Frequency: frequencies.label(value.frequency),
      ...(person ? { ChosenById: person.Id } : {}),
    };
    if (etag === null) await writing(() => list.items.add(values));
    else {
      const existing = (await this.rows()).find((row) => keys.code(row.DatasetKey) === key);
      // A stale or foreign etag of a row that is not there is the same conflict: reload and retry.
      if (!existing) await writing(() => list.items.getById(0).update(values, etag));
      else await writing(() => list.items.getById(existing.Id).update(values, etag));
    }
    const saved = (await this.list()).find((setting) => setting.key === key);
    if (!saved) throw new Error(`the open data setting ${key} is gone`);
    return saved;
  }

  private async rows(): Promise<SettingRow[]> {
    const list = await this.site.list(openDataSettingsList);
    return allOf<SettingRow>(SETTING.applyTo(list.items));
  }
}
