import { FEEDBACK_LIMITS } from '@kvalita/core';
import { claimStateFields } from '../../platform/claimed-rows';
import { uniqueKeyField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import { cycleIdField } from './cycle-id-field';

/** The states of a claimed row (platform/claimed-rows.ts), with Czech labels for SharePoint views. */
export const FEEDBACK_DELIVERY_STATE_CHOICES = [
  { code: 'pending', label: 'Čeká na odeslání' },
  { code: 'sending', label: 'Odesílá se' },
  { code: 'sent', label: 'Odesláno' },
  { code: 'failed', label: 'Nepodařilo se odeslat' },
  { code: 'skipped', label: 'Vynecháno' },
  { code: 'dropped', label: 'Zrušeno, cyklus se mezitím posunul' },
] as const;

/** The cards 360 feedback sends in chat (bot/src/feedback/chat/feedback-delivery-store.ts says when each goes). */
export const FEEDBACK_DELIVERY_KIND_CHOICES = [
  { code: 'nominationRequest', label: 'Výběr hodnotitelů' },
  { code: 'nominationReminder', label: 'Připomínka výběru hodnotitelů' },
  { code: 'approvalRequest', label: 'Schválení hodnotitelů' },
  { code: 'approvalReminder', label: 'Připomínka schválení hodnotitelů' },
  { code: 'ratingRequest', label: 'Hodnocení' },
  { code: 'ratingReminder', label: 'Připomínka hodnocení' },
  { code: 'released', label: 'Zpráva zpřístupněna' },
] as const;

/**
 * 360 feedback's chat cards, one row per kind, cycle, subject, occasion and person, planned and
 * claimed like survey deliveries: pending → sending (claimed with the row's ETag, a lease) → sent,
 * failed (tried again later), skipped or dropped (the cycle moved on before it went out).
 * Service-only: a rating card's row says who rates whom, a reminder's who had not acted yet.
 */
export const feedbackDeliveriesList = {
  key: 'feedbackDeliveries',
  urlName: 'Kvalita360Deliveries',
  template: 'genericList',
  permissions: 'serviceOnly',
  versioning: false,
  title: { cs: 'Rozesílání karet 360°', en: '360° card deliveries' },
  description: {
    cs: 'Komu a kdy služba Kvalita poslala v chatu kartu zpětné vazby 360°. Řádky říkají, kdo koho hodnotí, proto je seznam přístupný jen službě Kvalita a správcům webu.',
    en: 'Whom the Kvalita service sent a 360° feedback card in chat, and when. The rows say who rates whom, so the list is open only to the Kvalita service and site collection administrators.',
  },
  titleField: { cs: 'Karta', en: 'Card' },
  fields: [
    { ...uniqueKeyField('DeliveryKey', { cs: 'Klíč rozeslání', en: 'Delivery key' }), maxLength: 255 },
    {
      // "<kind>#<cycle>": one fan-out, the most selective indexed clause when a kind's rows are read.
      name: 'FanOutKey',
      type: 'Text',
      title: { cs: 'Rozeslání', en: 'Fan-out' },
      required: true,
      indexed: true,
      maxLength: 64,
    },
    {
      name: 'DeliveryKind',
      type: 'Choice',
      title: { cs: 'Druh karty', en: 'Card kind' },
      required: true,
      choices: FEEDBACK_DELIVERY_KIND_CHOICES,
    },
    cycleIdField,
    {
      // 0: about no one subject (a rater's reminder, a manager's notice).
      name: 'SubjectId',
      type: 'Number',
      title: { cs: 'Hodnocený/á (ID)', en: 'Subject (ID)' },
      required: true,
      min: 0,
    },
    {
      // What makes a repeated kind a new card (a reminder's deadline and day); '-' for once.
      name: 'Occasion',
      type: 'Text',
      title: { cs: 'Příležitost', en: 'Occasion' },
      required: true,
      maxLength: 40,
    },
    {
      name: 'RecipientEmail',
      type: 'Text',
      title: { cs: 'Příjemce', en: 'Recipient' },
      required: true,
      indexed: true,
      maxLength: FEEDBACK_LIMITS.email,
    },
    ...claimStateFields('DeliveryState', FEEDBACK_DELIVERY_STATE_CHOICES),
  ],
} as const satisfies ListSchema;
