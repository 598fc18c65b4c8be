import '../platform/pnp-imports';
import { inOneBatch, settleInOneBatch } from '../platform/batch';
import { ClaimedRows } from '../platform/claimed-rows';
import { DuplicateValueError } from '../platform/errors';
import { etagOf, pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { NewItemOf } from '../platform/schema/items';
import { selectOf, type RowOf } from '../platform/schema/select';
import { choiceColumn, type ChoiceCode } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import type { REMINDER_KIND_CHOICES, REMINDER_STATE_CHOICES } from './lists/measure-reminders';
import { measureRemindersList } from './lists/measure-reminders';

export type ReminderState = ChoiceCode<typeof REMINDER_STATE_CHOICES>;
export type ReminderKind = ChoiceCode<typeof REMINDER_KIND_CHOICES>;

/** A reminder to plan: about a measure (0 for a digest), to one person, for one deadline. */
export interface NewReminder {
  readonly kind: ReminderKind;
  readonly measureId: number;
  readonly recipientEmail: string;
  /** The deadline it is about (a digest: its Monday), YYYY-MM-DD. */
  readonly dueDate: string;
}

export interface StoredReminder {
  readonly id: number;
  readonly key: string;
  readonly kind: ReminderKind;
  readonly measureId: number;
  readonly recipientUserId: number;
  readonly recipientEmail: string | null;
  readonly dueDate: string;
  readonly state: ReminderState;
  /** Sends tried: counted when a row is claimed (or marked without a claim). */
  readonly attempts: number;
  /** When the row was last claimed or marked (ISO), null before the first attempt. */
  readonly lastAttemptAt: string | null;
  readonly etag: string;
}

export interface ReminderPlanOutcome {
  readonly planned: number;
  /** Already there from an earlier run (or another instance's). */
  readonly existing: number;
}

export interface DueReminderOptions {
  readonly pageSize?: number;
  readonly maxAttempts?: number;
  readonly now?: Date;
  readonly claimLeaseMs?: number;
  readonly retryFailedAfterMs?: number;
}

const REMINDER = selectOf(
  measureRemindersList,
  'Id',
  'ReminderKey',
  'ReminderKind',
  'MeasureId',
  'RecipientId',
  'Recipient',
  'DueDate',
  'ReminderState',
  'Attempts',
  'LastAttemptOn',
);
type ReminderRow = RowOf<typeof REMINDER>;
const states = choiceColumn(measureRemindersList, 'ReminderState');
const kinds = choiceColumn(measureRemindersList, 'ReminderKind');
const where = filterOn(measureRemindersList);

/** One row per kind, measure (or digest recipient) and deadline: a re-plan finds it already there. */
export function reminderKey(reminder: NewReminder): string {
  const subject =
    reminder.kind === 'digest' ? reminder.recipientEmail.toLowerCase() : String(reminder.measureId);
  return `${reminder.kind}#${subject}#${reminder.dueDate}`.slice(0, 128);
}

/**
 * Measure reminders as a resumable fan-out: plan rows once (unique ReminderKey); claim, renew, mark
 * sent, failed or skipped and drop are the shared claimed-row moves (platform/claimed-rows.ts).
 * `drop` retires a row whose measure closed before it went out.
 */
export class MeasureRemindersRepository {
  private readonly userIds = new Map<string, number>();

  private readonly rows: ClaimedRows;

  constructor(private readonly site: SiteContext) {
    this.rows = new ClaimedRows(site, measureRemindersList, 'ReminderState');
  }

  /**
   * Adds the reminders not planned yet: one $batch of key lookups, then one $batch of adds for
   * those missing (a key taken meanwhile by another instance counts as existing).
   */
  async plan(reminders: readonly NewReminder[]): Promise<ReminderPlanOutcome> {
    const byKey = new Map(reminders.map((reminder) => [reminderKey(reminder), reminder]));
    if (byKey.size === 0) return { planned: 0, existing: 0 };
    const url = await this.site.listUrl(measureRemindersList);
    const keys = [...byKey.keys()];
    const found = await inOneBatch<{ ReminderKey: string | null }[][]>(this.site.sp, (batched) =>
      keys.map((key) =>
        batched.web
          .getList(url)
          .items.select('ReminderKey')
          .filter(where('ReminderKey', 'eq', key))
          .top(1)<{ ReminderKey: string | null }[]>(),
      ),
    );
    const known = new Set(found.flat().map((row) => row.ReminderKey));
    const missing = keys.filter((key) => !known.has(key));
    const values: NewItemOf<typeof measureRemindersList>[] = [];
    for (const key of missing) {
      const reminder = byKey.get(key);
      if (!reminder) continue;
      values.push({
        Title: key,
        ReminderKey: key,
        ReminderKind: kinds.label(reminder.kind),
        MeasureId: reminder.measureId,
        RecipientId: await this.userId(reminder.recipientEmail),
        DueDate: reminder.dueDate,
        ReminderState: states.label('pending'),
        Attempts: 0,
      });
    }
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      values.map((value) => batched.web.getList(url).items.add(value)),
    );
    const failure = settled.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
    );
    if (failure?.status === 'rejected') throw failure.reason;
    const added = settled.filter((result) => result.status === 'fulfilled').length;
    return { planned: added, existing: byKey.size - added };
  }

  /**
   * Rows still to send, page by page: pending ones, failed ones tried fewer than `maxAttempts`
   * times whose last attempt is older than the retry pause, and 'sending' ones whose claim is
   * older than the lease. Sent, skipped and dropped rows are never yielded again.
   */
  async *due(options: DueReminderOptions = {}): AsyncGenerator<StoredReminder[]> {
    const list = await this.site.list(measureRemindersList);
    const query = REMINDER.applyTo(list.items).filter(this.rows.dueFilter(options)).orderBy('Id', true);
    for await (const page of pagesOf<ReminderRow>(query, options.pageSize ?? 500)) yield page.map(toReminder);
  }

  /** Every reminder of one measure (for views and tests), oldest first. */
  async ofMeasure(measureId: number): Promise<StoredReminder[]> {
    const list = await this.site.list(measureRemindersList);
    const query = REMINDER.applyTo(list.items)
      .filter(where('MeasureId', 'eq', measureId))
      .orderBy('Id', true);
    const rows: StoredReminder[] = [];
    for await (const page of pagesOf<ReminderRow>(query, 500)) rows.push(...page.map(toReminder));
    return rows;
  }

  /** Takes a due row for this runner ('sending', one more attempt); null when another runner got it first. */
  claim(reminder: StoredReminder, at: Date): Promise<StoredReminder | null> {
    return this.rows.claim(reminder, at);
  }

  /** Extends this runner's claim before a retry; null when the row changed meanwhile. */
  renew(reminder: StoredReminder, at: Date): Promise<StoredReminder | null> {
    return this.rows.renew(reminder, at);
  }

  /** Records a successful send; ConcurrencyConflictError if the row changed under this runner. */
  markSent(reminder: StoredReminder, at: Date): Promise<void> {
    return this.rows.markSent(reminder, at);
  }

  markFailed(reminder: StoredReminder, error: string, at: Date): Promise<void> {
    return this.rows.markFailed(reminder, error, at);
  }

  /** The person cannot be reached (app blocked, chat gone): never yielded again. */
  markSkipped(reminder: StoredReminder, reason: string, at: Date): Promise<void> {
    return this.rows.markSkipped(reminder, reason, at);
  }

  /**
   * Retires a row that must not be sent (its measure was closed or cancelled, or its deadline
   * moved), with its ETag; false when another runner changed it first (it will see the same).
   */
  drop(reminder: StoredReminder, reason: string, at: Date): Promise<boolean> {
    return this.rows.drop(reminder, reason, at);
  }

  private async userId(email: string): Promise<number> {
    const known = this.userIds.get(email.toLowerCase());
    if (known !== undefined) return known;
    const user = await this.site.sp.web.ensureUser(email);
    this.userIds.set(email.toLowerCase(), user.Id);
    return user.Id;
  }
}

function toReminder(item: ReminderRow): StoredReminder {
  return {
    id: item.Id,
    key: item.ReminderKey ?? '',
    kind: kinds.code(item.ReminderKind) ?? 'dueSoon',
    measureId: item.MeasureId ?? 0,
    recipientUserId: item.RecipientId ?? 0,
    recipientEmail: item.Recipient?.EMail ?? null,
    dueDate: item.DueDate ?? '',
    state: states.code(item.ReminderState) ?? 'pending',
    attempts: item.Attempts ?? 0,
    lastAttemptAt: item.LastAttemptOn ? new Date(item.LastAttemptOn).toISOString() : null,
    etag: etagOf(item),
  };
}
