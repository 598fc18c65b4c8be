import '../platform/pnp-imports';
import { inOneBatch, settleInOneBatch } from '../platform/batch';
import { ConcurrencyConflictError, DuplicateValueError } from '../platform/errors';
import { etagOf, pagesOf } from '../platform/paging';
import { filterOn } from '../platform/schema/filter';
import type { ItemChangesOf, NewItemOf } from '../platform/schema/items';
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

/** The same lease and retry pause as survey deliveries (survey-deliveries.ts). */
const DEFAULT_CLAIM_LEASE_MS = 5 * 60 * 1000;
const DEFAULT_RETRY_FAILED_AFTER_MS = 15 * 60 * 1000;
const DEFAULT_MAX_ATTEMPTS = 10;

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
type Changes = ItemChangesOf<typeof measureRemindersList>;
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
 * Measure reminders as a resumable fan-out (the same mechanics as SurveyDeliveriesRepository):
 * plan rows once (unique ReminderKey), claim a due row with its ETag before sending, mark it sent,
 * failed (due again after the retry pause) or skipped; a 'sending' row whose claim is older than
 * the lease belongs to a runner that died and is due again. `drop` retires a row whose measure
 * closed before it went out.
 */
export class MeasureRemindersRepository {
  private readonly userIds = new Map<string, number>();

  constructor(private readonly site: SiteContext) {}

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
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const now = (options.now ?? new Date()).getTime();
    const staleBefore = new Date(now - (options.claimLeaseMs ?? DEFAULT_CLAIM_LEASE_MS));
    const retryBefore = new Date(now - (options.retryFailedAfterMs ?? DEFAULT_RETRY_FAILED_AFTER_MS));
    const state = (code: ReminderState) => where('ReminderState', 'eq', states.label(code));
    const retryable = `${where('Attempts', 'lt', maxAttempts)} and ${where('LastAttemptOn', 'lt', retryBefore)}`;
    const abandoned = `${where('Attempts', 'lt', maxAttempts)} and ${where('LastAttemptOn', 'lt', staleBefore)}`;
    const query = REMINDER.applyTo(list.items)
      .filter(
        `${state('pending')} or (${state('failed')} and ${retryable}) or (${state('sending')} and ${abandoned})`,
      )
      .orderBy('Id', true);
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
  async claim(reminder: StoredReminder, at: Date): Promise<StoredReminder | null> {
    const attempts = reminder.attempts + 1;
    return this.updateIfUnchanged(
      reminder,
      { ReminderState: states.label('sending'), Attempts: attempts, LastAttemptOn: at.toISOString() },
      { state: 'sending', attempts, lastAttemptAt: at.toISOString() },
    );
  }

  /** Extends this runner's claim before a retry; null when the row changed meanwhile. */
  async renew(reminder: StoredReminder, at: Date): Promise<StoredReminder | null> {
    return this.updateIfUnchanged(
      reminder,
      { LastAttemptOn: at.toISOString() },
      { lastAttemptAt: at.toISOString() },
    );
  }

  /** Records a successful send; ConcurrencyConflictError if the row changed under this runner. */
  async markSent(reminder: StoredReminder, at: Date): Promise<void> {
    await this.record(reminder, {
      ReminderState: states.label('sent'),
      Attempts: attemptsAfter(reminder),
      LastAttemptOn: at.toISOString(),
      SentOn: at.toISOString(),
      LastError: null,
    });
  }

  async markFailed(reminder: StoredReminder, error: string, at: Date): Promise<void> {
    await this.record(reminder, {
      ReminderState: states.label('failed'),
      Attempts: attemptsAfter(reminder),
      LastAttemptOn: at.toISOString(),
      LastError: error.slice(0, 255),
    });
  }

  /** The person cannot be reached (app blocked, chat gone): never yielded again. */
  async markSkipped(reminder: StoredReminder, reason: string, at: Date): Promise<void> {
    await this.record(reminder, {
      ReminderState: states.label('skipped'),
      Attempts: attemptsAfter(reminder),
      LastAttemptOn: at.toISOString(),
      LastError: reason.slice(0, 255),
    });
  }

  /**
   * Retires a row that must not be sent (its measure was closed or cancelled, or its deadline
   * moved), with its ETag; false when another runner changed it first (it will see the same).
   */
  async drop(reminder: StoredReminder, reason: string, at: Date): Promise<boolean> {
    const dropped = await this.updateIfUnchanged(
      reminder,
      {
        ReminderState: states.label('dropped'),
        LastAttemptOn: at.toISOString(),
        LastError: reason.slice(0, 255),
      },
      { state: 'dropped', lastAttemptAt: at.toISOString() },
    );
    return dropped !== null;
  }

  private async userId(email: string): Promise<number> {
    const known = this.userIds.get(email.toLowerCase());
    if (known !== undefined) return known;
    const user = await this.site.sp.web.ensureUser(email);
    this.userIds.set(email.toLowerCase(), user.Id);
    return user.Id;
  }

  private async updateIfUnchanged(
    reminder: StoredReminder,
    values: Changes,
    changed: Partial<StoredReminder>,
  ): Promise<StoredReminder | null> {
    const list = await this.site.list(measureRemindersList);
    try {
      const result: { etag?: string | null } = await list.items
        .getById(reminder.id)
        .update(values, reminder.etag);
      if (!result.etag) throw new Error('SharePoint answered the update without an ETag');
      return { ...reminder, ...changed, etag: result.etag };
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) return null;
      throw error;
    }
  }

  private async record(reminder: StoredReminder, values: Changes): Promise<void> {
    const list = await this.site.list(measureRemindersList);
    await list.items.getById(reminder.id).update(values, reminder.etag);
  }
}

/** A claimed row already counted its attempt; a row marked without a claim counts it now. */
function attemptsAfter(reminder: StoredReminder): number {
  return reminder.state === 'sending' ? reminder.attempts : reminder.attempts + 1;
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
