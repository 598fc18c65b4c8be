import { createHash } from 'node:crypto';
import type { Db } from './database';
import { Statements } from './statements';

/** File content, stored once per distinct content (keyed by SHA-256) and shared by versions. */
export class BlobStore {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  /** Stores bytes (if new) and returns the key they are kept under. */
  put(bytes: Buffer): string {
    const hash = createHash('sha256').update(bytes).digest('hex');
    this.sql
      .get('INSERT OR IGNORE INTO blobs (hash, size, data) VALUES (?, ?, ?)')
      .run(hash, bytes.length, bytes);
    return hash;
  }

  get(hash: string): Buffer | undefined {
    const row = this.sql.get('SELECT data FROM blobs WHERE hash = ?').get(hash) as
      { data: Buffer } | undefined;
    return row?.data;
  }

  /** Drops content no file, version or check-out refers to any more. */
  prune(): void {
    this.sql
      .get(
        `DELETE FROM blobs WHERE hash NOT IN (
           SELECT json_extract(state, '$.contentHash') FROM files
           UNION SELECT json_extract(state, '$.checkout.contentHash') FROM files WHERE json_extract(state, '$.checkout') IS NOT NULL
           UNION SELECT json_extract(state, '$.contentHash') FROM file_versions)`,
      )
      .run();
  }
}
