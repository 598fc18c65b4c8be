import type { Me } from '@kvalita/core';

/** Campaigns, checklists, the schedule and review: the quality manager's. */
export const managesMystery = (me: Me) => me.roles.includes('qualityManager');

/** Who reads released results: the quality manager, the director, heads of department. */
export const readsMysteryResults = (me: Me) =>
  me.roles.some((role) => role === 'qualityManager' || role === 'director' || role === 'headOfDepartment');
