import {
  reminderKey,
  type DueReminderOptions,
  type NewReminder,
  type StoredReminder,
} from '@kvalita/sharepoint';
import type { MeasureStatus, PdcaPhase } from '@kvalita/core';
import type { ReminderStore } from '../../../src/measures/reminders/reminder-rows';
import type {
  MeasuresStore,
  StoredMeasure,
  StoredMeasureQuery,
  StoredMeasureSummary,
} from '../../../src/measures/measures-store';

/** The reminders list in memory, with the repository's rules: unique keys, ETag claims, lease, retry pause. */
export class MemoryReminders implements ReminderStore {
  readonly rows = new Map<number, StoredReminder>();
  private nextId = 1;
  private version = 0;

  async plan(reminders: readonly NewReminder[]) {
    let planned = 0;
    let existing = 0;
    for (const reminder of reminders) {
      const key = reminderKey(reminder);
      if ([...this.rows.values()].some((row) => row.key === key)) {
        existing += 1;
        continue;
      }
      const id = this.nextId++;
      this.rows.set(id, {
        id,
        key,
        kind: reminder.kind,
        measureId: reminder.measureId,
        recipientUserId: id,
        recipientEmail: reminder.recipientEmail,
        dueDate: reminder.dueDate,
        state: 'pending',
        attempts: 0,
        lastAttemptAt: null,
        etag: this.etag(),
      });
      planned += 1;
    }
    return { planned, existing };
  }

  async *due(options: DueReminderOptions = {}): AsyncGenerator<StoredReminder[]> {
    const now = (options.now ?? new Date()).getTime();
    const lease = options.claimLeaseMs ?? 5 * 60_000;
    const pause = options.retryFailedAfterMs ?? 15 * 60_000;
    const max = options.maxAttempts ?? 10;
    const last = (row: StoredReminder) => (row.lastAttemptAt ? Date.parse(row.lastAttemptAt) : 0);
    yield [...this.rows.values()].filter(
      (row) =>
        row.state === 'pending' ||
        (row.state === 'failed' && row.attempts < max && last(row) < now - pause) ||
        (row.state === 'sending' && row.attempts < max && last(row) < now - lease),
    );
  }

  async claim(row: StoredReminder, at: Date) {
    return this.update(row, {
      state: 'sending',
      attempts: row.attempts + 1,
      lastAttemptAt: at.toISOString(),
    });
  }
  async renew(row: StoredReminder, at: Date) {
    return this.update(row, { lastAttemptAt: at.toISOString() });
  }
  async markSent(row: StoredReminder, at: Date) {
    if (!(await this.update(row, { state: 'sent', lastAttemptAt: at.toISOString() })))
      throw new Error('conflict');
  }
  async markFailed(row: StoredReminder, _error: string, at: Date) {
    if (!(await this.update(row, { state: 'failed', lastAttemptAt: at.toISOString() })))
      throw new Error('conflict');
  }
  async markSkipped(row: StoredReminder, _reason: string, at: Date) {
    if (!(await this.update(row, { state: 'skipped', lastAttemptAt: at.toISOString() })))
      throw new Error('conflict');
  }
  async drop(row: StoredReminder, _reason: string, at: Date) {
    return (await this.update(row, { state: 'dropped', lastAttemptAt: at.toISOString() })) !== null;
  }

  /** [kind, measure or recipient, due date, state] of every row, in planning order. */
  table(): string[][] {
    return [...this.rows.values()].map((row) => [
      row.kind,
      row.kind === 'digest' ? (row.recipientEmail ?? '') : String(row.measureId),
      row.dueDate,
      row.state,
    ]);
  }

  private etag(): string {
    this.version += 1;
    return `"${this.version}"`;
  }

  private async update(
    row: StoredReminder,
    changes: Partial<StoredReminder>,
  ): Promise<StoredReminder | null> {
    const stored = this.rows.get(row.id);
    if (!stored || stored.etag !== row.etag) return null;
    const next = { ...stored, ...changes, etag: this.etag() };
    this.rows.set(row.id, next);
    return next;
  }
}

export interface MeasureSeed {
  readonly id: number;
  readonly status: MeasureStatus;
  readonly deadline: string;
  readonly ownerEmail?: string | null;
  readonly title?: string;
  readonly progress?: number;
  readonly phase?: PdcaPhase;
}

export function storedMeasure(seed: MeasureSeed): StoredMeasure {
  const ownerEmail = seed.ownerEmail === undefined ? 'jana.novakova@lipova.example' : seed.ownerEmail;
  return {
    id: seed.id,
    title: seed.title ?? `Opatření ${seed.id}`,
    kind: 'corrective',
    source: {
      origin: 'selfAssessment',
      cycleId: 1,
      subcriterionCode: '3.3',
      sourceKey: null,
      sourceUrl: null,
    },
    departmentCode: 'OD',
    departmentName: 'Odbor dopravy',
    priority: 'medium',
    deadline: seed.deadline,
    problem: '',
    rootCause: { whys: [], categories: [] },
    expectedResult: '',
    effectivenessCriterion: '',
    checkDate: null,
    budgetCzk: null,
    councilResolution: null,
    evidenceLinks: [],
    status: seed.status,
    phase: seed.phase ?? 'do',
    progress: seed.progress ?? 40,
    owner: ownerEmail ? { email: ownerEmail, displayName: 'Ing. Jana Nováková' } : null,
    ownerEmail,
    coOwners: [],
    coOwnerEmails: [],
    steps: [],
    effective: null,
    reopenedCount: 0,
    cancelReason: null,
    closedOn: null,
    createdAt: '2027-01-05T09:00:00Z',
    createdBy: null,
    modifiedAt: '2027-01-05T09:00:00Z',
    etag: `"m${seed.id}"`,
  };
}

/** The register in memory: summaries filter on status and deadline as storage does; reads are counted. */
export class MemoryMeasures implements Pick<MeasuresStore, 'get' | 'summaries'> {
  readonly measures = new Map<number, StoredMeasure>();
  readonly queries: StoredMeasureQuery[] = [];
  gets = 0;

  constructor(seeds: readonly MeasureSeed[]) {
    for (const seed of seeds) this.measures.set(seed.id, storedMeasure(seed));
  }

  set(id: number, change: Partial<StoredMeasure>): void {
    const measure = this.measures.get(id);
    if (measure) this.measures.set(id, { ...measure, ...change });
  }

  async get(id: number) {
    this.gets += 1;
    return this.measures.get(id) ?? null;
  }

  async summaries(query: StoredMeasureQuery): Promise<StoredMeasureSummary[]> {
    this.queries.push(query);
    return [...this.measures.values()]
      .filter((m) => !query.statuses || query.statuses.includes(m.status))
      .filter((m) => !query.deadlineFrom || m.deadline >= query.deadlineFrom)
      .filter((m) => !query.deadlineTo || m.deadline <= query.deadlineTo)
      .map((m) => ({
        id: m.id,
        title: m.title,
        kind: m.kind,
        status: m.status,
        phase: m.phase,
        priority: m.priority,
        origin: m.source.origin,
        subcriterionCode: m.source.subcriterionCode,
        cycleId: m.source.cycleId,
        departmentCode: m.departmentCode,
        departmentName: m.departmentName,
        owner: m.owner,
        deadline: m.deadline,
        checkDate: m.checkDate,
        progress: m.progress,
        effective: m.effective,
        modifiedAt: m.modifiedAt,
        coOwnerEmails: m.coOwnerEmails,
        stepOwnerEmails: [],
      }));
  }
}
