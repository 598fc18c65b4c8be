import {
  DOCUMENT_FILE_TYPES,
  DOCUMENT_LIMITS,
  DocumentFileError,
  type DocumentFileType,
} from '@kvalita/core';

/*
 * A file upload as it arrives: its declared length and type are checked before a byte is read,
 * and its bytes are counted as they pass to storage (never held), so a body that ends early (the
 * connection broke) or runs past its declared length fails the upload and storage keeps nothing.
 */

/** What the route hands over of PUT …/file. */
export interface IncomingUpload {
  readonly name: string;
  readonly etag: string;
  /** The Content-Type header (parameters aside); undefined when none was sent. */
  readonly contentType: string | undefined;
  /** The Content-Length header; null when none was sent (chunked): refused, storage needs the length. */
  readonly declaredBytes: number | null;
  readonly content: AsyncIterable<Uint8Array>;
}

const TYPES = Object.keys(DOCUMENT_FILE_TYPES) as DocumentFileType[];

/** The file type a name's extension says (case aside), or null. */
export function fileTypeOfName(name: string): DocumentFileType | null {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return name.includes('.') ? (TYPES.find((type) => type === extension) ?? null) : null;
}

/**
 * The upload's type, checked against the document's: the name's extension decides, and the
 * Content-Type must agree with it (browsers send application/octet-stream for a type they do not
 * know, which is accepted).
 */
export function checkedUploadType(upload: IncomingUpload, expected: DocumentFileType): DocumentFileType {
  const type = fileTypeOfName(upload.name);
  if (type === null)
    throw new DocumentFileError('wrongType', `name: ${upload.name} is not a .docx, .pdf or .xlsx file`);
  const contentType = upload.contentType?.split(';')[0]?.trim().toLowerCase();
  if (
    contentType !== undefined &&
    contentType !== 'application/octet-stream' &&
    contentType !== DOCUMENT_FILE_TYPES[type]
  )
    throw new DocumentFileError('wrongType', `Content-Type ${contentType} is not that of a .${type} file`);
  if (type !== expected)
    throw new DocumentFileError('wrongType', `the document is a .${expected} file; this one is a .${type}`);
  return type;
}

/** The declared length: required, not empty, within SharePoint's limit. */
export function checkedLength(declared: number | null): number {
  if (declared === null || !Number.isSafeInteger(declared) || declared < 0)
    throw new DocumentFileError('lengthRequired', 'Content-Length is required');
  if (declared === 0) throw new DocumentFileError('empty', 'the file has no bytes');
  if (declared > DOCUMENT_LIMITS.fileBytes)
    throw new DocumentFileError('tooLarge', `at most ${DOCUMENT_LIMITS.fileBytes} bytes`);
  return declared;
}

/** The bytes as they pass, failing the moment they run past `declared` or end short of it. */
export async function* countedBytes(
  content: AsyncIterable<Uint8Array>,
  declared: number,
): AsyncIterable<Uint8Array> {
  let seen = 0;
  try {
    for await (const chunk of content) {
      seen += chunk.byteLength;
      if (seen > declared)
        throw new DocumentFileError('incomplete', `more than the declared ${declared} bytes arrived`);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof DocumentFileError) throw error;
    // The request stream failed (the client went away): nothing is stored.
    throw new DocumentFileError('incomplete', `the upload broke off after ${seen} of ${declared} bytes`);
  }
  if (seen < declared)
    throw new DocumentFileError('incomplete', `the upload ended after ${seen} of ${declared} bytes`);
}
