import type { DocumentFileType } from '@kvalita/core';
import type { DocumentUpload } from '../api/document.types';

export interface FileUploadProps {
  /** The document's file type, chosen at creation: every upload must be of it. */
  readonly fileType: DocumentFileType;
  /** Sends the file (the page adds the shown etag and says how it went). */
  readonly onUpload: (upload: Omit<DocumentUpload, 'etag'>) => Promise<void>;
}
