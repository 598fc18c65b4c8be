import { PULSE_ANSWER_VERB, PULSE_SCALE, translate, type Locale } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.types';
import { PULSE_REFRESH_VERB } from './verbs';

/**
 * The weekly pulse: one question, 1–5. The card carries the pulse id, so an answer sent days later
 * (or twice) is counted against the week it was asked in. Universal Actions: the answer is an
 * Action.Execute (the bot replaces the card with "answered"), and the refresh action lets Teams
 * show "answered" or "closed" on every device; `data.verb` keeps older clients' plain submits working.
 */
export function pulseCard(locale: Locale, pulseId: string): AdaptiveCard {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return adaptiveCard(
    locale,
    [
      { type: 'TextBlock', text: t('bot.pulse.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'Input.ChoiceSet',
        id: 'score',
        label: t('bot.pulse.question'),
        style: 'expanded',
        isRequired: true,
        errorMessage: t('bot.pulse.invalid'),
        choices: PULSE_SCALE.map((score) => ({ title: t(`bot.pulse.scale.${score}`), value: String(score) })),
      },
      { type: 'TextBlock', text: t('bot.pulse.anonymity'), wrap: true, isSubtle: true, size: 'Small' },
    ],
    [
      {
        type: 'Action.Execute',
        title: t('bot.pulse.submit'),
        verb: PULSE_ANSWER_VERB,
        data: { verb: PULSE_ANSWER_VERB, pulseId },
      },
    ],
    { action: { type: 'Action.Execute', verb: PULSE_REFRESH_VERB, data: { pulseId } } },
  );
}
