import { z } from 'zod';
import { ETAG_MAX_LENGTH, isWellFormedEtag } from './etag';

/**
 * The etag of every write's body or query (`etag.ts` says what passes and why). A malformed one is
 * a 400 before any storage is touched; a well-formed one of another version is the storage's 409.
 */
export const etagSchema = z
  .string({ error: 'etag is required: the one the item was read with' })
  .max(ETAG_MAX_LENGTH, `etag must be at most ${ETAG_MAX_LENGTH} characters`)
  .refine(isWellFormedEtag, 'etag must be the item’s ETag as it was read, e.g. "3"');
