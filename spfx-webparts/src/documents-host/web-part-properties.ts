import { DOCUMENT_KINDS, DOCUMENT_LIMITS, type DocumentKind } from '@kvalita/core';

/** The property pane's page size within the API's limits (the default for anything else). */
export function documentsPageSize(value: unknown): number {
  const size = Number(value);
  const { default: fallback, max } = DOCUMENT_LIMITS.pageSize;
  return Number.isInteger(size) && size >= 1 ? Math.min(size, max) : fallback;
}

/** The property's kind, or undefined for "all kinds" (and for a value no longer known). */
export function chosenKind(value: string | undefined): DocumentKind | undefined {
  return (DOCUMENT_KINDS as readonly string[]).indexOf(value ?? '') >= 0 ? (value as DocumentKind) : undefined;
}
