import type { FileRecord, FileVersionRecord } from '../model/files';
import type { Db } from './database';
import { Statements } from './statements';

/** Files of document libraries (their current version) and their earlier versions. */
export class FileStore {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  byItem(listId: string, itemId: number): FileRecord | undefined {
    const row = this.sql
      .get('SELECT state FROM files WHERE list_id = ? AND item_id = ?')
      .get(listId, itemId) as { state: string } | undefined;
    return row ? (JSON.parse(row.state) as FileRecord) : undefined;
  }

  /** By server-relative URL, ignoring case as SharePoint does (in every script, not just ASCII). */
  byUrl(serverRelativeUrl: string): FileRecord | undefined {
    const row = this.sql.get('SELECT state FROM files WHERE url_key = ?').get(urlKey(serverRelativeUrl)) as
      { state: string } | undefined;
    return row ? (JSON.parse(row.state) as FileRecord) : undefined;
  }

  byUniqueId(uniqueId: string): FileRecord | undefined {
    const row = this.sql.get('SELECT state FROM files WHERE unique_id = ?').get(uniqueId.toLowerCase()) as
      { state: string } | undefined;
    return row ? (JSON.parse(row.state) as FileRecord) : undefined;
  }

  /** The files of a library, in item id order. */
  inList(listId: string): FileRecord[] {
    const rows = this.sql.get('SELECT state FROM files WHERE list_id = ? ORDER BY item_id').all(listId) as {
      state: string;
    }[];
    return rows.map((r) => JSON.parse(r.state) as FileRecord);
  }

  insert(file: FileRecord): void {
    this.sql
      .get('INSERT INTO files (list_id, item_id, url_key, unique_id, state) VALUES (?, ?, ?, ?, ?)')
      .run(file.listId, file.itemId, urlKey(file.serverRelativeUrl), file.uniqueId, JSON.stringify(file));
  }

  update(file: FileRecord): void {
    this.sql
      .get('UPDATE files SET state = ? WHERE list_id = ? AND item_id = ?')
      .run(JSON.stringify(file), file.listId, file.itemId);
  }

  versions(listId: string, itemId: number): FileVersionRecord[] {
    const rows = this.sql
      .get('SELECT state FROM file_versions WHERE list_id = ? AND item_id = ? ORDER BY ui_version')
      .all(listId, itemId) as { state: string }[];
    return rows.map((r) => JSON.parse(r.state) as FileVersionRecord);
  }

  deleteVersion(listId: string, itemId: number, uiVersion: number): void {
    this.sql
      .get('DELETE FROM file_versions WHERE list_id = ? AND item_id = ? AND ui_version = ?')
      .run(listId, itemId, uiVersion);
  }

  addVersion(listId: string, itemId: number, version: FileVersionRecord): void {
    this.sql
      .get('INSERT OR REPLACE INTO file_versions (list_id, item_id, ui_version, state) VALUES (?, ?, ?, ?)')
      .run(listId, itemId, version.uiVersion, JSON.stringify(version));
  }
}

function urlKey(serverRelativeUrl: string): string {
  return serverRelativeUrl.toLocaleLowerCase('cs');
}
