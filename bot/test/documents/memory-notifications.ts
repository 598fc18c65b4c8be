import {
  notificationKey,
  notificationSubjectKey,
  type DueNotificationOptions,
  type NewDocumentNotification,
  type StoredDocumentNotification,
} from '@kvalita/sharepoint';
import type { DocumentNotificationStore } from '../../src/documents/chat/notification-store';

/** The notifications list in memory, with the repository's rules: unique keys, ETag claims, lease, retry pause. */
export class MemoryNotifications implements DocumentNotificationStore {
  readonly rows = new Map<number, StoredDocumentNotification>();
  /** Lower-case e-mails SharePoint cannot resolve (left the office). */
  readonly unknown = new Set<string>();
  private nextId = 1;
  private version = 0;

  constructor(private readonly now: () => Date = () => new Date('2027-03-02T08:00:00Z')) {}

  async plan(notifications: readonly NewDocumentNotification[]) {
    let planned = 0;
    let existing = 0;
    let unresolved = 0;
    for (const notification of notifications) {
      const email = notification.recipientEmail.toLowerCase();
      if (this.unknown.has(email)) {
        unresolved += 1;
        continue;
      }
      const subjectKey = notificationSubjectKey(notification);
      const key = notificationKey(subjectKey, userIdOf(email));
      if ([...this.rows.values()].some((row) => row.key === key)) {
        existing += 1;
        continue;
      }
      const id = this.nextId++;
      this.rows.set(id, {
        id,
        key,
        subjectKey,
        kind: notification.kind,
        documentId: notification.documentId,
        versionLabel: notification.versionLabel,
        occasion: notification.occasion,
        recipientUserId: userIdOf(email),
        recipientEmail: email,
        state: 'pending',
        attempts: 0,
        lastAttemptAt: null,
        sentAt: null,
        createdAt: this.now().toISOString(),
        etag: this.etag(),
      });
      planned += 1;
    }
    return { planned, existing, unresolved };
  }

  async *due(options: DueNotificationOptions = {}): AsyncGenerator<StoredDocumentNotification[]> {
    const now = (options.now ?? new Date()).getTime();
    const lease = options.claimLeaseMs ?? 5 * 60_000;
    const pause = options.retryFailedAfterMs ?? 15 * 60_000;
    const max = options.maxAttempts ?? 10;
    const last = (row: StoredDocumentNotification) => (row.lastAttemptAt ? Date.parse(row.lastAttemptAt) : 0);
    const due = [...this.rows.values()].filter(
      (row) =>
        row.state === 'pending' ||
        (row.state === 'failed' && row.attempts < max && last(row) < now - pause) ||
        (row.state === 'sending' && row.attempts < max && last(row) < now - lease),
    );
    const size = options.pageSize ?? 500;
    for (let start = 0; start < due.length; start += size) yield due.slice(start, start + size);
  }

  async ofSubject(
    subject: Pick<NewDocumentNotification, 'kind' | 'documentId' | 'versionLabel' | 'occasion'>,
  ) {
    const key = notificationSubjectKey(subject);
    return [...this.rows.values()].filter((row) => row.subjectKey === key);
  }

  async ofDocument(documentId: number) {
    return [...this.rows.values()].filter((row) => row.documentId === documentId);
  }

  async claim(row: StoredDocumentNotification, at: Date) {
    return this.update(row, {
      state: 'sending',
      attempts: row.attempts + 1,
      lastAttemptAt: at.toISOString(),
    });
  }
  async renew(row: StoredDocumentNotification, at: Date) {
    return this.update(row, { lastAttemptAt: at.toISOString() });
  }
  async markSent(row: StoredDocumentNotification, at: Date) {
    const sent = { state: 'sent' as const, lastAttemptAt: at.toISOString(), sentAt: at.toISOString() };
    if (!(await this.update(row, sent))) throw new Error('conflict');
  }
  async markFailed(row: StoredDocumentNotification, _error: string, at: Date) {
    if (!(await this.update(row, { state: 'failed', lastAttemptAt: at.toISOString() })))
      throw new Error('conflict');
  }
  async markSkipped(row: StoredDocumentNotification, _reason: string, at: Date) {
    if (!(await this.update(row, { state: 'skipped', lastAttemptAt: at.toISOString() })))
      throw new Error('conflict');
  }
  async drop(row: StoredDocumentNotification, _reason: string, at: Date) {
    return (await this.update(row, { state: 'dropped', lastAttemptAt: at.toISOString() })) !== null;
  }

  /** [kind, document, version, occasion, recipient, state] of every row, in planning order. */
  table(): string[][] {
    return [...this.rows.values()].map((row) => [
      row.kind,
      String(row.documentId),
      row.versionLabel,
      row.occasion,
      row.recipientEmail ?? '',
      row.state,
    ]);
  }

  private etag(): string {
    this.version += 1;
    return `"${this.version}"`;
  }

  private async update(
    row: StoredDocumentNotification,
    changes: Partial<StoredDocumentNotification>,
  ): Promise<StoredDocumentNotification | null> {
    const stored = this.rows.get(row.id);
    if (!stored || stored.etag !== row.etag) return null;
    const next = { ...stored, ...changes, etag: this.etag() };
    this.rows.set(row.id, next);
    return next;
  }
}

/** A stable stand-in for SharePoint's user id of an e-mail. */
const ids = new Map<string, number>();
function userIdOf(email: string): number {
  const known = ids.get(email);
  if (known !== undefined) return known;
  ids.set(email, ids.size + 1);
  return ids.size;
}
