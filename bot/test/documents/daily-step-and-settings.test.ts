import { describe, expect, it } from '@jest/globals';
import { documentSettingsOf } from '../../src/documents/document-settings';
import { withDocumentSteps } from '../../src/documents/with-document-steps';

const report = { opened: 0 } as unknown as Awaited<
  ReturnType<Parameters<typeof withDocumentSteps>[0]['tick']>
>;

describe('the documents’ daily step', () => {
  it('runs once per office day after the scheduler’s tick, and again next tick when it failed', async () => {
    const days: string[] = [];
    let fail = true;
    const lines: string[] = [];
    const tick = withDocumentSteps(
      { tick: async () => report },
      {
        takeEffectDue: async (today?: string) => {
          days.push(today ?? '');
          if (fail) {
            fail = false;
            throw new Error('SharePoint busy');
          }
          return 1;
        },
      },
      (line) => lines.push(line),
    );
    expect(await tick.tick(new Date('2026-12-31T22:30:00Z'))).toBe(report);
    await tick.tick(new Date('2026-12-31T22:31:00Z'));
    await tick.tick(new Date('2026-12-31T22:32:00Z'));
    // 23:30 UTC on 31 December is already 1 January in Prague.
    await tick.tick(new Date('2026-12-31T23:30:00Z'));
    expect(days).toEqual(['2026-12-31', '2026-12-31', '2027-01-01']);
    expect(lines).toEqual([
      "documents' daily step failed this tick: SharePoint busy",
      'documents: 1 approved version(s) took effect',
      'documents: 1 approved version(s) took effect',
    ]);
  });
});

describe('the office’s document settings', () => {
  it('fills the defaults and refuses days out of range or an escalation before the reminder', () => {
    expect(documentSettingsOf()).toEqual({
      acknowledgementReminderDays: 7,
      acknowledgementEscalationDays: 14,
    });
    expect(() => documentSettingsOf({ acknowledgementReminderDays: 0 })).toThrow(RangeError);
    expect(() => documentSettingsOf({ acknowledgementReminderDays: 2.5 })).toThrow(RangeError);
    expect(() =>
      documentSettingsOf({ acknowledgementReminderDays: 20, acknowledgementEscalationDays: 10 }),
    ).toThrow(/more than acknowledgementReminderDays/);
  });
});
