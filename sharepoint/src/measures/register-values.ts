import {
  normalizeEmail,
  type MeasureDraft,
  type MeasureStateChange,
  type MeasureStepDraft,
  type NewMeasureUpdate,
} from '@kvalita/core';
import { toSharePointDate } from '../platform/dates';
import type { StoredDepartment } from '../platform/directory/departments';
import type { ItemChangesOf, NewItemOf } from '../platform/schema/items';
import type { measureUpdatesList } from './lists/measure-updates';
import type { measuresList } from './lists/measures';
import { UnknownDepartmentError } from '../platform/directory/unknown-department';
import { userOf, type SiteUser } from './measure-people';
import { measureKinds, measureStatuses } from './measures';
import {
  causeCategories,
  effectiveness,
  measureOrigins,
  measurePhases,
  measurePriorities,
  updateKinds,
  updatePhases,
  updateStatuses,
  type StoredStep,
} from './register-rows';

type MeasureValues = ItemChangesOf<typeof measuresList>;

const dateValue = (isoDate: string | null) => (isoDate === null ? null : toSharePointDate(isoDate));

/** Every e-mail a draft names (owner, co-owners, step owners), to ensure in one $batch. */
export function draftEmails(draft: MeasureDraft): (string | null)[] {
  return [draft.ownerEmail, ...draft.coOwnerEmails, ...draft.steps.map((step) => step.ownerEmail)];
}

/**
 * Steps with stable keys: a step that has one keeps it, a new one (key null) gets the next free
 * "sN". `previous` are the stored steps, so a key is never given twice within a measure.
 */
export function keyedSteps(
  steps: readonly MeasureStepDraft[],
  users: ReadonlyMap<string, SiteUser>,
  previous: readonly StoredStep[] = [],
): StoredStep[] {
  const taken = new Set([...previous.map((step) => step.key), ...steps.flatMap((step) => step.key ?? [])]);
  let next = 1;
  return steps.map((step) => {
    let key = step.key;
    if (key === null) {
      while (taken.has(`s${next}`)) next += 1;
      key = `s${next}`;
      taken.add(key);
    }
    const owner = step.ownerEmail === null ? null : userOf(users, step.ownerEmail);
    return {
      key,
      title: step.title,
      ownerEmail: step.ownerEmail === null ? null : normalizeEmail(step.ownerEmail),
      ownerName: owner?.Title ?? null,
      dueDate: step.dueDate,
      done: step.done,
    };
  });
}

/** The columns a draft sets (create and edit). `ownerEmail` null means the creator. */
export function draftValues(
  draft: MeasureDraft,
  steps: readonly StoredStep[],
  users: ReadonlyMap<string, SiteUser>,
  departments: readonly StoredDepartment[],
  fallbackOwnerEmail: string,
): MeasureValues & { readonly Kind: string } {
  let departmentId: number | null = null;
  if (draft.departmentCode !== null) {
    const department = departments.find((candidate) => candidate.code === draft.departmentCode);
    if (!department) throw new UnknownDepartmentError(draft.departmentCode);
    departmentId = department.itemId;
  }
  const source = draft.source;
  return {
    Title: draft.title,
    Kind: measureKinds.label(draft.kind),
    Origin: measureOrigins.label(source.origin),
    CycleId: source.cycleId,
    Subcriterion: source.subcriterionCode,
    SourceKey: source.sourceKey,
    SourceUrl: source.sourceUrl,
    DepartmentId: departmentId,
    OwnerId: userOf(users, draft.ownerEmail ?? fallbackOwnerEmail).Id,
    CoOwnersId: [...new Set(draft.coOwnerEmails.map((email) => userOf(users, email).Id))],
    Priority: measurePriorities.label(draft.priority),
    Deadline: dateValue(draft.deadline),
    Description: draft.problem,
    RootCauseWhys: JSON.stringify(draft.rootCause.whys),
    CauseCategories: draft.rootCause.categories.map((category) => causeCategories.label(category)),
    Steps: JSON.stringify(steps),
    ExpectedResult: draft.expectedResult,
    EffectivenessCriterion: draft.effectivenessCriterion,
    CheckDate: dateValue(draft.checkDate),
    BudgetCzk: draft.budgetCzk,
    CouncilResolution: draft.councilResolution,
    EvidenceLinks: JSON.stringify(draft.evidenceLinks),
  };
}

/** A new measure: proposed, in Plan, nothing done yet. */
export function newMeasureValues(
  draftColumns: MeasureValues & { readonly Kind: string },
  raisedBy: SiteUser,
): NewItemOf<typeof measuresList> {
  return {
    ...draftColumns,
    Status: measureStatuses.label('proposed'),
    Phase: measurePhases.label('plan'),
    Progress: 0,
    ReopenedCount: 0,
    Effective: null,
    CancelReason: null,
    CompletedOn: null,
    RaisedById: raisedBy.Id,
  };
}

/** The columns a change of state sets; `steps` when its done flags changed. */
export function stateValues(state: MeasureStateChange, steps: readonly StoredStep[] | null): MeasureValues {
  const values: MeasureValues = {};
  if (state.status !== undefined) values.Status = measureStatuses.label(state.status);
  if (state.phase !== undefined) values.Phase = measurePhases.label(state.phase);
  if (state.progress !== undefined) values.Progress = state.progress;
  if (state.effective !== undefined)
    values.Effective =
      state.effective === null ? null : effectiveness.label(state.effective ? 'effective' : 'notEffective');
  if (state.reopenedCount !== undefined) values.ReopenedCount = state.reopenedCount;
  if (state.cancelReason !== undefined) values.CancelReason = state.cancelReason;
  if (state.closedOn !== undefined) values.CompletedOn = dateValue(state.closedOn);
  if (state.deadline !== undefined) values.Deadline = dateValue(state.deadline);
  if (steps !== null) values.Steps = JSON.stringify(steps);
  return values;
}

/** Steps with the done flags of a progress report applied (unknown keys are ignored). */
export function withStepsDone(
  steps: readonly StoredStep[],
  stepsDone: readonly { readonly key: string; readonly done: boolean }[],
): StoredStep[] {
  const done = new Map(stepsDone.map((step) => [step.key, step.done]));
  return steps.map((step) => (done.has(step.key) ? { ...step, done: done.get(step.key) === true } : step));
}

/** An entry of the history: its Title is the kind's label, so the list reads well in SharePoint. */
export function updateValues(
  measureId: number,
  update: NewMeasureUpdate,
  by: SiteUser,
  today: string,
): NewItemOf<typeof measureUpdatesList> {
  return {
    Title: updateKinds.label(update.kind),
    MeasureId: measureId,
    UpdateKind: updateKinds.label(update.kind),
    Phase: updatePhases.label(update.phase),
    UpdateDate: toSharePointDate(today),
    StatusAfter: updateStatuses.label(update.statusAfter),
    Progress: update.progress,
    Details: update.note,
    UpdatedById: by.Id,
  };
}
