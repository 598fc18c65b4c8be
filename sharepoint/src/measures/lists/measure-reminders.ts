import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';

/**
 * Reminders of measures in chat, one row per measure, kind and deadline (a digest: per quality
 * manager and week), planned and claimed like survey deliveries: pending → sending (claimed with
 * the row's ETag, a lease) → sent, or failed and tried again later; ReminderKey keeps a second
 * planning pass (or a restart) from adding the same reminder twice. A row whose measure was closed
 * or cancelled before it went out is dropped, never sent.
 */
export const REMINDER_STATE_CHOICES = [
  { code: 'pending', label: 'Čeká na odeslání' },
  { code: 'sending', label: 'Odesílá se' },
  { code: 'sent', label: 'Odesláno' },
  { code: 'failed', label: 'Nepodařilo se odeslat' },
  { code: 'skipped', label: 'Vynecháno' },
  { code: 'dropped', label: 'Zrušeno, opatření je uzavřené' },
] as const;

/** "Termín se blíží" to the owner, "po termínu" to the owner, and the weekly digest to the quality manager. */
export const REMINDER_KIND_CHOICES = [
  { code: 'dueSoon', label: 'Blíží se termín' },
  { code: 'overdue', label: 'Po termínu' },
  { code: 'digest', label: 'Týdenní přehled po termínu' },
] as const;

/**
 * Who is reminded of what is the service's bookkeeping (like survey deliveries): the list is
 * service-only, people see their measures in the register.
 */
export const measureRemindersList = {
  key: 'measureReminders',
  urlName: 'KvalitaMeasureReminders',
  template: 'genericList',
  permissions: 'serviceOnly',
  title: { cs: 'Připomínky opatření', en: 'Measure reminders' },
  description: {
    cs: 'Komu a kdy služba Kvalita připomněla termín opatření v chatu. Seznam je přístupný jen službě Kvalita a správcům webu.',
    en: 'Whom the Kvalita service reminded of a measure’s deadline in chat, and when. The list is open only to the Kvalita service and site collection administrators.',
  },
  titleField: { cs: 'Připomínka', en: 'Reminder' },
  fields: [
    uniqueKeyField('ReminderKey', { cs: 'Klíč připomínky', en: 'Reminder key' }),
    {
      name: 'ReminderKind',
      type: 'Choice',
      title: { cs: 'Druh připomínky', en: 'Reminder kind' },
      required: true,
      choices: REMINDER_KIND_CHOICES,
    },
    {
      // 0 on a digest (it lists every overdue measure when it is sent).
      name: 'MeasureId',
      type: 'Number',
      title: { cs: 'Opatření (ID)', en: 'Measure (ID)' },
      required: true,
      indexed: true,
      min: 0,
    },
    {
      name: 'Recipient',
      type: 'User',
      title: { cs: 'Příjemce', en: 'Recipient' },
      required: true,
      indexed: true,
    },
    {
      // The measure's deadline the reminder is about (a digest: its Monday), YYYY-MM-DD.
      name: 'DueDate',
      type: 'Text',
      title: { cs: 'Termín', en: 'Deadline' },
      required: true,
      maxLength: 10,
    },
    {
      name: 'ReminderState',
      type: 'Choice',
      title: { cs: 'Stav', en: 'State' },
      required: true,
      indexed: true,
      choices: REMINDER_STATE_CHOICES,
    },
    { name: 'Attempts', type: 'Number', title: { cs: 'Počet pokusů', en: 'Attempts' }, min: 0 },
    { name: 'LastAttemptOn', type: 'DateTime', title: { cs: 'Poslední pokus', en: 'Last attempt' } },
    { name: 'SentOn', type: 'DateTime', title: { cs: 'Odesláno dne', en: 'Sent on' } },
    {
      name: 'LastError',
      type: 'Text',
      title: { cs: 'Poslední chyba', en: 'Last error' },
      maxLength: 255,
    },
  ],
} as const satisfies ListSchema;
