import {
  StaleVersionError,
  normalizeEmail,
  type Department,
  type MeasureDraft,
  type MeasureStep,
  type MeasureUpdate,
  type Person,
  type PersonRef,
} from '@kvalita/core';
import type {
  MeasureStateChange,
  MeasuresStore,
  NewMeasureUpdate,
  StoredMeasure,
  StoredMeasureQuery,
  StoredMeasureSummary,
} from '../../src/measures/measures-store';

/**
 * The measures storage port in memory, as SharePoint would keep it: people and departments named
 * from the directory, an ETag per measure ("1", "2", …) that every change must match, and a
 * history only ever appended to. `writes` counts what was written, so a test sees that a refused
 * request wrote nothing.
 */
export class MemoryMeasuresStore implements MeasuresStore {
  private readonly measures = new Map<
    number,
    { measure: StoredMeasure; version: number; stepOwners: string[] }
  >();
  private readonly history = new Map<number, MeasureUpdate[]>();
  private nextId = 1;
  private nextUpdateId = 1;
  writes = 0;

  constructor(
    private readonly people: readonly Person[],
    private readonly departments: readonly Department[],
    private readonly now: () => Date,
  ) {}

  async summaries(query: StoredMeasureQuery): Promise<StoredMeasureSummary[]> {
    return [...this.measures.values()]
      .map(({ measure, stepOwners }) => ({ measure, stepOwners }))
      .filter(({ measure }) => matches(measure, query))
      .map(({ measure, stepOwners }) => ({
        id: measure.id,
        title: measure.title,
        kind: measure.kind,
        status: measure.status,
        phase: measure.phase,
        priority: measure.priority,
        origin: measure.source.origin,
        subcriterionCode: measure.source.subcriterionCode,
        cycleId: measure.source.cycleId,
        departmentCode: measure.departmentCode,
        departmentName: measure.departmentName,
        owner: measure.owner,
        deadline: measure.deadline,
        checkDate: measure.checkDate,
        progress: measure.progress,
        effective: measure.effective,
        modifiedAt: measure.modifiedAt,
        coOwnerEmails: measure.coOwnerEmails,
        stepOwnerEmails: stepOwners,
      }));
  }

  async get(id: number): Promise<StoredMeasure | null> {
    return this.measures.get(id)?.measure ?? null;
  }

  async updates(id: number): Promise<MeasureUpdate[]> {
    return [...(this.history.get(id) ?? [])].reverse();
  }

  async create(draft: MeasureDraft, createdByEmail: string, update: NewMeasureUpdate): Promise<number> {
    this.writes++;
    const id = this.nextId++;
    const at = this.now().toISOString();
    const measure: StoredMeasure = {
      ...this.fromDraft(draft, []),
      id,
      status: 'proposed',
      phase: 'plan',
      progress: 0,
      effective: null,
      reopenedCount: 0,
      cancelReason: null,
      closedOn: null,
      createdAt: at,
      createdBy: this.person(createdByEmail),
      modifiedAt: at,
      etag: '"1"',
    };
    this.measures.set(id, { measure, version: 1, stepOwners: stepOwnersOf(measure.steps) });
    this.history.set(id, []);
    this.append(id, update, at);
    return id;
  }

  async change(
    id: number,
    etag: string,
    change: { readonly draft?: MeasureDraft; readonly state?: MeasureStateChange },
    update: NewMeasureUpdate,
  ): Promise<void> {
    const row = this.measures.get(id);
    if (!row || row.measure.etag !== etag) throw new StaleVersionError(`measure ${id} is not at ${etag}`);
    this.writes++;
    const at = this.now().toISOString();
    const version = row.version + 1;
    let measure: StoredMeasure = { ...row.measure };
    if (change.draft) measure = { ...measure, ...this.fromDraft(change.draft, measure.steps) };
    const { stepsDone, ...state } = change.state ?? {};
    measure = { ...measure, ...state };
    if (stepsDone)
      measure = {
        ...measure,
        steps: measure.steps.map((step) => {
          const done = stepsDone.find((item) => item.key === step.key);
          return done ? { ...step, done: done.done } : step;
        }),
      };
    measure = { ...measure, modifiedAt: at, etag: `"${version}"` };
    this.measures.set(id, { measure, version, stepOwners: stepOwnersOf(measure.steps) });
    this.append(id, update, at);
  }

  /** Every update ever written, oldest first (for tests). */
  allUpdates(id: number): readonly MeasureUpdate[] {
    return this.history.get(id) ?? [];
  }

  private append(id: number, update: NewMeasureUpdate, at: string): void {
    const { byEmail, ...rest } = update;
    this.history.get(id)?.push({ id: this.nextUpdateId++, at, by: this.person(byEmail), ...rest });
  }

  private person(email: string | null): PersonRef | null {
    if (email === null) return null;
    const person = this.people.find((candidate) => candidate.email === normalizeEmail(email));
    return { email: normalizeEmail(email), displayName: person?.displayName ?? email };
  }

  private fromDraft(draft: MeasureDraft, previous: readonly MeasureStep[]) {
    const { ownerEmail, coOwnerEmails, steps, ...rest } = draft;
    let next = previous.reduce((max, step) => Math.max(max, Number(step.key.slice(1)) || 0), 0) + 1;
    return {
      ...rest,
      departmentName:
        this.departments.find((department) => department.code === draft.departmentCode)?.name ?? null,
      owner: this.person(ownerEmail),
      ownerEmail: ownerEmail === null ? null : normalizeEmail(ownerEmail),
      coOwners: coOwnerEmails.flatMap((email) => this.person(email) ?? []),
      coOwnerEmails: coOwnerEmails.map(normalizeEmail),
      steps: steps.map((step): MeasureStep => ({
        ...step,
        key: step.key ?? `s${next++}`,
        ownerName: step.ownerEmail === null ? null : (this.person(step.ownerEmail)?.displayName ?? null),
      })),
    };
  }
}

function stepOwnersOf(steps: readonly MeasureStep[]): string[] {
  return steps.flatMap((step) => (step.ownerEmail === null ? [] : [step.ownerEmail]));
}

function matches(measure: StoredMeasure, query: StoredMeasureQuery): boolean {
  if (query.statuses && !query.statuses.includes(measure.status)) return false;
  if (
    query.departmentCodes &&
    (measure.departmentCode === null || !query.departmentCodes.includes(measure.departmentCode))
  )
    return false;
  if (query.ownerEmail !== undefined && measure.ownerEmail !== normalizeEmail(query.ownerEmail)) return false;
  if (query.origin !== undefined && measure.source.origin !== query.origin) return false;
  if (
    query.subcriterionCodes &&
    (measure.source.subcriterionCode === null ||
      !query.subcriterionCodes.includes(measure.source.subcriterionCode))
  )
    return false;
  if (query.cycleId !== undefined && measure.source.cycleId !== query.cycleId) return false;
  if (query.deadlineFrom !== undefined && measure.deadline < query.deadlineFrom) return false;
  if (query.deadlineTo !== undefined && measure.deadline > query.deadlineTo) return false;
  return true;
}
