import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';

/**
 * Chat notifications about controlled documents, one row per kind, document version, occasion and
 * person, planned and claimed like survey deliveries: pending → sending (claimed with the row's
 * ETag, a lease) → sent, or failed and tried again later. NotificationKey keeps a second planning
 * pass, a restart or a second instance from adding the same card twice; a row whose document moved
 * on before it went out (withdrawn, superseded, already confirmed) is dropped, never sent.
 */
export const NOTIFICATION_STATE_CHOICES = [
  { code: 'pending', label: 'Čeká na odeslání' },
  { code: 'sending', label: 'Odesílá se' },
  { code: 'sent', label: 'Odesláno' },
  { code: 'failed', label: 'Nepodařilo se odeslat' },
  { code: 'skipped', label: 'Vynecháno' },
  { code: 'dropped', label: 'Zrušeno, dokument se mezitím změnil' },
] as const;

/** The kinds of core's DOCUMENT_NOTIFICATION_KINDS, with their Czech labels for SharePoint views. */
export const NOTIFICATION_KIND_CHOICES = [
  { code: 'reviewRequest', label: 'Žádost o připomínky' },
  { code: 'approvalRequest', label: 'Žádost o schválení' },
  { code: 'returned', label: 'Vráceno k úpravě' },
  { code: 'approved', label: 'Schváleno' },
  { code: 'reviewSoon', label: 'Blíží se revize' },
  { code: 'reviewOverdue', label: 'Revize po termínu' },
  { code: 'acknowledgementRequest', label: 'Seznamte se a potvrďte' },
  { code: 'acknowledgementReminder', label: 'Připomínka potvrzení' },
  { code: 'acknowledgementEscalation', label: 'Nepotvrzeno v odboru' },
] as const;

/**
 * Who was told what about which document in chat is the service's bookkeeping (like survey
 * deliveries): a reminder row names someone who had not confirmed yet, so the list is service-only;
 * people see their documents and acknowledgements in the register.
 */
export const documentNotificationsList = {
  key: 'documentNotifications',
  urlName: 'KvalitaDocumentNotifications',
  template: 'genericList',
  permissions: 'serviceOnly',
  title: { cs: 'Oznámení o dokumentech', en: 'Document notifications' },
  description: {
    cs: 'Komu a kdy služba Kvalita poslala v chatu kartu o řízeném dokumentu. Připomínky jdou jen těm, kdo ještě nepotvrdili seznámení, proto je seznam přístupný jen službě Kvalita a správcům webu.',
    en: 'Whom the Kvalita service sent a card about a controlled document in chat, and when. Reminders go only to those who have not confirmed yet, so the list is open only to the Kvalita service and site collection administrators.',
  },
  titleField: { cs: 'Oznámení', en: 'Notification' },
  fields: [
    uniqueKeyField('NotificationKey', { cs: 'Klíč oznámení', en: 'Notification key' }),
    {
      // "<kind>#<document>#<version>#<occasion>": one fan-out (everyone asked to confirm one
      // version, the reviewers of one submission); the most selective indexed clause of its rows.
      name: 'SubjectKey',
      type: 'Text',
      title: { cs: 'Klíč rozeslání', en: 'Fan-out key' },
      required: true,
      indexed: true,
      maxLength: 128,
    },
    {
      name: 'NotificationKind',
      type: 'Choice',
      title: { cs: 'Druh oznámení', en: 'Notification kind' },
      required: true,
      choices: NOTIFICATION_KIND_CHOICES,
    },
    {
      name: 'DocumentId',
      type: 'Number',
      title: { cs: 'Dokument (ID)', en: 'Document (ID)' },
      required: true,
      indexed: true,
      min: 0,
    },
    {
      name: 'VersionLabel',
      type: 'Text',
      title: { cs: 'Verze', en: 'Version' },
      required: true,
      maxLength: 16,
    },
    {
      // What makes a repeated kind a new card: the submission's time, the review date with 30/10
      // days, the overdue week's Monday, '-' for once per version.
      name: 'Occasion',
      type: 'Text',
      title: { cs: 'Příležitost', en: 'Occasion' },
      required: true,
      maxLength: 40,
    },
    {
      name: 'Recipient',
      type: 'User',
      title: { cs: 'Příjemce', en: 'Recipient' },
      required: true,
      indexed: true,
    },
    {
      name: 'NotificationState',
      type: 'Choice',
      title: { cs: 'Stav', en: 'State' },
      required: true,
      indexed: true,
      choices: NOTIFICATION_STATE_CHOICES,
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
