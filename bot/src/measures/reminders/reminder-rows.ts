import type { DueReminderOptions, NewReminder, StoredReminder } from '@kvalita/sharepoint';
import type { DeliveryRows } from '../../platform/delivery/run-wave';
import type { MeasuresStore, StoredMeasure, StoredMeasureSummary } from '../measures-store';
import { addDays } from './office-day';
import { CATCH_UP_DAYS, REMINDED_STATUSES } from './reminder-plan';

/** The reminders list as the fan-out and the planner use it (MeasureRemindersRepository). */
export interface ReminderStore {
  plan(reminders: readonly NewReminder[]): Promise<{ planned: number; existing: number }>;
  due(options?: DueReminderOptions): AsyncGenerator<StoredReminder[]>;
  claim(reminder: StoredReminder, at: Date): Promise<StoredReminder | null>;
  renew(reminder: StoredReminder, at: Date): Promise<StoredReminder | null>;
  markSent(reminder: StoredReminder, at: Date): Promise<void>;
  markFailed(reminder: StoredReminder, error: string, at: Date): Promise<void>;
  markSkipped(reminder: StoredReminder, reason: string, at: Date): Promise<void>;
  drop(reminder: StoredReminder, reason: string, at: Date): Promise<boolean>;
}

/** What one run of the fan-out read about the rows it may send (the cards are built from it). */
export interface ReminderRun {
  /** Measures of the rows still worth sending, read fresh this run. */
  readonly measures: Map<number, StoredMeasure>;
  /** The overdue measures a digest lists, read once per run when a digest is due. */
  overdue: readonly StoredMeasureSummary[] | null;
  dropped: number;
}

export interface ReminderRowsDeps {
  readonly reminders: ReminderStore;
  readonly measures: Pick<MeasuresStore, 'get' | 'summaries'>;
  /** Who has a personal chat (lower-case e-mails): rows of others wait unread, costing nothing. */
  readonly reachable: () => Promise<ReadonlySet<string>>;
  /** Today in the office (YYYY-MM-DD). */
  readonly today: () => string;
  readonly now: () => Date;
  readonly log?: (line: string) => void;
}

/**
 * Too late by its date alone, whoever it is for: a deadline already passed (dueSoon), a week after
 * the overdue day, a digest of an earlier week. Also dropped for people without a chat, so the
 * rows still due never grow beyond about a week's.
 */
function outdated(row: StoredReminder, today: string): string | null {
  if (row.kind === 'dueSoon' && today > row.dueDate) return 'the deadline has passed';
  if (row.kind === 'overdue' && today > addDays(row.dueDate, 1 + CATCH_UP_DAYS)) return 'too late';
  if (row.kind === 'digest' && today > addDays(row.dueDate, 6)) return 'a newer digest replaces it';
  return null;
}

/** Why a row must not go out any more (null: send it). */
function staleReason(row: StoredReminder, measure: StoredMeasure | null): string | null {
  if (!measure) return 'the measure is gone';
  if (!REMINDED_STATUSES.includes(measure.status)) return `the measure is ${measure.status}`;
  if (measure.deadline !== row.dueDate) return 'the deadline moved';
  if ((measure.ownerEmail ?? '').toLowerCase() !== (row.recipientEmail ?? '').toLowerCase())
    return 'the owner changed';
  return null;
}

/**
 * The reminders list as the platform fan-out's rows (FanOutRunner). Before a page is handed to
 * the runner, each row is checked against its measure read afresh: a measure closed or cancelled
 * since the planning (or whose deadline or owner changed) drops its row, which is then never sent;
 * a digest with nothing overdue any more is dropped too. Rows of people without a personal chat
 * are passed through unread: the runner leaves them pending (waiting), as it does for surveys,
 * until they are too late by their date alone (then dropped unread).
 */
export function reminderRows(deps: ReminderRowsDeps): {
  rows: DeliveryRows<StoredReminder>;
  run: () => ReminderRun;
} {
  let run: ReminderRun = { measures: new Map(), overdue: null, dropped: 0 };

  const drop = async (row: StoredReminder, reason: string) => {
    if (await deps.reminders.drop(row, reason, deps.now())) {
      run.dropped += 1;
      deps.log?.(`measure reminder ${row.key} dropped: ${reason}`);
    }
  };

  const overdue = async (): Promise<readonly StoredMeasureSummary[]> => {
    run.overdue ??= await deps.measures.summaries({
      statuses: REMINDED_STATUSES,
      deadlineTo: addDays(deps.today(), -1),
    });
    return run.overdue;
  };

  const checked = async (page: readonly StoredReminder[], reachable: ReadonlySet<string>) => {
    const today = deps.today();
    const kept: StoredReminder[] = [];
    for (const row of page) {
      const late = outdated(row, today);
      if (late !== null) {
        await drop(row, late);
        continue;
      }
      if (!reachable.has((row.recipientEmail ?? '').toLowerCase())) {
        kept.push(row);
        continue;
      }
      if (row.kind === 'digest') {
        if ((await overdue()).length === 0) await drop(row, 'nothing is overdue');
        else kept.push(row);
        continue;
      }
      const measure = run.measures.get(row.measureId) ?? (await deps.measures.get(row.measureId));
      const reason = staleReason(row, measure);
      if (reason !== null || !measure) {
        await drop(row, reason ?? 'the measure is gone');
        continue;
      }
      run.measures.set(measure.id, measure);
      kept.push(row);
    }
    return kept;
  };

  const rows: DeliveryRows<StoredReminder> = {
    async *due(_key, _wave, options = {}) {
      run = { measures: new Map(), overdue: null, dropped: 0 };
      const reachable = await deps.reachable();
      const { kind: _kind, ...rest } = options;
      for await (const page of deps.reminders.due(rest)) {
        const kept = await checked(page, reachable);
        if (kept.length > 0) yield kept;
      }
    },
    claim: (row, at) => deps.reminders.claim(row, at),
    renew: (row, at) => deps.reminders.renew(row, at),
    markSent: (row, at) => deps.reminders.markSent(row, at),
    markFailed: (row, error, at) => deps.reminders.markFailed(row, error, at),
    markSkipped: (row, reason, at) => deps.reminders.markSkipped(row, reason, at),
  };
  return { rows, run: () => run };
}
