import '../platform/pnp-imports';
import { normalizeEmail } from '@kvalita/core';
import { settleInOneBatch } from '../platform/batch';
import { ClaimedRows } from '../platform/claimed-rows';
import { DuplicateValueError } from '../platform/errors';
import { etagOf, pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn, type ChoiceCode } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import {
  documentNotificationsList,
  type NOTIFICATION_KIND_CHOICES,
  type NOTIFICATION_STATE_CHOICES,
} from './lists/document-notifications';

export type NotificationState = ChoiceCode<typeof NOTIFICATION_STATE_CHOICES>;
export type NotificationKind = ChoiceCode<typeof NOTIFICATION_KIND_CHOICES>;

/** A card to plan: of one kind, about one version of a document, on one occasion, to one person. */
export interface NewDocumentNotification {
  readonly kind: NotificationKind;
  /** 0 for none (never used by the kinds Kvalita plans today, kept for a digest). */
  readonly documentId: number;
  readonly versionLabel: string;
  /** What makes a repeated kind a new card ('-' for once per version); at most 40 characters. */
  readonly occasion: string;
  readonly recipientEmail: string;
}

export interface StoredDocumentNotification {
  readonly id: number;
  readonly key: string;
  readonly subjectKey: string;
  readonly kind: NotificationKind;
  readonly documentId: number;
  readonly versionLabel: string;
  readonly occasion: string;
  readonly recipientUserId: number;
  readonly recipientEmail: string | null;
  readonly state: NotificationState;
  /** Sends tried: counted when a row is claimed (or marked without a claim). */
  readonly attempts: number;
  /** When the row was last claimed or marked (ISO), null before the first attempt. */
  readonly lastAttemptAt: string | null;
  /** When the card went out (ISO), null until then. */
  readonly sentAt: string | null;
  /** When the row was planned (ISO). */
  readonly createdAt: string;
  readonly etag: string;
}

export interface NotificationPlanOutcome {
  readonly planned: number;
  /** Already there from an earlier run (or another instance's). */
  readonly existing: number;
  /** People SharePoint could not resolve (left the office, no account): left out, counted only. */
  readonly unresolved: number;
}

export interface DueNotificationOptions {
  readonly pageSize?: number;
  readonly maxAttempts?: number;
  readonly now?: Date;
  readonly claimLeaseMs?: number;
  readonly retryFailedAfterMs?: number;
}

const NOTIFICATION = selectOf(
  documentNotificationsList,
  'Id',
  'NotificationKey',
  'SubjectKey',
  'NotificationKind',
  'DocumentId',
  'VersionLabel',
  'Occasion',
  'RecipientId',
  'Recipient',
  'NotificationState',
  'Attempts',
  'LastAttemptOn',
  'SentOn',
  'Created',
);
type NotificationRow = RowOf<typeof NOTIFICATION>;
const states = choiceColumn(documentNotificationsList, 'NotificationState');
const kinds = choiceColumn(documentNotificationsList, 'NotificationKind');
const where = filterOn(documentNotificationsList);

/** "<kind>#<document>#<version>#<occasion>": the rows of one fan-out. */
export function notificationSubjectKey(
  notification: Pick<NewDocumentNotification, 'kind' | 'documentId' | 'versionLabel' | 'occasion'>,
): string {
  return `${notification.kind}#${notification.documentId}#${notification.versionLabel}#${notification.occasion}`.slice(
    0,
    110,
  );
}

/** One row per subject and person (the SharePoint user id keeps the key short whatever the e-mail). */
export function notificationKey(subjectKey: string, recipientUserId: number): string {
  return `${subjectKey}#u${recipientUserId}`;
}

/**
 * Document notifications as a resumable fan-out: plan rows once (unique NotificationKey); claim,
 * renew, mark sent, failed or skipped and drop are the shared claimed-row moves
 * (platform/claimed-rows.ts). `drop` retires a row whose document moved on before it went out.
 */
export class DocumentNotificationsRepository {
  private userIds = new Map<string, number>();
  private siteUsersRead = false;

