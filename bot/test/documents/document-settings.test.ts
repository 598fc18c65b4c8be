import { describe, expect, it } from '@jest/globals';
import { documentSettingsOf } from '../../src/documents/document-settings';

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
