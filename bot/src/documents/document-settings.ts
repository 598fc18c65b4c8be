import { DEFAULT_DOCUMENT_SETTINGS, DOCUMENT_LIMITS, type DocumentSettings } from '@kvalita/core';

/**
 * The office's document settings (KVALITA_DOCUMENT_ACK_REMINDER_DAYS, …_ESCALATION_DAYS) with the
 * defaults filled in, checked: whole days within DOCUMENT_LIMITS, and the escalation to the head of
 * department after the reminder (escalating first would skip the person's own reminder).
 */
export function documentSettingsOf(given: Partial<DocumentSettings> = {}): DocumentSettings {
  const settings = { ...DEFAULT_DOCUMENT_SETTINGS, ...given };
  const within = (name: string, value: number, limits: { min: number; max: number }) => {
    if (!Number.isInteger(value) || value < limits.min || value > limits.max)
      throw new RangeError(
        `${name} must be a whole number of days from ${limits.min} to ${limits.max}, not ${value}`,
      );
  };
  within(
    'acknowledgementReminderDays',
    settings.acknowledgementReminderDays,
    DOCUMENT_LIMITS.acknowledgementReminderDays,
  );
  within(
    'acknowledgementEscalationDays',
    settings.acknowledgementEscalationDays,
    DOCUMENT_LIMITS.acknowledgementEscalationDays,
  );
  if (settings.acknowledgementEscalationDays <= settings.acknowledgementReminderDays)
    throw new RangeError('acknowledgementEscalationDays must be more than acknowledgementReminderDays');
  return settings;
}
