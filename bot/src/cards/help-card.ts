import { translate, type Locale } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.types';
import { PULSE_COMMAND_VERB } from './verbs';

/** What the bot can do, with a button that starts the pulse right away. */
export function helpCard(locale: Locale): AdaptiveCard {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return adaptiveCard(
    locale,
    [
      { type: 'TextBlock', text: t('bot.help.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: `- ${t('bot.help.pulse')}\n- ${t('bot.help.help')}`, wrap: true },
      { type: 'TextBlock', text: t('bot.help.tab'), wrap: true, isSubtle: true },
    ],
    [{ type: 'Action.Submit', title: t('bot.help.tryPulse'), data: { verb: PULSE_COMMAND_VERB } }],
  );
}
