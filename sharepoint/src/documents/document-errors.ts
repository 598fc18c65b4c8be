import type { DocumentFileType } from '@kvalita/core';

/*
 * What storage refuses in a document's file. RangeErrors: the service's withDomainErrors answers
 * them with a clear 400, and nothing has been written.
 */

/** A file of another type than the document's (a .docx methodology stays a .docx). */
export class DocumentFileTypeError extends RangeError {
  override readonly name = 'DocumentFileTypeError';

  constructor(
    readonly expected: DocumentFileType,
    readonly received: string,
  ) {
    super(`The document is a .${expected} file; a .${received} cannot be its next version`);
  }
}

/** The upload brought more or fewer bytes than it declared (Content-Length): the upload is cancelled. */
export class UploadLengthError extends RangeError {
  override readonly name = 'UploadLengthError';

  constructor(
    readonly declared: number,
    readonly received: number,
  ) {
    super(
      `The upload declared ${declared} bytes and brought ${received}${received > declared ? ' or more' : ''}`,
    );
  }
}
