import { safeText } from '@kvalita/core';
import type { RichTextBlock, TextRun } from './adaptive-card.types';

/**
 * Text someone typed (a survey's title, a question, a person's comment), shown literally.
 *
 * A TextBlock is read as markdown, and Teams clients disagree on backslash escapes, so escaping
 * is not reliable there. A TextRun inside a RichTextBlock is never read as markdown (Adaptive
 * Cards schema) and no Teams client renders HTML in cards: "**x**", "<script>" and
 * "[a](javascript:…)" appear as typed. Besides what `safeText` removes from every card (controls,
 * bidirectional overrides, characters XML cannot hold), a run loses tabs, zero-width characters
 * and Unicode line separators, so a text cannot hide or reorder what follows it.
 */
export function plainText(text: string): string {
  return safeText(text.replace(/\r\n?/g, '\n')).replace(/[\t\u200B-\u200D\u2028\u2029\uFEFF]/g, '');
}

export function plainBlock(
  text: string,
  style: Omit<TextRun, 'type' | 'text'> = {},
  spacing?: RichTextBlock['spacing'],
): RichTextBlock {
  return {
    type: 'RichTextBlock',
    inlines: [{ type: 'TextRun', text: plainText(text), ...style }],
    ...(spacing ? { spacing } : {}),
  };
}
