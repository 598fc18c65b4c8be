import { resolveLocale, waveOf } from '@kvalita/core';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { SurveyReader } from '../answering/survey-source';
import { surveyCard } from '../cards/survey-card';
import type { DeliveryActivity } from '../../platform/delivery/run-wave';

/**
 * The message of a delivery row: the wave's survey card in the recipient's language, marked as a
 * reminder on reminder rows. Built once per survey, wave, kind and language within a run.
 */
export function surveyDeliveryActivity(surveys: Pick<SurveyReader, 'get'>): DeliveryActivity {
  const built = new Map<string, ReturnType<typeof MessageFactory.attachment>>();
  return async (delivery, conversation) => {
    const locale = resolveLocale(conversation.locale);
    const cacheKey = `${delivery.surveyKey}#${delivery.wave}#${delivery.kind}#${locale}`;
    const cached = built.get(cacheKey);
    if (cached) return cached;
    const survey = await surveys.get(delivery.surveyKey);
    if (!survey) throw new Error(`Survey ${delivery.surveyKey} is gone; its deliveries cannot be sent`);
    const card = surveyCard(locale, survey, waveOf(survey.schedule, delivery.wave), {
      reminder: delivery.kind === 'reminder',
    });
    const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
    built.set(cacheKey, activity);
    return activity;
  };
}
