import { createHash } from 'node:crypto';
import type { Db } from './database';
import { Statements } from './statements';
import type { UploadSession } from './upload-store';

/** Stored content, read part by part (a large file never has to be in memory whole). */
export interface BlobContent {
  readonly size: number;
  chunks(): Iterable<Buffer>;
}

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

  /**
   * Takes the fragments of a finished upload session as the content `hash` (their SHA-256),
   * moving them inside SQLite; content already stored under that hash is kept as it is.
   */
  adoptUpload(session: UploadSession, hash: string): void {
    const inserted = this.sql
      .get("INSERT OR IGNORE INTO blobs (hash, size, data, parts) VALUES (?, ?, X'', ?)")
      .run(hash, session.size, session.parts);
    if (inserted.changes === 0) return;
    this.sql
      .get(
        'INSERT INTO blob_parts (hash, position, data) SELECT ?, position, data FROM upload_parts WHERE upload_id = ?',
      )
      .run(hash, session.uploadId);
  }

  get(hash: string): Buffer | undefined {
    const content = this.read(hash);
    return content ? Buffer.concat([...content.chunks()]) : undefined;
  }

  read(hash: string): BlobContent | undefined {
    const row = this.sql.get('SELECT size, data, parts FROM blobs WHERE hash = ?').get(hash) as
      { size: number; data: Buffer; parts: number } | undefined;
    if (!row) return undefined;
    if (row.parts === 0) return { size: row.data.length, chunks: () => [row.data] };
    const read = this.sql.get('SELECT data FROM blob_parts WHERE hash = ? AND position = ?');
    return {
      size: row.size,
      *chunks() {
        for (let position = 0; position < row.parts; position++) {
          const part = read.get(hash, position) as { data: Buffer } | undefined;
          if (!part) throw new Error('A part of this file is missing from the data file.');
          yield part.data;
        }
      },
    };
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