  private readonly rows: ClaimedRows;

  constructor(private readonly site: SiteContext) {
    this.rows = new ClaimedRows(site, documentNotificationsList, 'NotificationState');
  }

  /**
   * Adds the notifications not planned yet: the planned keys of each subject read once (an indexed
   * query per fan-out, not one per person), then the missing rows 100 per $batch. A key taken
   * meanwhile by another instance counts as existing.
   */
  async plan(notifications: readonly NewDocumentNotification[]): Promise<NotificationPlanOutcome> {
    if (notifications.length === 0) return { planned: 0, existing: 0, unresolved: 0 };
    const ids = await this.userIdsOf(notifications.map((notification) => notification.recipientEmail));
    const bySubject = new Map<string, Map<string, NewDocumentNotification & { userId: number }>>();
    let unresolved = 0;
    for (const notification of notifications) {
      const userId = ids.get(normalizeEmail(notification.recipientEmail));
      if (userId === undefined) {
        unresolved += 1;
        continue;
      }
      const subject = notificationSubjectKey(notification);
      const rows = bySubject.get(subject) ?? new Map();
      rows.set(notificationKey(subject, userId), { ...notification, userId });
      bySubject.set(subject, rows);
    }
    const list = await this.site.list(documentNotificationsList);
    const known = new Set<string>();
    for (const subject of bySubject.keys()) {
      const query = list.items.select('NotificationKey').filter(where('SubjectKey', 'eq', subject));
      for await (const page of pagesOf<{ NotificationKey: string | null }>(query, 5000))
        for (const row of page) if (row.NotificationKey) known.add(row.NotificationKey);
    }
    const values: NewItemOf<typeof documentNotificationsList>[] = [];
    let wanted = 0;
    for (const [subject, rows] of bySubject)
      for (const [key, notification] of rows) {
        wanted += 1;
        if (known.has(key)) continue;
        values.push({
          Title: subject,
          NotificationKey: key,
          SubjectKey: subject,
          NotificationKind: kinds.label(notification.kind),
          DocumentId: notification.documentId,
          VersionLabel: notification.versionLabel,
          Occasion: notification.occasion.slice(0, 40),
          RecipientId: notification.userId,
          NotificationState: states.label('pending'),
          Attempts: 0,
        });
      }
    const url = await this.site.listUrl(documentNotificationsList);
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      values.map((value) => batched.web.getList(url).items.add(value)),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    const added = settled.filter((result) => result.status === 'fulfilled').length;
    return { planned: added, existing: wanted - added, unresolved };
  }

  /**
   * Rows still to send, page by page: pending ones, failed ones tried fewer than `maxAttempts`
   * times whose last attempt is older than the retry pause, and 'sending' ones whose claim is
   * older than the lease. Sent, skipped and dropped rows are never yielded again.
   */
  async *due(options: DueNotificationOptions = {}): AsyncGenerator<StoredDocumentNotification[]> {
    const list = await this.site.list(documentNotificationsList);
    const query = NOTIFICATION.applyTo(list.items).filter(this.rows.dueFilter(options)).orderBy('Id', true);
    for await (const page of pagesOf<NotificationRow>(query, options.pageSize ?? 500))
      yield page.map(toNotification);
  }

  /** Every row of one fan-out (who was asked to confirm a version, and when), oldest first. */
  async ofSubject(
    subject: Pick<NewDocumentNotification, 'kind' | 'documentId' | 'versionLabel' | 'occasion'>,
  ): Promise<StoredDocumentNotification[]> {
    const list = await this.site.list(documentNotificationsList);
    return this.read(
      NOTIFICATION.applyTo(list.items)
        .filter(where('SubjectKey', 'eq', notificationSubjectKey(subject)))
        .orderBy('Id', true),
    );
  }

  /** Every row about one document (for withdrawal and tests), oldest first. */
  async ofDocument(documentId: number): Promise<StoredDocumentNotification[]> {
    const list = await this.site.list(documentNotificationsList);
    return this.read(
      NOTIFICATION.applyTo(list.items)
        .filter(where('DocumentId', 'eq', documentId))
        .orderBy('Id', true),
    );
  }

