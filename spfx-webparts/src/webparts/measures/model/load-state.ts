import type { MeasureListing } from '@kvalita/core';

/** Where loading the measures stands; the view shows exactly one of these. */
export type MeasuresLoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly measures: readonly MeasureListing[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The message to show for a failed load. SharePoint's own message (e.g. that the list does not
 * exist on this site yet) tells an administrator what to fix, so it is shown as it came.
 */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) {
    return error.message.trim() || error.name;
  }
  if (typeof error === 'string' && error.trim()) {
    return error.trim();
  }
  return String(error);
}
