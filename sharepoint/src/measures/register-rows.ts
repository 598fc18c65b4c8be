import {
  MEASURE_LIMITS,
  ROOT_CAUSE_CATEGORIES,
  normalizeEmail,
  type MeasureStep,
  type MeasureUpdate,
  type PersonRef,
  type RootCauseCategory,
  type StoredMeasure,
  type StoredMeasureSummary,
} from '@kvalita/core';
import { fromSharePointDate } from '../platform/dates';
import type { StoredDepartment } from '../platform/directory/departments';
import type { PersonRead } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn } from '../platform/schema/types';
import { measureUpdatesList } from './lists/measure-updates';
import { measuresList } from './lists/measures';
import { kindOf, statusOf } from './measures';

/*
 * How a measure and its history are read from the KvalitaMeasures and KvalitaMeasureUpdates
 * lists. Values someone typed by hand in SharePoint's list (a label that is no choice, JSON that
 * does not parse) read as the safest value, never as a crash.
 */

export const measureOrigins = choiceColumn(measuresList, 'Origin');
export const measurePriorities = choiceColumn(measuresList, 'Priority');
export const measurePhases = choiceColumn(measuresList, 'Phase');
export const causeCategories = choiceColumn(measuresList, 'CauseCategories');
export const effectiveness = choiceColumn(measuresList, 'Effective');
export const updateKinds = choiceColumn(measureUpdatesList, 'UpdateKind');
export const updatePhases = choiceColumn(measureUpdatesList, 'Phase');
export const updateStatuses = choiceColumn(measureUpdatesList, 'StatusAfter');

/** A register row: what the table, board, tiles and "mine" need, no long texts but the steps. */
export const MEASURE_SUMMARY = selectOf(
  measuresList,
  'Id',
  'Title',
  'Kind',
  'Status',
  'Phase',
  'Priority',
  'Origin',
  'Subcriterion',
  'CycleId',
  'DepartmentId',
  'Owner',
  'CoOwners',
  'Deadline',
  'CheckDate',
  'Progress',
  'Effective',
  'Steps',
  'Modified',
);
export type MeasureSummaryRow = RowOf<typeof MEASURE_SUMMARY>;

/** The whole measure, as its detail page shows it. */
export const MEASURE_DETAIL = selectOf(
  measuresList,
  'Id',
  'Title',
  'Kind',
  'Status',
  'Phase',
  'Priority',
  'Origin',
  'Subcriterion',
  'CycleId',
  'SourceKey',
  'SourceUrl',
  'DepartmentId',
  'Owner',
  'CoOwners',
  'Deadline',
  'Description',
  'CauseCategories',
  'RootCauseWhys',
  'Steps',
  'ExpectedResult',
  'EffectivenessCriterion',
  'CheckDate',
  'BudgetCzk',
  'CouncilResolution',
  'EvidenceLinks',
  'Progress',
  'Effective',
  'ReopenedCount',
  'CancelReason',
  'CompletedOn',
  'RaisedBy',
  'Created',
  'Modified',
);
export type MeasureDetailRow = RowOf<typeof MEASURE_DETAIL>;

export const MEASURE_UPDATE = selectOf(
  measureUpdatesList,
  'Id',
  'UpdateKind',
  'Created',
  'UpdateDate',
  'UpdatedBy',
  'Phase',
  'StatusAfter',
  'Progress',
  'Details',
);
export type MeasureUpdateRow = RowOf<typeof MEASURE_UPDATE>;

/** A step as stored in the Steps column's JSON (its owner's name kept for the list's readers). */
export interface StoredStep {
  readonly key: string;
  readonly title: string;
  readonly ownerEmail: string | null;
  readonly ownerName: string | null;
  readonly dueDate: string | null;
  readonly done: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function parseJson(value: string | null): unknown {
  if (!value) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

export function readSteps(value: string | null): StoredStep[] {
  const parsed = parseJson(value);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown, index): StoredStep[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const step = entry as Record<string, unknown>;
    const ownerEmail = text(step['ownerEmail']);
    return [
      {
        key: text(step['key']) ?? `s${index + 1}`,
        title: (text(step['title']) ?? '').slice(0, MEASURE_LIMITS.stepTitle),
        ownerEmail: ownerEmail ? normalizeEmail(ownerEmail) : null,
        ownerName: text(step['ownerName']),
        dueDate: text(step['dueDate']),
        done: step['done'] === true,
      },
    ];
  });
}

/** A JSON array of strings (the whys, the evidence links); anything else reads as none. */
export function readStrings(value: string | null): string[] {
  const parsed = parseJson(value);
  return Array.isArray(parsed) ? parsed.filter((entry): entry is string => typeof entry === 'string') : [];
}

function personOf(person: PersonRead | null | undefined): PersonRef | null {
  if (!person?.EMail) return null;
  return { email: normalizeEmail(person.EMail), displayName: person.Title ?? person.EMail };
}

function peopleOf(people: readonly PersonRead[] | null | undefined): PersonRef[] {
  return (people ?? []).flatMap((person) => {
    const ref = personOf(person);
    return ref ? [ref] : [];
  });
}

