/**
 * Sealing for values a site administrator must not read (architecture rule 7): what SharePoint
 * stores is authenticated ciphertext of a fixed size, so neither the value nor its length can be
 * read from a row, and a row cannot be moved to another place unnoticed. The key is the service's
 * and never reaches SharePoint; the implementation lives with the service (node:crypto), because
 * this package also runs in the browser.
 */
export interface SealedBox {
  /**
   * Seals `plain` padded to exactly `size` bytes of UTF-8, bound to `context` (e.g. the row's
   * wave-and-question key): opening it under another context fails. Throws a RangeError when the
   * text does not fit, rather than storing a length that tells something.
   */
  seal(plain: string, size: number, context: string): string;
  /** The text sealed under this context; throws SealedValueError when it is not one (tampered, other key). */
  open(sealed: string, context: string): string;
}

/** A stored value that does not open with the service's key: changed in SharePoint, or sealed with another key. */
export class SealedValueError extends Error {
  override readonly name = 'SealedValueError';
}
