import type { FieldRecord, ItemRecord } from '../model/types';
import { uniqueKey } from '../model/unique-key';
import type { ItemStore } from '../store/item-store';

export { uniqueKey };

/** Internal names of unique fields whose value in `item` another item of the list already has. */
export function conflictingFields(
  store: ItemStore,
  listId: string,
  fields: readonly FieldRecord[],
  item: Pick<ItemRecord, 'id' | 'values'>,
): string[] {
  const unique = fields
    .filter((f) => f.enforceUniqueValues)
    .map((f) => ({ field: f, key: uniqueKey(item.values[f.internalName]) }))
    .filter((u): u is { field: FieldRecord; key: string } => u.key !== undefined);
  return unique
    .filter(({ field, key }) => store.holdsUnique(listId, field.internalName, key, item.id))
    .map(({ field }) => field.internalName);
}

/** Whether a list already holds the same value twice in a field (blocks turning uniqueness on). */
export function findDuplicateValues(store: ItemStore, listId: string, field: FieldRecord): boolean {
  const seen = new Set<string>();
  for (const item of store.scan(listId, false, undefined)) {
    const key = uniqueKey(item.values[field.internalName]);
    if (key === undefined) continue;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}
