import type { TickReport } from '../../surveys/scheduler/survey-scheduler';
import type { MeasureReminders } from './measure-reminders';

/** What the scheduler loop runs every minute (startSchedulerLoop's `tick`). */
export interface ScheduledTick {
  tick(now: Date): Promise<TickReport>;
}

/**
 * The survey scheduler's tick, then the measure reminders' (one loop, never overlapping). A
 * failing reminders pass is logged and tried again next minute; it never costs the surveys' tick.
 */
export function withMeasureReminders(
  surveys: ScheduledTick,
  reminders: Pick<MeasureReminders, 'tick'> | null,
  log: (line: string) => void,
): ScheduledTick {
  if (!reminders) return surveys;
  return {
    tick: async (now) => {
      const report = await surveys.tick(now);
      try {
        const sent = await reminders.tick(now);
        if (sent.planned + sent.sent + sent.dropped > 0)
          log(
            `measure reminders: ${sent.planned} planned, ${sent.sent} sent, ${sent.dropped} dropped, ` +
              `${sent.waiting} waiting, ${sent.failed} failed`,
          );
      } catch (error) {
        log(`measure reminders failed this tick: ${error instanceof Error ? error.message : String(error)}`);
      }
      return report;
    },
  };
}