function effectiveOf(label: string | null): boolean | null {
  const code = effectiveness.code(label);
  return code === null ? null : code === 'effective';
}

const departmentOf = (departments: readonly StoredDepartment[], itemId: number | null) =>
  itemId === null ? undefined : departments.find((department) => department.itemId === itemId);

const progressOf = (value: number | null) => Math.min(100, Math.max(0, Math.round(value ?? 0)));

export function toSummary(
  row: MeasureSummaryRow,
  departments: readonly StoredDepartment[],
): StoredMeasureSummary {
  const department = departmentOf(departments, row.DepartmentId);
  return {
    id: row.Id,
    title: row.Title ?? '',
    kind: kindOf(row.Kind),
    status: statusOf(row.Status),
    phase: measurePhases.code(row.Phase) ?? 'plan',
    priority: measurePriorities.code(row.Priority) ?? 'medium',
    origin: measureOrigins.code(row.Origin) ?? 'other',
    subcriterionCode: row.Subcriterion,
    cycleId: row.CycleId,
    departmentCode: department?.code ?? null,
    departmentName: department?.name ?? null,
    owner: personOf(row.Owner),
    deadline: fromSharePointDate(row.Deadline) ?? '',
    checkDate: fromSharePointDate(row.CheckDate),
    progress: progressOf(row.Progress),
    effective: effectiveOf(row.Effective),
    modifiedAt: row.Modified,
    coOwnerEmails: peopleOf(row.CoOwners).map((person) => person.email),
    stepOwnerEmails: [
      ...new Set(readSteps(row.Steps).flatMap((step) => (step.ownerEmail ? [step.ownerEmail] : []))),
    ],
  };
}

export function toStoredMeasure(
  row: MeasureDetailRow,
  etag: string,
  departments: readonly StoredDepartment[],
): StoredMeasure {
  const department = departmentOf(departments, row.DepartmentId);
  const owner = personOf(row.Owner);
  const coOwners = peopleOf(row.CoOwners);
  const categories = (row.CauseCategories ?? []).flatMap((label): RootCauseCategory[] => {
    const code = causeCategories.code(label);
    return code !== null && (ROOT_CAUSE_CATEGORIES as readonly string[]).includes(code) ? [code] : [];
  });
  const steps: MeasureStep[] = readSteps(row.Steps).map((step) => ({ ...step }));
  return {
    id: row.Id,
    title: row.Title ?? '',
    kind: kindOf(row.Kind),
    source: {
      origin: measureOrigins.code(row.Origin) ?? 'other',
      cycleId: row.CycleId,
      subcriterionCode: row.Subcriterion,
      sourceKey: row.SourceKey,
      sourceUrl: row.SourceUrl,
    },
    departmentCode: department?.code ?? null,
    departmentName: department?.name ?? null,
    priority: measurePriorities.code(row.Priority) ?? 'medium',
    deadline: fromSharePointDate(row.Deadline) ?? '',
    problem: row.Description ?? '',
    rootCause: { whys: readStrings(row.RootCauseWhys).slice(0, MEASURE_LIMITS.whys), categories },
    expectedResult: row.ExpectedResult ?? '',
    effectivenessCriterion: row.EffectivenessCriterion ?? '',
    checkDate: fromSharePointDate(row.CheckDate),
    budgetCzk: row.BudgetCzk,
    councilResolution: row.CouncilResolution,
    evidenceLinks: readStrings(row.EvidenceLinks),
    status: statusOf(row.Status),
    phase: measurePhases.code(row.Phase) ?? 'plan',
    progress: progressOf(row.Progress),
    owner,
    coOwners,
    steps,
    effective: effectiveOf(row.Effective),
    reopenedCount: Math.max(0, Math.trunc(row.ReopenedCount ?? 0)),
    cancelReason: row.CancelReason,
    closedOn: fromSharePointDate(row.CompletedOn),
    createdAt: row.Created,
    createdBy: personOf(row.RaisedBy),
    modifiedAt: row.Modified,
    etag,
    ownerEmail: owner?.email ?? null,
    coOwnerEmails: coOwners.map((person) => person.email),
  };
}

/**
 * When an update happened: when its row was written, unless its date is an earlier day (an
 * imported history, written later than it happened): then that day, at noon UTC.
 */
function updateTime(row: MeasureUpdateRow): string {
  const day = fromSharePointDate(row.UpdateDate);
  const written = fromSharePointDate(row.Created);
  return day !== null && written !== null && day < written ? `${day}T12:00:00Z` : row.Created;
}

export function toUpdate(row: MeasureUpdateRow): MeasureUpdate {
  return {
    id: row.Id,
    kind: updateKinds.code(row.UpdateKind) ?? 'progress',
    at: updateTime(row),
    by: personOf(row.UpdatedBy),
    phase: updatePhases.code(row.Phase) ?? 'plan',
    statusAfter: updateStatuses.code(row.StatusAfter) ?? 'proposed',
    progress: row.Progress === null ? null : progressOf(row.Progress),
    note: row.Details ?? '',
  };
}
