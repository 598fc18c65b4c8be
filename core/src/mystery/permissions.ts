import { normalizeEmail } from '../platform/directory';
import type { Campaign, MysteryActor } from './contract';

/*
 * Mystery shopping's role matrix. The quality manager runs campaigns, checklists, the schedule and
 * the review. An evaluator (the mysteryEvaluator role, or staff of another department named in a
 * campaign) sees only the sheets assigned to them. Results count once released: the director reads
 * every department's, a head of department their own, and each their action plan. Nobody else sees
 * a campaign at all — the staff visited must not learn the schedule.
 */

export const MYSTERY_REFUSALS = ['notQualityManager', 'notEvaluator', 'notResultsReader'] as const;
export type MysteryRefusal = (typeof MYSTERY_REFUSALS)[number];

const same = (a: string, b: string) => normalizeEmail(a) === normalizeEmail(b);

/** Campaigns, checklists, the schedule, review and findings. */
export const mayManageMystery = (actor: MysteryActor) => actor.roles.includes('qualityManager');

/** Whether the campaign names the person as one of its evaluators. */
export const isCampaignEvaluator = (campaign: Pick<Campaign, 'evaluatorEmails'>, email: string) =>
  campaign.evaluatorEmails.some((evaluator) => same(evaluator, email));

/** Whose sheet it is: the evaluator assigned to it. */
export const isAssignedEvaluator = (evaluation: { readonly evaluatorEmail: string }, actor: MysteryActor) =>
  same(evaluation.evaluatorEmail, actor.email);

/**
 * Whose released results the person reads: 'office' (quality manager, director), the departments
 * they head, or none.
 */
export function mysteryResultsScope(actor: MysteryActor): 'office' | readonly string[] | null {
  if (mayManageMystery(actor) || actor.roles.includes('director')) return 'office';
  if (actor.roles.includes('headOfDepartment') && actor.departmentCodes.length > 0)
    return actor.departmentCodes;
  return null;
}

/** Whether a results scope covers a department (null department: the whole office). */
export function scopeCovers(
  scope: 'office' | readonly string[] | null,
  departmentCode: string | null,
): boolean {
  if (scope === null) return false;
  if (scope === 'office') return true;
  return departmentCode !== null && scope.includes(departmentCode);
}
