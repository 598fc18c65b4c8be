import {
  DOCUMENT_FILE_TYPES,
  DOCUMENT_LIMITS,
  type DocumentDetailReply,
  type DocumentFileType,
  type MessageKey,
} from '@kvalita/core';

/** Why a chosen file cannot go, as a catalogue key and its values; null = it may go. */
export interface UploadRefusal {
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string | number>>;
}

const TYPES = Object.keys(DOCUMENT_FILE_TYPES) as DocumentFileType[];

/**
 * The document's file type, from any file it already has. A document created a moment ago has
 * none yet: then any of the three types may be chosen, and the service (which keeps the type
 * chosen at creation) refuses a different one with its own sentence.
 */
export function documentFileType(reply: DocumentDetailReply): DocumentFileType | null {
  return (
    reply.document.revision?.file?.type ??
    reply.document.effectiveVersion?.file.type ??
    reply.versions[0]?.file.type ??
    null
  );
}

/** The type a file name's extension says, or null for any other. */
export function fileTypeOfName(name: string): DocumentFileType | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return TYPES.find((type) => type === extension) ?? null;
}

/**
 * Checks a chosen file before a byte is sent: the type (by its extension and, where the browser
 * names one, its media type), emptiness, SharePoint's size limit and the name's length.
 */
export function checkUpload(
  file: Pick<File, 'name' | 'size' | 'type'>,
  expected: DocumentFileType | null,
): UploadRefusal | null {
  const type = fileTypeOfName(file.name);
  const typeText = expected ?? TYPES.join(', .');
  const mediaMatches = file.type === '' || (type !== null && file.type === DOCUMENT_FILE_TYPES[type]);
  if (type === null || (expected !== null && type !== expected) || !mediaMatches)
    return { key: 'tab.documents.upload.wrongType', values: { name: file.name, type: typeText } };
  if (file.name.length > DOCUMENT_LIMITS.fileName)
    return { key: 'tab.documents.upload.nameTooLong', values: { max: DOCUMENT_LIMITS.fileName } };
  if (file.size === 0) return { key: 'tab.documents.upload.empty', values: { name: file.name } };
  if (file.size > DOCUMENT_LIMITS.fileBytes)
    return { key: 'tab.documents.upload.tooLarge', values: { name: file.name } };
  return null;
}
