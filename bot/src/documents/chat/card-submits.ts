import { DOCUMENT_LIMITS } from '@kvalita/core';
import { z } from 'zod';
import { COMMENT_INPUT } from '../cards/document-card-verbs';

/*
 * What the document cards send back, parsed at the edge. Teams passes a card's data as it was
 * built (numbers stay numbers), but a forwarded, replayed or hand-made invoke may carry anything:
 * a document id as a string, a version that is no version label, a comment that is no text.
 */

const documentId = z.union([
  z
    .number()
    .int()
    .positive()
    .max(2 ** 31),
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
]);
/** "2.0", "1.3": SharePoint's major.minor labels. */
const versionLabel = z.string().regex(/^\d{1,5}\.\d{1,5}$/);

export const documentCardDataSchema = z.object({ documentId, versionLabel });
export type DocumentCardData = z.infer<typeof documentCardDataSchema>;

/** The comment box's text: an untouched box sends nothing at all. */
const commentSchema = z.object({ [COMMENT_INPUT]: z.string().optional() });

export function parseCardData(data: Readonly<Record<string, unknown>>): DocumentCardData | null {
  const parsed = documentCardDataSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** The comment as typed (trimmed), or why it cannot be stored: empty, too long or not a text. */
export function parseComment(
  data: Readonly<Record<string, unknown>>,
): { readonly text: string } | { readonly problem: 'empty'; readonly typed: string } {
  const parsed = commentSchema.safeParse(data);
  const typed = parsed.success ? (parsed.data[COMMENT_INPUT] ?? '') : '';
  const text = typed.trim();
  if (text === '' || text.length > DOCUMENT_LIMITS.comment) return { problem: 'empty', typed };
  return { text };
}
