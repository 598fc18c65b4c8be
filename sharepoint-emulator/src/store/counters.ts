import type { Db } from './database';
import { Statements } from './statements';

/** Monotonic counters: item ids per list and user ids are never reused, even after deletes. */
export class Counters {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  next(name: string, start = 1): number {
    const row = this.sql.get('SELECT value FROM counters WHERE name = ?').get(name) as
      { value: number } | undefined;
    const value = row ? row.value + 1 : start;
    this.sql
      .get(
        'INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
      )
      .run(name, value);
    return value;
  }
}
