import type { FanOutRow, FanOutRunner, WaveReport } from './delivery/run-wave';
import { officeDay, type OfficeDay } from './office-day';
import type { ChatPassReport } from './scheduled-pass';

export type EmptyReport = Pick<WaveReport, 'sent' | 'waiting' | 'failed'>;
const NOTHING_SENT: EmptyReport = { sent: 0, waiting: 0, failed: 0 };

export interface DailyFanOutOptions<Row extends FanOutRow> {
  readonly runner: FanOutRunner<Row>;
  /** The key the fan-out runs under: one per feature's rows. */
  readonly fanOut: string;
  readonly now: () => Date;
  /** Cards go out, and the day's planning runs, from this hour of the office's day (default 8:00). */
  readonly sendFromHour?: number;
  /** Rows the last run retired because what they were about moved on. */
  readonly dropped: () => number;
}

/**
 * A feature's chat pass on the platform fan-out (document notifications, 360 feedback): once per
 * office day, from `sendFromHour`, the feature plans its rows (until a planning pass completes it
 * is tried again each tick); at every tick what is due is sent. `sendDue` between ticks (a notice
 * just planned) joins a run already under way, so two never claim side by side. Out of hours what
 * is planned waits for the morning's first tick.
 */
export class DailyFanOut<Row extends FanOutRow> {
  private plannedOn: string | null = null;
  private sending: Promise<WaveReport> | null = null;
  private planningNow = false;

  constructor(private readonly options: DailyFanOutOptions<Row>) {}

  /** While today's planning runs (a notifier may skip its own send: the tick sends right after). */
  get planning(): boolean {
    return this.planningNow;
  }

  async tick(now: Date, plan: (day: OfficeDay) => Promise<number>): Promise<ChatPassReport> {
    const report = { planned: 0, sent: 0, dropped: 0, waiting: 0, failed: 0 };
    const day = officeDay(now);
    if (day.hour < this.sendFromHour) return report;
    if (this.plannedOn !== day.date) {
      this.planningNow = true;
      try {
        report.planned = await plan(day);
      } finally {
        this.planningNow = false;
      }
      this.plannedOn = day.date;
    }
    const sent = await this.sendDue();
    report.sent = sent.sent;
    report.waiting = sent.waiting;
    report.failed = sent.failed;
    report.dropped = this.options.dropped();
    return report;
  }

  /** Sends what is due now; a call while a run is under way joins that run. */
  sendDue(): Promise<WaveReport | EmptyReport> {
    if (officeDay(this.options.now()).hour < this.sendFromHour) return Promise.resolve(NOTHING_SENT);
    this.sending ??= this.options.runner.runWave(this.options.fanOut, 0).finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private get sendFromHour(): number {
    return this.options.sendFromHour ?? 8;
  }
}
