import { DOCUMENT_LIMITS } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import { CheckinType, type IFile, type IFileInfo } from '@pnp/sp/files';
import '../platform/pnp-imports';
import { UploadLengthError } from './document-errors';

/*
 * What the documents repository does to a library file besides reading it. Metadata is written
 * under a check-out and checked in over the same version (an overwrite check-in), so a change of a
 * review date or a status never adds a version: versions are the files people wrote (drafts) and
 * approved (major versions).
 */

export const fileAt = (sp: SPFI, serverRelativeUrl: string): IFile =>
  sp.web.getFileByServerRelativePath(serverRelativeUrl);

/**
 * Runs `write` while the file is checked out to the app, then checks it in without a new version.
 * When `write` fails the check-out is undone (the item's values return to how they were). A file
 * already checked out fails the check-out (SharePoint refuses a second one): nothing is written.
 */
export async function underCheckout<T>(
  file: IFile,
  write: () => Promise<T>,
  checkin: (file: IFile) => Promise<void> = overwriteCheckin,
): Promise<T> {
  await file.checkout();
  let result: T;
  try {
    result = await write();
  } catch (error) {
    await file.undoCheckout().catch(() => undefined);
    throw error;
  }
  await checkin(file);
  return result;
}

export const overwriteCheckin = (file: IFile): Promise<void> => file.checkin('', CheckinType.Overwrite);

/** What a chunked upload reports, with SharePoint's answer (the new version's label). */
export interface UploadedFile {
  readonly label: string;
  readonly bytes: number;
}

/**
 * Streams `content` into the file's next version with SharePoint's chunked upload (startUpload,
 * continueUpload, finishUpload in `chunkBytes` pieces; PnPjs's setContentChunked). Exactly
 * `declared` bytes must arrive: fewer or more fail with UploadLengthError before the last chunk is
 * sent. However the upload fails, the session is cancelled (cancelUpload), so SharePoint keeps the
 * previous version and its content as they were.
 */
export async function uploadChunked(
  file: IFile,
  content: AsyncIterable<Uint8Array>,
  declared: number,
  chunkBytes: number = DOCUMENT_LIMITS.uploadChunkBytes,
): Promise<UploadedFile> {
  let uploadId: string | null = null;
  let received = 0;
  const iterator = content[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) {
          if (received !== declared) throw new UploadLengthError(declared, received);
          controller.close();
          return;
        }
        received += next.value.byteLength;
        if (received > declared) throw new UploadLengthError(declared, received);
        controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  try {
    const info: IFileInfo = await file.setContentChunked(stream, {
      chunkSize: chunkBytes,
      progress: (data) => {
        uploadId = data.uploadId;
      },
    });
    return { label: info.UIVersionLabel, bytes: Number(info.Length) };
  } catch (error) {
    if (uploadId !== null) await file.cancelUpload(uploadId).catch(() => undefined);
    throw error;
  }
}

/** A readable stream as the bytes of a download, chunk by chunk. */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    reader.releaseLock();
  }
}
