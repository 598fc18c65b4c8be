import { describe, expect, it } from '@jest/globals';
import { withChatPass } from '../../src/platform/scheduled-pass';
import type { TickReport } from '../../src/surveys/scheduler/survey-scheduler';

const SURVEYS: TickReport = {
  surveys: 1,
  opened: [],
  invited: 0,
  reminded: 0,
  waiting: 0,
  remindersRemoved: 0,
  sent: 2,
  closed: [],
  failed: [],
};

describe('measure reminders in the scheduler loop', () => {
  it('run after the surveys’ tick, and a failure of theirs never costs the surveys theirs', async () => {
    const calls: string[] = [];
    const log: string[] = [];
    const tick = withChatPass(
      { tick: async () => (calls.push('surveys'), SURVEYS) },
      {
        tick: async () => {
          calls.push('measures');
          throw new Error('SharePoint is busy');
        },
      },
      'measure reminders',
      (line) => log.push(line),
    );
    expect(await tick.tick(new Date('2027-03-02T08:00:00Z'))).toBe(SURVEYS);
    expect(calls).toEqual(['surveys', 'measures']);
    expect(log).toEqual(['measure reminders failed this tick: SharePoint is busy']);
  });
});
