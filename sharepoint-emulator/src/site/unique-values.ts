import type { FieldRecord, ItemRecord, StoredValue } from '../model/types';
import type { ItemStore } from '../store/item-store';

/** How SharePoint compares values for EnforceUniqueValues: text case-insensitively. */
export function uniqueKey(value: StoredValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return `s:${value.toLocaleLowerCase('cs')}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}:${String(value)}`;
  return `j:${JSON.stringify(value)}`;
}

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
  if (unique.length === 0) return [];
  const conflicts = new Set<string>();
  for (const other of store.scan(listId, false, undefined)) {
    if (other.id === item.id) continue;
    for (const { field, key } of unique) {
      if (uniqueKey(other.values[field.internalName]) === key) conflicts.add(field.internalName);
    }
  }
  return [...conflicts];
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
