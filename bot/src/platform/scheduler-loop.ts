import type { TickReport } from '../surveys/scheduler/survey-scheduler';

export interface SchedulerLoop {
  /** Runs a tick now (after the one in progress, if any) and resolves with its report. */
  tickNow(): Promise<TickReport | null>;
  /** No new ticks; resolves when the running one has finished. */
  stop(): Promise<void>;
}

/**
 * Runs the survey scheduler at start and then every `intervalMs` (a minute by default). Ticks never
 * overlap within the process: the next starts only after the previous has finished (a slow tick
 * delays the next rather than piling up). A tick that throws is logged; the loop goes on.
 */
export function startSchedulerLoop(options: {
  readonly tick: (now: Date) => Promise<TickReport>;
  readonly now: () => Date;
  readonly intervalMs?: number;
  readonly log?: (line: string) => void;
}): SchedulerLoop {
  const intervalMs = options.intervalMs ?? 60_000;
  let running: Promise<TickReport | null> = Promise.resolve(null);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const runOnce = (): Promise<TickReport | null> => {
    running = running.then(async () => {
      try {
        const report = await options.tick(options.now());
        if (
          report.sent + report.invited + report.reminded + report.opened.length + report.closed.length >
          0
        ) {
          options.log?.(
            `scheduler: ${report.opened.length} opened, ${report.invited} invited, ${report.reminded} reminded, ` +
              `${report.sent} sent, ${report.closed.length} closed, ${report.failed.length} failed`,
          );
        }
        return report;
      } catch (error) {
        options.log?.(`scheduler tick failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      }
    });
    return running;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void runOnce().then(schedule);
    }, intervalMs);
    timer.unref();
  };
  void runOnce().then(schedule);

  return {
    tickNow: () => runOnce(),
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
