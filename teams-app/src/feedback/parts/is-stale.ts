import { isApiError } from '../../platform/api/api-error';

/**
 * Someone changed the item since it was read: the service's 409 with its "stale" sentence, or
 * SharePoint's 412. Other conflicts are rules ("not possible in this phase") with their own sentence.
 */
export function isStale(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.status === 412) return true;
  return error.code === 'conflict' && (error.reason === null || error.reason.key === 'error.stale');
}
