import type { JsonValue, ListRecord, ListTemplate } from '../model/types';
import type { Db } from './database';
import { Statements } from './statements';

interface ListRow {
  id: string;
  title: string;
  server_relative_url: string;
  base_template: number;
  entity_name: string;
  content_type_id: string;
  created: string;
  last_item_modified: string;
  last_item_deleted: string;
  props: string;
}

function toRecord(row: ListRow): ListRecord {
  return {
    id: row.id,
    title: row.title,
    serverRelativeUrl: row.server_relative_url,
    baseTemplate: row.base_template as ListTemplate,
    entityName: row.entity_name,
    contentTypeId: row.content_type_id,
    created: row.created,
    lastItemModified: row.last_item_modified,
    lastItemDeleted: row.last_item_deleted,
    props: JSON.parse(row.props) as Record<string, JsonValue>,
  };
}

export class ListStore {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  all(): ListRecord[] {
    return (this.sql.get('SELECT * FROM lists ORDER BY created, id').all() as ListRow[]).map(toRecord);
  }

  byId(id: string): ListRecord | undefined {
    const row = this.sql.get('SELECT * FROM lists WHERE id = ?').get(id.toLowerCase()) as ListRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  insert(list: ListRecord): void {
    this.sql
      .get(
        `INSERT INTO lists (id, title, server_relative_url, base_template, entity_name, content_type_id, created, last_item_modified, last_item_deleted, props)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        list.id,
        list.title,
        list.serverRelativeUrl,
        list.baseTemplate,
        list.entityName,
        list.contentTypeId,
        list.created,
        list.lastItemModified,
        list.lastItemDeleted,
        JSON.stringify(list.props),
      );
  }

  update(list: ListRecord): void {
    this.sql
      .get(
        'UPDATE lists SET title = ?, last_item_modified = ?, last_item_deleted = ?, props = ? WHERE id = ?',
      )
      .run(list.title, list.lastItemModified, list.lastItemDeleted, JSON.stringify(list.props), list.id);
  }

  touch(listId: string, column: 'last_item_modified' | 'last_item_deleted', when: string): void {
    this.sql.get(`UPDATE lists SET ${column} = ? WHERE id = ?`).run(when, listId);
  }

  delete(id: string): void {
    this.sql.get('DELETE FROM lists WHERE id = ?').run(id);
  }
}
