import {
  ConcurrencyConflictError,
  type Delivery,
  type DeliveryState,
  type StoredBotConversation,
} from '@kvalita/sharepoint';
import type { DeliveryRows } from '../../src';

/**
 * The delivery rows of one wave in memory, with the repository's rules (SurveyDeliveriesRepository):
 * ETag-checked claims and marks, due() yielding pending rows, failed rows after the retry pause and
 * 'sending' rows whose claim lease has expired. Every call waits a turn of the event loop, as a
 * SharePoint round trip would, so concurrent workers interleave.
 */
export class MemoryDeliveries implements DeliveryRows {
  private readonly rows = new Map<number, Delivery & { lastError: string | null }>();
  private version = 0;

  constructor(emails: readonly string[], surveyKey = 'pulse', wave = 1) {
    emails.forEach((email, index) => {
      const id = index + 1;
      this.rows.set(id, {
        id,
        surveyKey,
        wave,
        kind: 'invitation',
        recipientUserId: id,
        recipientEmail: email,
        state: 'pending',
        attempts: 0,
        lastAttemptAt: null,
        etag: this.nextEtag(),
        lastError: null,
      });
    });
  }

  stateOf(id: number): DeliveryState | undefined {
    return this.rows.get(id)?.state;
  }

  errorOf(id: number): string | null {
    return this.rows.get(id)?.lastError ?? null;
  }

  idsIn(state: DeliveryState): number[] {
    return [...this.rows.values()].filter((row) => row.state === state).map((row) => row.id);
  }

  async *due(
    _surveyKey: string,
    _wave: number,
    options: {
      pageSize?: number;
      maxAttempts?: number;
      now?: Date;
      claimLeaseMs?: number;
      retryFailedAfterMs?: number;
    } = {},
  ): AsyncGenerator<Delivery[]> {
    await turn();
    const now = (options.now ?? new Date()).getTime();
    const maxAttempts = options.maxAttempts ?? 10;
    const before = (ms: number, row: Delivery) =>
      row.lastAttemptAt !== null && Date.parse(row.lastAttemptAt) < now - ms;
    const due = [...this.rows.values()]
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

  async claim(delivery: Delivery, at: Date): Promise<Delivery | null> {
    await turn();
    const row = this.rows.get(delivery.id);
    if (!row || row.etag !== delivery.etag) return null;
    return this.write(row, { state: 'sending', attempts: row.attempts + 1, lastAttemptAt: at.toISOString() });
  }

  async renew(delivery: Delivery, at: Date): Promise<Delivery | null> {
    await turn();
    const row = this.rows.get(delivery.id);
    if (!row || row.etag !== delivery.etag) return null;
    return this.write(row, { lastAttemptAt: at.toISOString() });
  }

  async markSent(delivery: Delivery, at: Date): Promise<void> {
    await this.record(delivery, 'sent', null, at);
  }

  async markFailed(delivery: Delivery, error: string, at: Date): Promise<void> {
    await this.record(delivery, 'failed', error, at);
  }

  async markSkipped(delivery: Delivery, reason: string, at: Date): Promise<void> {
    await this.record(delivery, 'skipped', reason, at);
  }

  private async record(
    delivery: Delivery,
    state: DeliveryState,
    error: string | null,
    at: Date,
  ): Promise<void> {
    await turn();
    const row = this.rows.get(delivery.id);
    if (!row || row.etag !== delivery.etag)
      throw new ConcurrencyConflictError(412, 'PreconditionFailed', `row ${delivery.id} changed`);
    this.write(row, {
      state,
      attempts: delivery.state === 'sending' ? delivery.attempts : delivery.attempts + 1,
      lastAttemptAt: at.toISOString(),
      lastError: error,
    });
  }

  private write(
    row: Delivery & { lastError: string | null },
    changes: Partial<Delivery & { lastError: string | null }>,
  ): Delivery {
    const next = { ...row, ...changes, etag: this.nextEtag() };
    this.rows.set(row.id, next);
    const { lastError: _lastError, ...delivery } = next;
    return delivery;
  }

  private nextEtag(): string {
    this.version += 1;
    return `"${this.version}"`;
  }
}

/** A stored personal chat for each e-mail (conversation id = the e-mail). */
export function chatsOf(emails: readonly string[]): { all(): Promise<StoredBotConversation[]> } {
  const conversations = emails.map((email, index): StoredBotConversation => ({
    itemId: index + 1,
    updatedOn: null,
    userObjectId: `oid-${email}`,
    displayName: email,
    email,
    conversationId: email,
    channelUserId: `29:${email}`,
    serviceUrl: 'https://smba.example/',
    botId: '28:kvalita',
    tenantId: 'tenant',
    channelId: 'msteams',
    locale: 'cs-CZ',
  }));
  return { all: async () => conversations };
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
