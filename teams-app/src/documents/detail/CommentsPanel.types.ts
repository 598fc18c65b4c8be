import type { DocumentComment } from '@kvalita/core';

export interface CommentsPanelProps {
  readonly comments: readonly DocumentComment[];
  /** The draft a new comment is about; null = no comment box (not allowed, or no draft). */
  readonly draftLabel: string | null;
  /** Sends a comment; resolves true when it went through (the box empties). */
  readonly onSend: (text: string) => Promise<boolean>;
}
