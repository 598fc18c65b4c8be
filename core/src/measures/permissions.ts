import {
  MEASURE_ACTIONS,
  type MeasureAction,
  type MeasureActor,
  type MeasureParties,
  type MeasureSettings,
} from './contract';
import { lifecycleAllows } from './lifecycle';

/*
 * The measures register's one role matrix (docs/api-measures.md), enforced by the service and shown
 * by the tab and the web parts only through a reply's `allowed`:
 *
 * | who                                   | may                                                        |
 * |---------------------------------------|------------------------------------------------------------|
 * | quality manager                       | everything, in every department                            |
 * | director                              | read all, approve, cancel (top management stops a measure) |
 * | head of the measure's department      | create in their departments (they own it), edit, start,    |
 * | (with its sections) or its owner head | report progress, ask for the effectiveness check, withdraw |
 * |                                       | their own proposal (cancel while proposed)                 |
 * | owner, co-owners                      | report progress; the owner also asks for the check         |
 * | everyone else                         | read (unless the office hides other departments' measures) |
 *
 * Approving and checking effectiveness stay with others than who runs the measure: the one who
 * proposed it does not approve it, the one who did it does not verify it worked.
 */

/** Why the role matrix refuses; each has its sentence `measures.refused.<reason>`. */
export const MEASURE_REFUSALS = [
  'hidden',
  'createRole',
  'createDepartment',
  'ownerByQualityManager',
  'approveRole',
  'runRole',
  'progressRole',
  'checkRole',
  'cancelRole',
] as const;
export type MeasureRefusal = (typeof MEASURE_REFUSALS)[number];

const isQualityManager = (actor: MeasureActor) => actor.roles.includes('qualityManager');
const isDirector = (actor: MeasureActor) => actor.roles.includes('director');
const isHead = (actor: MeasureActor) => actor.roles.includes('headOfDepartment');
const same = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

const isOwner = (actor: MeasureActor, parties: MeasureParties) => same(parties.ownerEmail, actor.email);
const isCoOwner = (actor: MeasureActor, parties: MeasureParties) =>
  parties.coOwnerEmails.some((email) => same(email, actor.email));
const ofOwnDepartment = (actor: MeasureActor, departmentCode: string | null) =>
  departmentCode !== null && actor.departmentCodes.includes(departmentCode);

/** The head who runs the measure: of its department (or a section of theirs), or its owner. */
function runs(actor: MeasureActor, parties: MeasureParties): boolean {
  return isHead(actor) && (ofOwnDepartment(actor, parties.departmentCode) || isOwner(actor, parties));
}

/** Whether the person sees the measure at all (in the register and its detail). */
export function mayReadMeasure(
  actor: MeasureActor,
  parties: MeasureParties,
  settings: MeasureSettings,
): boolean {
  return readRefusal(actor, parties, settings) === null;
}

export function readRefusal(
  actor: MeasureActor,
  parties: MeasureParties,
  settings: MeasureSettings,
): MeasureRefusal | null {
  if (!settings.hideOtherDepartments || isQualityManager(actor) || isDirector(actor)) return null;
  if (ofOwnDepartment(actor, parties.departmentCode) || isOwner(actor, parties) || isCoOwner(actor, parties))
    return null;
  return 'hidden';
}

/** The departments the person may create measures for: the quality manager's are all (and none). */
export function creatableDepartments(actor: MeasureActor): readonly string[] | 'all' {
  if (isQualityManager(actor)) return 'all';
  return isHead(actor) ? actor.departmentCodes : [];
}

/**
 * Why the person may not create a measure for this department (null: they may). `ownerEmail` is
 * the draft's: only the quality manager hands a new measure to someone else than its creator.
 */
export function createRefusal(
  actor: MeasureActor,
  departmentCode: string | null,
  ownerEmail: string | null,
): MeasureRefusal | null {
  if (isQualityManager(actor)) return null;
  if (!isHead(actor)) return 'createRole';
  if (!ofOwnDepartment(actor, departmentCode)) return 'createDepartment';
  if (ownerEmail !== null && !same(ownerEmail, actor.email)) return 'ownerByQualityManager';
  return null;
}

export function mayCreateMeasure(actor: MeasureActor, departmentCode: string | null): boolean {
  return createRefusal(actor, departmentCode, null) === null;
}

/** Why the role matrix refuses the action on this measure (the lifecycle aside); null: allowed. */
export function actionRefusal(
  actor: MeasureActor,
  parties: MeasureParties,
  settings: MeasureSettings,
  action: MeasureAction,
): MeasureRefusal | null {
  const hidden = readRefusal(actor, parties, settings);
  if (hidden) return hidden;
  if (isQualityManager(actor)) return null;
  switch (action) {
    case 'approve':
      return isDirector(actor) ? null : 'approveRole';
    case 'checkEffectiveness':
      return 'checkRole';
    case 'cancel':
      if (isDirector(actor)) return null;
      return runs(actor, parties) && parties.status === 'proposed' ? null : 'cancelRole';
    case 'reportProgress':
      return runs(actor, parties) || isOwner(actor, parties) || isCoOwner(actor, parties)
        ? null
        : 'progressRole';
    case 'requestCheck':
      return runs(actor, parties) || isOwner(actor, parties) ? null : 'runRole';
    case 'edit':
    case 'start':
      return runs(actor, parties) ? null : 'runRole';
  }
}

/**
 * What the person may do to the measure now: what the role matrix allows them and the lifecycle
 * allows in its status, in MEASURE_ACTIONS order (the reply's `allowed`).
 */
export function allowedMeasureActions(
  actor: MeasureActor,
  parties: MeasureParties,
  settings: MeasureSettings,
): MeasureAction[] {
  return MEASURE_ACTIONS.filter(
    (action) =>
      lifecycleAllows(parties.status, action) && actionRefusal(actor, parties, settings, action) === null,
  );
}
