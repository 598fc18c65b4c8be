import { ConcurrencyConflictError } from '@kvalita/sharepoint';
import type {
  DueFeedbackOptions,
  FeedbackDeliveryKind,
  FeedbackDeliveryStore,
  FeedbackPlanOutcome,
  NewFeedbackDelivery,
  StoredFeedbackDelivery,
} from '../../src/feedback/chat/feedback-delivery-store';

type Row = StoredFeedbackDelivery & { lastError: string | null };

/**
 * The deliveries list in memory with the rules its repository keeps: a unique key per kind, cycle,
 * subject, occasion and recipient; ETag-checked claims and marks; due() yielding pending rows,
 * failed rows after the retry pause and 'sending' rows whose lease ran out. Every call waits a turn
 * of the event loop, as a SharePoint round trip would.
 */
export class MemoryFeedbackDeliveries implements FeedbackDeliveryStore {
  private readonly rows = new Map<number, Row>();
  private nextId = 1;
  private version = 0;

  all(): Row[] {
    return [...this.rows.values()];
  }

  of(kind: FeedbackDeliveryKind): Row[] {
    return this.all().filter((row) => row.kind === kind);
  }

  async plan(rows: readonly NewFeedbackDelivery[]): Promise<FeedbackPlanOutcome> {
    await turn();
    let planned = 0;
    let existing = 0;
    const keys = new Set(this.all().map((row) => row.key));
    for (const row of rows) {
      const key = `${row.kind}#${row.cycleId}#${row.subjectId}#${row.occasion}#${row.recipientEmail}`;
      if (keys.has(key)) {
        existing += 1;
        continue;
      }
      keys.add(key);
      const id = this.nextId++;
      this.rows.set(id, {
        ...row,
        id,
        key,
        state: 'pending',
        attempts: 0,
        lastAttemptAt: null,
        etag: this.etag(),
        lastError: null,
      });
      planned += 1;
    }
    return { planned, existing };
  }

  async *due(options: DueFeedbackOptions = {}): AsyncGenerator<StoredFeedbackDelivery[]> {
    await turn();
    const now = (options.now ?? new Date()).getTime();
    const maxAttempts = options.maxAttempts ?? 10;
    const before = (ms: number, row: Row) =>
      row.lastAttemptAt !== null && Date.parse(row.lastAttemptAt) < now - ms;
    const due = this.all()
      .filter(
        (row) =>
          row.state === 'pending' ||
          (row.state === 'failed' &&
            row.attempts < maxAttempts &&
            before(options.retryFailedAfterMs ?? 15 * 60_000, row)) ||
          (row.state === 'sending' &&
            row.attempts < maxAttempts &&
            before(options.claimLeaseMs ?? 5 * 60_000, row)),
      )
      .map(({ lastError: _lastError, ...row }) => row);
    const size = options.pageSize ?? 500;
    for (let start = 0; start < due.length; start += size) yield due.slice(start, start + size);
  }

  async claim(row: StoredFeedbackDelivery, at: Date): Promise<StoredFeedbackDelivery | null> {
    await turn();
    const stored = this.rows.get(row.id);
    if (!stored || stored.etag !== row.etag) return null;
    return this.write(stored, {
      state: 'sending',
      attempts: stored.attempts + 1,
      lastAttemptAt: at.toISOString(),
    });
  }

  async renew(row: StoredFeedbackDelivery, at: Date): Promise<StoredFeedbackDelivery | null> {
    await turn();
    const stored = this.rows.get(row.id);
    if (!stored || stored.etag !== row.etag) return null;
    return this.write(stored, { lastAttemptAt: at.toISOString() });
  }

  markSent(row: StoredFeedbackDelivery, at: Date): Promise<void> {
    return this.record(row, 'sent', null, at);
  }

  markFailed(row: StoredFeedbackDelivery, error: string, at: Date): Promise<void> {
    return this.record(row, 'failed', error, at);
  }

  markSkipped(row: StoredFeedbackDelivery, reason: string, at: Date): Promise<void> {
    return this.record(row, 'skipped', reason, at);
  }

  async drop(row: StoredFeedbackDelivery, reason: string, at: Date): Promise<boolean> {
    await turn();
    const stored = this.rows.get(row.id);
    if (!stored || stored.etag !== row.etag) return false;
    this.write(stored, { state: 'dropped', lastError: reason, lastAttemptAt: at.toISOString() });
    return true;
  }

  async remove(cycleId: number, kinds: readonly FeedbackDeliveryKind[]): Promise<number> {
    await turn();
    let removed = 0;
    for (const row of this.all())
      if (row.cycleId === cycleId && kinds.includes(row.kind)) {
        this.rows.delete(row.id);
        removed += 1;
      }
    return removed;
  }

  async removeOfPerson(email: string): Promise<number> {
    await turn();
    let removed = 0;
    for (const row of this.all())
      if (row.recipientEmail?.toLowerCase() === email.toLowerCase()) {
        this.rows.delete(row.id);
        removed += 1;
      }
    return removed;
  }

  private async record(
    row: StoredFeedbackDelivery,
    state: StoredFeedbackDelivery['state'],
    error: string | null,
    at: Date,
  ): Promise<void> {
    await turn();
    const stored = this.rows.get(row.id);
    if (!stored || stored.etag !== row.etag)
      throw new ConcurrencyConflictError(412, 'PreconditionFailed', `row ${row.id} changed`);
    this.write(stored, { state, lastError: error, lastAttemptAt: at.toISOString() });
  }

  private write(row: Row, changes: Partial<Row>): StoredFeedbackDelivery {
    const next = { ...row, ...changes, etag: this.etag() };
    this.rows.set(row.id, next);
    const { lastError: _lastError, ...delivery } = next;
    return delivery;
  }

  private etag(): string {
    this.version += 1;
    return `"${this.version}"`;
  }
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
