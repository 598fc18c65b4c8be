import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';

/**
 * A fan-out to hundreds of people must survive a restart halfway: each recipient of a wave has a
 * row that goes pending → sending (claimed by one runner) → sent (or failed, retried later), so a
 * resumed run sends only what is still due and DeliveryKey (survey, wave, kind, person) keeps a
 * retry from planning anyone twice. A 'sending' row whose claim is older than the lease belongs to
 * a runner that died and is due again.
 */
export const DELIVERY_STATE_CHOICES = [
  { code: 'pending', label: 'Čeká na odeslání' },
  { code: 'sending', label: 'Odesílá se' },
  { code: 'sent', label: 'Odesláno' },
  { code: 'failed', label: 'Nepodařilo se odeslat' },
  { code: 'skipped', label: 'Vynecháno' },
] as const;

/** The first card of a wave, or the reminder to those who have not answered yet. */
export const DELIVERY_KIND_CHOICES = [
  { code: 'invitation', label: 'Pozvánka' },
  { code: 'reminder', label: 'Připomínka' },
] as const;

/**
 * Who was asked. Invitation rows say nothing about answers, but a reminder row names someone who
 * had not answered when it was planned, so the list is service-only (the scheduler also removes a
 * wave's reminder rows once the wave has closed).
 */
export const surveyDeliveriesList = {
  key: 'surveyDeliveries',
  urlName: 'KvalitaSurveyDeliveries',
  template: 'genericList',
  permissions: 'serviceOnly',
  title: { cs: 'Rozesílání průzkumů', en: 'Survey deliveries' },
  description: {
    cs: 'Komu byla která vlna průzkumu rozeslána a v jakém stavu je odeslání. Připomínky jdou jen těm, kdo ještě neodpověděli, proto je seznam přístupný jen službě Kvalita a správcům webu.',
    en: 'Who was sent which survey wave and the state of each delivery. Reminders go only to those who have not answered yet, so the list is open only to the Kvalita service and site collection administrators.',
  },
  titleField: { cs: 'Průzkum', en: 'Survey' },
  fields: [
    {
      name: 'SurveyKey',
      type: 'Text',
      title: { cs: 'Klíč průzkumu', en: 'Survey key' },
      required: true,
      indexed: true,
      maxLength: 64,
    },
    {
      name: 'Wave',
      type: 'Number',
      title: { cs: 'Vlna', en: 'Wave' },
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
      // "<survey>#<wave>" (reminders "<survey>#<wave>#reminder"): the most selective indexed first clause for a wave's rows, so queries stay
      // within the list view threshold however many waves the list holds.
      name: 'WaveKey',
      type: 'Text',
      title: { cs: 'Klíč vlny', en: 'Wave key' },
      required: true,
      indexed: true,
      maxLength: 96,
    },
    {
      // Not filtered on (WaveKey already tells the kinds apart): for views in SharePoint.
      name: 'DeliveryKind',
      type: 'Choice',
      title: { cs: 'Druh zprávy', en: 'Message kind' },
      choices: DELIVERY_KIND_CHOICES,
    },
    uniqueKeyField('DeliveryKey', { cs: 'Klíč rozeslání', en: 'Delivery key' }),
    {
      name: 'DeliveryState',
      type: 'Choice',
      title: { cs: 'Stav', en: 'State' },
      required: true,
      indexed: true,
      choices: DELIVERY_STATE_CHOICES,
    },
    {
      name: 'Attempts',
      type: 'Number',
      title: { cs: 'Počet pokusů', en: 'Attempts' },
      min: 0,
    },
    {
      name: 'LastAttemptOn',
      type: 'DateTime',
      title: { cs: 'Poslední pokus', en: 'Last attempt' },
    },
    { name: 'SentOn', type: 'DateTime', title: { cs: 'Odesláno dne', en: 'Sent on' } },
    {
      name: 'LastError',
      type: 'Text',
      title: { cs: 'Poslední chyba', en: 'Last error' },
      maxLength: 255,
    },
  ],
} as const satisfies ListSchema;
