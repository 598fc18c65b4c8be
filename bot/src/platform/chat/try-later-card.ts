import { translate, type Locale } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard, type ExecuteAction } from './adaptive-card.types';

/**
 * What a card action gets while SharePoint is throttling (the service could neither read nor
 * write): a polite "nothing was saved, try again in a minute". `retry` is the action that brings
 * the card back (a survey's refresh); it is the button and the card's refresh, so the card shows
 * its questions again once SharePoint answers.
 */
export function tryLaterCard(locale: Locale, retry?: Pick<ExecuteAction, 'verb' | 'data'>): AdaptiveCard {
  const action = retry ? ({ type: 'Action.Execute', ...retry } as const) : undefined;
  return adaptiveCard(
    locale,
    [{ type: 'TextBlock', text: translate(locale, 'bot.tryLater'), wrap: true }],
    action ? [{ ...action, title: translate(locale, 'bot.tryLater.retry') }] : undefined,
    action ? { action } : undefined,
  );
}
