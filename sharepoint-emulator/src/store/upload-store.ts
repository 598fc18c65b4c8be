import type { Db } from './database';
import { Statements } from './statements';

/** An open chunked upload (file.startUpload … finishUpload) and how much of it has arrived. */
export interface UploadSession {
  readonly uploadId: string;
  readonly listId: string;
  readonly itemId: number;
  readonly userId: number;
  /** Bytes received so far: the offset the next fragment must start at. */
  readonly size: number;
  readonly parts: number;
  readonly started: string;
}

interface SessionRow {
  upload_id: string;
  list_id: string;
  item_id: number;
  user_id: number;
  size: number;
  parts: number;
  started: string;
}

/** Fragments are stored in parts of at most this size, so reading them back never needs more. */
export const PART_BYTES = 4 * 1024 * 1024;

/** Upload sessions and their fragments, kept in SQLite (not memory) until they finish or are cancelled. */
export class UploadStore {
  private readonly sql: Statements;

  constructor(db: Db) {
    this.sql = new Statements(db);
  }

  get(uploadId: string): UploadSession | undefined {
    const row = this.sql.get('SELECT * FROM upload_sessions WHERE upload_id = ?').get(uploadId) as
      SessionRow | undefined;
    return row
      ? {
          uploadId: row.upload_id,
          listId: row.list_id,
          itemId: row.item_id,
          userId: row.user_id,
          size: row.size,
          parts: row.parts,
          started: row.started,
        }
      : undefined;
  }

  start(session: Omit<UploadSession, 'size' | 'parts'>): UploadSession {
    this.sql
      .get(
        'INSERT INTO upload_sessions (upload_id, list_id, item_id, user_id, size, parts, started) VALUES (?, ?, ?, ?, 0, 0, ?)',
      )
      .run(session.uploadId, session.listId, session.itemId, session.userId, session.started);
    return { ...session, size: 0, parts: 0 };
  }

  /** Adds a fragment at the end; returns the session with its new size. */
  append(session: UploadSession, bytes: Buffer): UploadSession {
    let parts = session.parts;
    const insert = this.sql.get('INSERT INTO upload_parts (upload_id, position, data) VALUES (?, ?, ?)');
    for (let start = 0; start < bytes.length; start += PART_BYTES) {
      insert.run(session.uploadId, parts++, bytes.subarray(start, start + PART_BYTES));
    }
    const size = session.size + bytes.length;
    this.sql
      .get('UPDATE upload_sessions SET size = ?, parts = ? WHERE upload_id = ?')
      .run(size, parts, session.uploadId);
    return { ...session, size, parts };
  }

  /** The fragments in order, one part read at a time. */
  *parts(session: UploadSession): Generator<Buffer> {
    const read = this.sql.get('SELECT data FROM upload_parts WHERE upload_id = ? AND position = ?');
    for (let position = 0; position < session.parts; position++) {
      const row = read.get(session.uploadId, position) as { data: Buffer } | undefined;
      if (row) yield row.data;
    }
  }

  delete(uploadId: string): void {
    this.sql.get('DELETE FROM upload_sessions WHERE upload_id = ?').run(uploadId);
  }
}
