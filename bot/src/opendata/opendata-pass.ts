import type { ScheduledTick } from '../platform/scheduled-pass';
import type { OpenDataService } from './opendata-service';

/** How often the schedule looks for datasets due (a period is at least a week; an hour late is on time). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The scheduler's tick, then open data's re-publication of what is due, looked for once an hour (two
 * SharePoint reads) rather than every minute. A failure is logged and tried again next hour; it
 * never costs the tick before it.
 */
export function withOpenDataPass(
  tick: ScheduledTick,
  openData: OpenDataService,
  log: (line: string) => void,
): ScheduledTick {
  let lastCheck = Number.NEGATIVE_INFINITY;
  return {
    tick: async (now) => {
      const report = await tick.tick(now);
      if (now.getTime() - lastCheck < CHECK_EVERY_MS) return report;
      lastCheck = now.getTime();
      try {
        const entry = await openData.tick(now);
        if (entry)
          log(
            `open data: re-published ${entry.datasets.map((dataset) => dataset.key).join(', ')} on schedule`,
          );
      } catch (error) {
        log(`open data re-publication failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return report;
    },
  };
}
