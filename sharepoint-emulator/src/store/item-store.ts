import type { ItemRecord, StoredValue } from '../model/types';
import { uniqueKey } from '../model/unique-key';
import type { Db } from './database';
import { Statements } from './statements';

interface ItemRow {
  list_id: string;
  id: number;
  guid: string;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
  version: number;
  ui_version: number;
  field_values: string;
}

function toRecord(row: ItemRow): ItemRecord {
  return {
    listId: row.list_id,
    id: row.id,
    guid: row.guid,
    created: row.created,
    modified: row.modified,
    authorId: row.author_id,
    editorId: row.editor_id,
    version: row.version,
    uiVersion: row.ui_version,
    values: JSON.parse(row.field_values) as Record<string, StoredValue>,
  };
}

export class ItemStore {
  private readonly sql: Statements;
  /**
   * Unique-value lookups, built per list and column on first use: key -> ids of items that held
   * it. Writes only ever add to it (a rolled-back transaction may leave ids that no longer hold
   * the key), so it is a superset and every hit is checked against the stored item. Checking each
   * add against every item instead made filling a list with a unique column quadratic.
   */
  private readonly uniqueIndex = new Map<string, Map<string, Map<string, Set<number>>>>();

  constructor(private readonly db: Db) {
    this.sql = new Statements(db);
  }

  get(listId: string, id: number): ItemRecord | undefined {
    const row = this.sql.get('SELECT * FROM items WHERE list_id = ? AND id = ?').get(listId, id) as
      ItemRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  count(listId: string): number {
    return (this.sql.get('SELECT COUNT(*) AS n FROM items WHERE list_id = ?').get(listId) as { n: number }).n;
  }

  /** Items in id order after (or, descending, before) a given id, read lazily. */
  *scan(listId: string, descending: boolean, afterId: number | undefined): Generator<ItemRecord> {
    // A statement being iterated cannot run again until it finishes, so each scan gets its own.
    const statement = descending
      ? this.db.prepare('SELECT * FROM items WHERE list_id = ? AND id < ? ORDER BY id DESC')
      : this.db.prepare('SELECT * FROM items WHERE list_id = ? AND id > ? ORDER BY id');
    const bound = afterId ?? (descending ? Number.MAX_SAFE_INTEGER : 0);
    for (const row of statement.iterate(listId, bound) as IterableIterator<ItemRow>) yield toRecord(row);
  }

  /** Whether an item other than `exceptId` holds `key` (see uniqueKey) in the column. */
  holdsUnique(listId: string, field: string, key: string, exceptId: number): boolean {
    const ids = this.columnIndex(listId, field).get(key);
    if (!ids) return false;
    for (const id of ids) {
      if (id === exceptId) continue;
      const item = this.get(listId, id);
      if (item && uniqueKey(item.values[field]) === key) return true;
    }
    return false;
  }

  private columnIndex(listId: string, field: string): Map<string, Set<number>> {
    let columns = this.uniqueIndex.get(listId);
    if (!columns) {
      columns = new Map();
      this.uniqueIndex.set(listId, columns);
    }
    let index = columns.get(field);
    if (!index) {
      index = new Map();
      columns.set(field, index);
      for (const item of this.scan(listId, false, undefined)) addKey(index, item.values[field], item.id);
    }
    return index;
  }

  private remember(item: ItemRecord): void {
    for (const [field, index] of this.uniqueIndex.get(item.listId) ?? [])
      addKey(index, item.values[field], item.id);
  }

  insert(item: ItemRecord): void {
    this.sql
      .get(
        `INSERT INTO items (list_id, id, guid, created, modified, author_id, editor_id, version, ui_version, field_values)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        item.listId,
        item.id,
        item.guid,
        item.created,
        item.modified,
        item.authorId,
        item.editorId,
        item.version,
        item.uiVersion,
        JSON.stringify(item.values),
      );
    this.remember(item);
  }

  update(item: ItemRecord): void {
    this.sql
      .get(
        'UPDATE items SET modified = ?, editor_id = ?, version = ?, ui_version = ?, field_values = ? WHERE list_id = ? AND id = ?',
      )
      .run(
        item.modified,
        item.editorId,
        item.version,
        item.uiVersion,
        JSON.stringify(item.values),
        item.listId,
        item.id,
      );
    this.remember(item);
  }

  delete(listId: string, id: number): void {
    this.sql.get('DELETE FROM items WHERE list_id = ? AND id = ?').run(listId, id);
  }

  /** Moves an item to the recycle bin table, keeping its data for a later restore. */
  recycle(item: ItemRecord, recycleId: string, deleted: string, deletedBy: number): void {
    this.sql
      .get(
        'INSERT INTO recycle_bin (id, list_id, item_id, deleted, deleted_by, item) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(recycleId, item.listId, item.id, deleted, deletedBy, JSON.stringify(item));
    this.delete(item.listId, item.id);
  }
}

function addKey(index: Map<string, Set<number>>, value: StoredValue | undefined, id: number): void {
  const key = uniqueKey(value);
  if (key === undefined) return;
  const ids = index.get(key);
  if (ids) ids.add(id);
  else index.set(key, new Set([id]));
}
