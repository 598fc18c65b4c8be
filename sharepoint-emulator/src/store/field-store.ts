import type { FieldRecord } from '../model/types';
import type { Db } from './database';
import { Statements } from './statements';

/**
 * Field definitions, kept in memory per list after the first read: every item request needs them,
 * and this process is the only writer of the data file.
 */
export class FieldStore {
  private readonly sql: Statements;
  private readonly cache = new Map<string, readonly FieldRecord[]>();

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  forList(listId: string): readonly FieldRecord[] {
    let fields = this.cache.get(listId);
    if (!fields) {
      const rows = this.sql
        .get('SELECT definition FROM fields WHERE list_id = ? ORDER BY position')
        .all(listId) as { definition: string }[];
      fields = rows.map((r) => JSON.parse(r.definition) as FieldRecord);
      this.cache.set(listId, fields);
    }
    return fields;
  }

  /** Drops the cached fields of a list (after its rows changed or went with the list). */
  forget(listId: string): void {
    this.cache.delete(listId);
  }

  insert(listId: string, field: FieldRecord): void {
    const row = this.sql
      .get('SELECT COALESCE(MAX(position), 0) AS max FROM fields WHERE list_id = ?')
      .get(listId) as { max: number };
    this.sql
      .get('INSERT INTO fields (list_id, id, position, internal_name, definition) VALUES (?, ?, ?, ?, ?)')
      .run(listId, field.id, row.max + 1, field.internalName, JSON.stringify(field));
    this.forget(listId);
  }

  update(listId: string, field: FieldRecord): void {
    this.sql
      .get('UPDATE fields SET definition = ? WHERE list_id = ? AND id = ?')
      .run(JSON.stringify(field), listId, field.id);
    this.forget(listId);
  }

  delete(listId: string, fieldId: string): void {
    this.sql.get('DELETE FROM fields WHERE list_id = ? AND id = ?').run(listId, fieldId);
    this.forget(listId);
  }
}
