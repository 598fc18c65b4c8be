import type { Db } from './database';
import { Statements } from './statements';

/** Small key/value facts about the site (its ids, the digest secret), created once and kept. */
export class MetaStore {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  getOrCreate(key: string, create: () => string): string {
    const row = this.sql.get('SELECT value FROM meta WHERE key = ?').get(key) as
      { value: string } | undefined;
    if (row) return row.value;
    const value = create();
    this.sql.get('INSERT INTO meta (key, value) VALUES (?, ?)').run(key, value);
    return value;
  }
}
