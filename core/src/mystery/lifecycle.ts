import type {
  CampaignAction,
  CampaignStatus,
  EvaluationAction,
  EvaluationStatus,
  MysteryActor,
} from './contract';
import { isAssignedEvaluator, mayManageMystery, mysteryResultsScope } from './permissions';

/*
 * A campaign:   preparation ─start─▶ running ─close─▶ closed
 * A sheet:      planned ─record─▶ draft ─submit─▶ submitted ─review─▶ reviewed ─release─▶ released ─lock─▶ locked
 *                                  ▲                  │ return            │ return
 *                                  └── returned ◀─────┴───────────────────┘
 *               submitted, reviewed, released ─exclude─▶ excluded (kept, out of results, with a reason)
 *
 * The evaluator records and submits while the campaign runs; the quality manager reviews every
 * sheet before it counts (SASSIE's completed → reviewed → released → locked). Closing the campaign
 * locks what was released; sheets not released by then stay out of its results.
 */

/** Where each moving action leads. */
export const EVALUATION_MOVES: Readonly<
  Record<Exclude<EvaluationAction, 'cancel' | 'reschedule'>, EvaluationStatus>
> = {
  record: 'draft',
  submit: 'submitted',
  return: 'returned',
  review: 'reviewed',
  release: 'released',
  lock: 'locked',
  exclude: 'excluded',
};

/** The statuses each action starts from. */
const FROM: Readonly<Record<EvaluationAction, readonly EvaluationStatus[]>> = {
  record: ['planned', 'draft', 'returned'],
  submit: ['planned', 'draft', 'returned'],
  return: ['submitted', 'reviewed'],
  review: ['submitted'],
  release: ['reviewed'],
  lock: ['released'],
  exclude: ['submitted', 'reviewed', 'released'],
  reschedule: ['planned'],
  cancel: ['planned'],
};

const EVALUATOR_ACTIONS: readonly EvaluationAction[] = ['record', 'submit'];
const MANAGER_ACTIONS: readonly EvaluationAction[] = [
  'return',
  'review',
  'release',
  'lock',
  'exclude',
  'reschedule',
  'cancel',
];

/** What the person may do to a sheet now. */
export function allowedEvaluationActions(
  evaluation: { readonly status: EvaluationStatus; readonly evaluatorEmail: string },
  campaign: { readonly status: CampaignStatus },
  actor: MysteryActor,
): EvaluationAction[] {
  if (campaign.status !== 'running') return [];
  const actions: EvaluationAction[] = [];
  if (isAssignedEvaluator(evaluation, actor)) actions.push(...EVALUATOR_ACTIONS);
  if (mayManageMystery(actor)) actions.push(...MANAGER_ACTIONS);
  return actions.filter((action) => FROM[action].includes(evaluation.status));
}

/** Whether the action may start from the status at all (whoever asks). */
export const actionStartsFrom = (action: EvaluationAction, status: EvaluationStatus) =>
  FROM[action].includes(status);

/** Return and exclude need a comment the evaluator (or the record) can read. */
export const needsComment = (action: EvaluationAction) => action === 'return' || action === 'exclude';

/** The campaign actions the person may take now. */
export function allowedCampaignActions(
  campaign: { readonly status: CampaignStatus },
  actor: MysteryActor,
): CampaignAction[] {
  const actions: CampaignAction[] = [];
  const manager = mayManageMystery(actor);
  if (manager) {
    if (campaign.status === 'preparation') actions.push('edit', 'start', 'plan');
    if (campaign.status === 'running') actions.push('plan', 'review', 'close');
    actions.push('findings');
  }
  if (mysteryResultsScope(actor) !== null && campaign.status !== 'preparation') actions.push('results');
  return actions;
}

/** Sheets whose data the evaluator has put in (a planned one is only a plan). */
export const isRecorded = (status: EvaluationStatus) => status !== 'planned';
