import { MEASURE_LIMITS } from '@kvalita/core';
import type { StoredBotConversation, StoredReminder } from '@kvalita/sharepoint';
import type { Clock } from '../../platform/delivery/clock';
import type { ProactiveSend } from '../../platform/delivery/proactive-sender';
import type { RateLimiter } from '../../platform/delivery/rate-limiter';
import { FanOutRunner, type WaveReport, type WaveRunnerOptions } from '../../platform/delivery/run-wave';
import type { MeasuresStore } from '../measures-store';
import { addDays } from '@kvalita/core';
import { officeDay } from '../../platform/office-day';
import { reminderActivity, type MeasureLinks } from './reminder-activity';
import { REMINDED_STATUSES, deadlineWindow, remindersDue } from './reminder-plan';
import { reminderRows, type ReminderStore } from './reminder-rows';

export interface MeasureRemindersDeps {
  readonly measures: Pick<MeasuresStore, 'get' | 'summaries'>;
  readonly reminders: ReminderStore;
  /** E-mails of the people with the qualityManager role (the directory). */
  readonly qualityManagers: () => Promise<readonly string[]>;
  /** Days before the deadline (office settings); MEASURE_LIMITS.reminderDays.default when none. */
  readonly reminderDays?: () => number;
  readonly conversations: { all(): Promise<StoredBotConversation[]> };
  readonly send: ProactiveSend;
  readonly links: MeasureLinks;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  readonly random: () => number;
  readonly now: () => Date;
  readonly log?: (line: string) => void;
  /** The fan-out's tuning, as for surveys (tests shorten waits). */
  readonly options?: WaveRunnerOptions;
  /** Reminders go out from this hour of the office's day (default 8:00). */
  readonly sendFromHour?: number;
  /**
   * Least time between two fan-outs (default 0: every tick, as survey waves, so someone who
   * installs the app gets their waiting reminder within a minute; rows of people without a chat
   * are not read, and failed rows wait out their retry pause in the query itself).
   */
  readonly sendEveryMs?: number;
}

export interface MeasureRemindersReport {
  /** Reminder rows added by today's planning (0 on the ticks after it). */
  planned: number;
  sent: number;
  /** Rows retired because their measure was closed, cancelled or changed before they went out. */
  dropped: number;
  waiting: number;
  failed: number;
}

/** The key the fan-out is run with: the reminders list is one fan-out of its own. */
const FAN_OUT = 'measures';

function clampDays(days: number): number {
  const { min, max } = MEASURE_LIMITS.reminderDays;
  return Number.isInteger(days) ? Math.min(max, Math.max(min, days)) : MEASURE_LIMITS.reminderDays.default;
}

/**
 * Measure reminders in chat, run by the scheduler loop with the surveys every minute. Once per
 * office day (from `sendFromHour`) it plans the day's reminders from one indexed read of the
 * register (open measures with a deadline in the window; on Mondays also every overdue one, for
 * the quality managers' digest); until a planning pass completes it is tried again each tick.
 * It sends through the platform fan-out (claims with ETags, lease, token bucket, Retry-After)
 * at every tick (as survey waves), so failed rows are retried after their pause, a crashed claim
 * is resent after its lease, and someone who installs the app gets a waiting reminder at once. Planning twice adds nothing (unique keys).
 */
export class MeasureReminders {
  private plannedOn: string | null = null;
  private lastSendAt = Number.NEGATIVE_INFINITY;
  private readonly runner: FanOutRunner<StoredReminder>;
  private readonly run: ReturnType<typeof reminderRows>['run'];

  constructor(private readonly deps: MeasureRemindersDeps) {
    const today = () => officeDay(deps.now()).date;
    const { rows, run } = reminderRows({
      reminders: deps.reminders,
      measures: deps.measures,
      reachable: async () =>
        new Set(
          (await deps.conversations.all()).flatMap((chat) => (chat.email ? [chat.email.toLowerCase()] : [])),
        ),
      today,
      now: deps.now,
      ...(deps.log ? { log: deps.log } : {}),
    });
    this.run = run;
    this.runner = new FanOutRunner<StoredReminder>({
      deliveries: rows,
      conversations: deps.conversations,
      send: deps.send,
      activity: reminderActivity(run, deps.links),
      limiter: deps.limiter,
      clock: deps.clock,
      random: deps.random,
      now: deps.now,
      ...(deps.log ? { log: deps.log } : {}),
      ...(deps.options ? { options: deps.options } : {}),
    });
  }

  async tick(now: Date): Promise<MeasureRemindersReport> {
    const report: MeasureRemindersReport = { planned: 0, sent: 0, dropped: 0, waiting: 0, failed: 0 };
    const day = officeDay(now);
    if (day.hour < (this.deps.sendFromHour ?? 8)) return report;
    let planned = false;
    if (this.plannedOn !== day.date) {
      report.planned = await this.plan(day.date, day.weekday === 1);
      this.plannedOn = day.date;
      planned = true;
    }
    if (!planned && now.getTime() - this.lastSendAt < (this.deps.sendEveryMs ?? 0)) return report;
    this.lastSendAt = now.getTime();
    const sent: WaveReport = await this.runner.runWave(FAN_OUT, 0);
    report.sent = sent.sent;
    report.waiting = sent.waiting;
    report.failed = sent.failed;
    report.dropped = this.run().dropped;
    return report;
  }

  private async plan(today: string, monday: boolean): Promise<number> {
    const reminderDays = clampDays(this.deps.reminderDays?.() ?? MEASURE_LIMITS.reminderDays.default);
    const window = deadlineWindow(today, reminderDays);
    const measures = await this.deps.measures.summaries({
      statuses: REMINDED_STATUSES,
      deadlineFrom: window.from,
      deadlineTo: window.to,
    });
    // The digest needs to know whether anything is overdue at all, however long ago.
    const overdue = monday
      ? await this.deps.measures.summaries({
          statuses: REMINDED_STATUSES,
          deadlineTo: addDays(window.from, -1),
        })
      : [];
    const reminders = remindersDue({
      today,
      monday,
      reminderDays,
      measures: [...measures, ...overdue],
      qualityManagers:
        monday && [...measures, ...overdue].some((measure) => measure.deadline < today)
          ? await this.deps.qualityManagers()
          : [],
    });
    const outcome = await this.deps.reminders.plan(reminders);
    if (outcome.planned > 0) this.deps.log?.(`measure reminders: ${outcome.planned} planned for ${today}`);
    return outcome.planned;
  }
}
