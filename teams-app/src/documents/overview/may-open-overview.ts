import type { Role } from '@kvalita/core';

/**
 * Who is offered the overview: the roles GET /api/documents/overview answers (quality manager,
 * director). The service decides; this only keeps a link away from people it would refuse.
 */
export function mayOpenOverview(roles: readonly Role[]): boolean {
  return roles.includes('qualityManager') || roles.includes('director');
}
