import { describe, expect, it } from '@jest/globals';
import { startSchedulerLoop } from '../../src/platform/scheduler-loop';
import type { TickReport } from '../../src/surveys/scheduler/survey-scheduler';

const empty = (): TickReport => ({
  surveys: 0,
  opened: [],
  invited: 0,
  reminded: 0,
  waiting: 0,
  remindersRemoved: 0,
  sent: 0,
  closed: [],
  failed: [],
});

describe('scheduler loop', () => {
  it('ticks at start, never runs two ticks at once, survives a failing tick and stops cleanly', async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    const log: string[] = [];
    const loop = startSchedulerLoop({
      now: () => new Date('2027-02-01T07:00:00Z'),
      intervalMs: 60_000,
      log: (line) => log.push(line),
      tick: async () => {
        calls += 1;
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        if (calls === 2) throw new Error('SharePoint unavailable');
        return { ...empty(), sent: 1 };
      },
    });
    const reports = await Promise.all([loop.tickNow(), loop.tickNow(), loop.tickNow()]);
    expect(calls).toBe(4); // the start-up tick and three asked for
    expect(most).toBe(1);
    expect(reports.map((report) => report?.sent ?? null)).toEqual([null, 1, 1]);
    expect(log.join('\n')).toContain('scheduler tick failed: SharePoint unavailable');
    await loop.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toBe(4);
  });
});
