import { DOCUMENT_FILE_TYPES, type DocumentFileType } from '@kvalita/core';

import type { DocumentsApi } from '../documents-api/documents-api';

/** The name to save under: with the extension of the file's type when the name has none of its own. */
export function downloadName(fileName: string, contentType: string): string {
  const types = Object.keys(DOCUMENT_FILE_TYPES) as DocumentFileType[];
  if (types.some((type) => fileName.toLowerCase().endsWith(`.${type}`))) return fileName;
  const type = types.filter((candidate) => contentType.split(';')[0]?.trim() === DOCUMENT_FILE_TYPES[candidate])[0];
  return type === undefined ? fileName : `${fileName}.${type}`;
}

/**
 * Opens a version's file: the service sends it with the signed-in person's rights (a plain link to
 * the API would carry no Entra token), the browser then saves or shows it under its own name.
 */
export async function openVersionFile(api: DocumentsApi, contentUrl: string, fileName: string): Promise<void> {
  const blob = await api.downloadFile(contentUrl);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(fileName, blob.type);
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has handed the file to the browser; the address is not needed any longer.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
