import type { TickReport } from '../surveys/scheduler/survey-scheduler';

/** What the scheduler loop runs every minute (startSchedulerLoop's `tick`). */
export interface ScheduledTick {
  tick(now: Date): Promise<TickReport>;
}

/** What a feature's chat pass (measure reminders, document notifications) did in one tick. */
export interface ChatPassReport {
  /** Rows added by today's planning (0 on the ticks after it). */
  readonly planned: number;
  readonly sent: number;
  /** Rows retired because what they were about moved on before they went out. */
  readonly dropped: number;
  readonly waiting: number;
  readonly failed: number;
}

/**
 * The scheduler's tick, then a feature's chat pass (one loop, never overlapping). A failing pass is
 * logged under its name and tried again next minute; it never costs the tick before it.
 */
export function withChatPass(
  tick: ScheduledTick,
  pass: { tick(now: Date): Promise<ChatPassReport> } | null,
  name: string,
  log: (line: string) => void,
): ScheduledTick {
  if (!pass) return tick;
  return {
    tick: async (now) => {
      const report = await tick.tick(now);
      try {
        const sent = await pass.tick(now);
        if (sent.planned + sent.sent + sent.dropped > 0)
          log(
            `${name}: ${sent.planned} planned, ${sent.sent} sent, ${sent.dropped} dropped, ` +
              `${sent.waiting} waiting, ${sent.failed} failed`,
          );
      } catch (error) {
        log(`${name} failed this tick: ${error instanceof Error ? error.message : String(error)}`);
      }
      return report;
    },
  };
}
