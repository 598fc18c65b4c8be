import { DOCUMENT_FILE_TYPES, DOCUMENT_LIMITS, type DocumentFileType, type MessageKey } from '@kvalita/core';

/** Why a chosen file cannot go, as a catalogue key and its values; null = it may go. */
export interface UploadRefusal {
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, string | number>>;
}

const TYPES = Object.keys(DOCUMENT_FILE_TYPES) as DocumentFileType[];

/** The type a file name's extension says, or null for any other. */
export function fileTypeOfName(name: string): DocumentFileType | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return TYPES.find((type) => type === extension) ?? null;
}

/**
 * Checks a chosen file before a byte is sent: the document's own type (chosen at creation) by
 * the extension and, where the browser names one, the media type; emptiness, SharePoint's size
 * limit and the name's length.
 */
export function checkUpload(
  file: Pick<File, 'name' | 'size' | 'type'>,
  expected: DocumentFileType,
): UploadRefusal | null {
  const type = fileTypeOfName(file.name);
  // Browsers name no media type for some files (or a generic one): the extension decides then.
  const mediaMatches =
    file.type === '' ||
    file.type === 'application/octet-stream' ||
    file.type === DOCUMENT_FILE_TYPES[expected];
  if (type !== expected || !mediaMatches)
    return { key: 'tab.documents.upload.wrongType', values: { name: file.name, type: expected } };
  if (file.name.length > DOCUMENT_LIMITS.fileName)
    return { key: 'tab.documents.upload.nameTooLong', values: { max: DOCUMENT_LIMITS.fileName } };
  if (file.size === 0) return { key: 'tab.documents.upload.empty', values: { name: file.name } };
  if (file.size > DOCUMENT_LIMITS.fileBytes)
    return { key: 'tab.documents.upload.tooLarge', values: { name: file.name } };
  return null;
}
