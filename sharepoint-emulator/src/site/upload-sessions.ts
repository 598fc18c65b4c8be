import { createHash } from 'node:crypto';
import { spErrors } from '../errors';
import type { FileRecord } from '../model/files';
import type { BlobStore } from '../store/blob-store';
import type { Db } from '../store/database';
import type { UploadSession, UploadStore } from '../store/upload-store';
import type { FileActor, FileService } from './files';

/**
 * Chunked upload, SP.File.StartUpload / ContinueUpload / FinishUpload / CancelUpload as PnPjs's
 * `setContentChunked` and `addChunked` call them. Fragments wait in SQLite, apart from the file:
 * until FinishUpload nothing visible changes (the current version and its content stay), and
 * FinishUpload makes the whole content the file's next version in one transaction. Each call
 * returns the bytes received so far, the offset the next fragment must give.
 */
export class UploadSessions {
  constructor(
    private readonly db: Db,
    private readonly store: UploadStore,
    private readonly blobs: BlobStore,
    private readonly files: FileService,
    private readonly now: () => string,
  ) {}

  /** Idempotent for the same upload id: a repeated start answers the offset already reached. */
  start(file: FileRecord, uploadId: string, fragment: Buffer, actor: FileActor): number {
    return this.db.transaction(() => {
      const existing = this.store.get(uploadId);
      if (existing) return this.ofFile(existing, file).size;
      this.files.assertMayChangeContent(file, actor);
      this.files.checkSize(fragment.length);
      const session = this.store.start({
        uploadId,
        listId: file.listId,
        itemId: file.itemId,
        userId: actor.user.id,
        started: this.now(),
      });
      return this.store.append(session, fragment).size;
    })();
  }

  continue(file: FileRecord, uploadId: string, offset: number, fragment: Buffer): number {
    return this.db.transaction(() => this.append(file, uploadId, offset, fragment).size)();
  }

  finish(file: FileRecord, uploadId: string, offset: number, fragment: Buffer, actor: FileActor): FileRecord {
    // One transaction: a refused commit (the file checked out meanwhile) keeps the session as it was.
    const committed = this.db.transaction(() => {
      const session = this.append(file, uploadId, offset, fragment);
      // The parts are hashed one at a time, never the whole content at once.
      const hash = createHash('sha256');
      for (const part of this.store.parts(session)) hash.update(part);
      const contentHash = hash.digest('hex');
      this.blobs.adoptUpload(session, contentHash);
      this.store.delete(uploadId);
      return this.files.commitContent(file, contentHash, session.size, actor);
    })();
    this.files.prune();
    return committed;
  }

  cancel(file: FileRecord, uploadId: string): void {
    this.db.transaction(() => {
      const session = this.store.get(uploadId);
      if (!session) throw spErrors.uploadSessionNotFound();
      this.ofFile(session, file);
      this.store.delete(uploadId);
    })();
  }

  private append(file: FileRecord, uploadId: string, offset: number, fragment: Buffer): UploadSession {
    const session = this.store.get(uploadId);
    if (!session) throw spErrors.uploadSessionNotFound();
    this.ofFile(session, file);
    if (offset !== session.size) throw spErrors.uploadOffsetMismatch(offset, session.size);
    this.files.checkSize(session.size + fragment.length);
    return this.store.append(session, fragment);
  }

  /** An upload id belongs to the file it was started on. */
  private ofFile(session: UploadSession, file: FileRecord): UploadSession {
    if (session.listId !== file.listId || session.itemId !== file.itemId)
      throw spErrors.uploadSessionNotFound();
    return session;
  }
}