  /** Takes a due row for this runner ('sending', one more attempt); null when another runner got it first. */
  claim(row: StoredDocumentNotification, at: Date): Promise<StoredDocumentNotification | null> {
    return this.rows.claim(row, at);
  }

  /** Extends this runner's claim before a retry; null when the row changed meanwhile. */
  renew(row: StoredDocumentNotification, at: Date): Promise<StoredDocumentNotification | null> {
    return this.rows.renew(row, at);
  }

  /** Records a successful send; ConcurrencyConflictError if the row changed under this runner. */
  markSent(row: StoredDocumentNotification, at: Date): Promise<void> {
    return this.rows.markSent(row, at);
  }

  markFailed(row: StoredDocumentNotification, error: string, at: Date): Promise<void> {
    return this.rows.markFailed(row, error, at);
  }

  /** The person cannot be reached (app blocked, chat gone): never yielded again. */
  markSkipped(row: StoredDocumentNotification, reason: string, at: Date): Promise<void> {
    return this.rows.markSkipped(row, reason, at);
  }

  /**
   * Retires a row that must not be sent (its document was withdrawn, its version superseded, the
   * person confirmed meanwhile), with its ETag; false when another runner changed it first.
   */
  drop(row: StoredDocumentNotification, reason: string, at: Date): Promise<boolean> {
    return this.rows.drop(row, reason, at);
  }

  private async read(query: Parameters<typeof pagesOf>[0]): Promise<StoredDocumentNotification[]> {
    const rows: StoredDocumentNotification[] = [];
    for await (const page of pagesOf<NotificationRow>(query, 5000)) rows.push(...page.map(toNotification));
    return rows;
  }

  /**
   * Site user ids by e-mail: the site's users read once per repository, ensureUser (batched) only
   * for someone not there yet. Who cannot be resolved is missing from the map.
   */
  private async userIdsOf(emails: readonly string[]): Promise<Map<string, number>> {
    const wanted = [...new Set(emails.map(normalizeEmail))];
    if (!this.siteUsersRead && wanted.some((email) => !this.userIds.has(email))) {
      const users = await this.site.sp.web.siteUsers.select('Id', 'Email')<
        { Id: number; Email: string | null }[]
      >();
      for (const user of users) if (user.Email) this.userIds.set(normalizeEmail(user.Email), user.Id);
      this.siteUsersRead = true;
    }
    // Everyone not yet a site user is added in one $batch per 100 (an office-wide audience on a
    // new site is hundreds of people); whoever SharePoint cannot resolve is left out.
    const missing = wanted.filter((email) => !this.userIds.has(email));
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      missing.map((email) => batched.web.ensureUser(email)),
    );
    settled.forEach((result, index) => {
      const email = missing[index];
      if (result.status === 'fulfilled' && email !== undefined) this.userIds.set(email, result.value.Id);
    });
    return new Map(
      wanted.flatMap((email) => {
        const id = this.userIds.get(email);
        return id === undefined ? [] : [[email, id] as const];
      }),
    );
  }
}

function toNotification(item: NotificationRow): StoredDocumentNotification {
  return {
    id: item.Id,
    key: item.NotificationKey ?? '',
    subjectKey: item.SubjectKey ?? '',
    kind: kinds.code(item.NotificationKind) ?? 'acknowledgementRequest',
    documentId: item.DocumentId ?? 0,
    versionLabel: item.VersionLabel ?? '',
    occasion: item.Occasion ?? '',
    recipientUserId: item.RecipientId ?? 0,
    recipientEmail: item.Recipient?.EMail ?? null,
    state: states.code(item.NotificationState) ?? 'pending',
    attempts: item.Attempts ?? 0,
    lastAttemptAt: item.LastAttemptOn ? new Date(item.LastAttemptOn).toISOString() : null,
    sentAt: item.SentOn ? new Date(item.SentOn).toISOString() : null,
    createdAt: item.Created ? new Date(item.Created).toISOString() : '',
    etag: etagOf(item),
  };
}
