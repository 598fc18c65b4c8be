import type { DocumentFileType } from '@kvalita/core';
import type { DocumentUpload } from '../api/document.types';

export interface FileUploadProps {
  /** The document's file type (null before it has any file: any of the three). */
  readonly fileType: DocumentFileType | null;
  /** Sends the file with the shown etag; resolves with the new draft's label, or throws. */
  readonly onUpload: (upload: Omit<DocumentUpload, 'etag'>) => Promise<void>;
}
