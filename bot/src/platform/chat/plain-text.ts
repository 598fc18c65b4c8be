import type { RichTextBlock, TextRun } from './adaptive-card.types';

/**
 * Text someone typed (a survey's title, a question, a person's comment), shown literally.
 *
 * A TextBlock is read as markdown, and Teams clients disagree on backslash escapes, so escaping
 * is not reliable there. A TextRun inside a RichTextBlock is never read as markdown (Adaptive
 * Cards schema) and no Teams client renders HTML in cards: "**x**", "<script>" and
 * "[a](javascript:…)" appear as typed. Control and bidirectional-override characters are removed
 * so a text cannot reorder or hide what follows it.
 */
export function plainText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Removing control characters is the point of this expression.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g, '')
  );
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
