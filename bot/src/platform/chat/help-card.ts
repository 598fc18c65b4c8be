import { translate, type Locale, type MessageKey } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.types';
import { SURVEYS_COMMAND_VERB } from './verbs';

/** What the bot can do, with a button that brings the open surveys right away. */
export function helpCard(locale: Locale): AdaptiveCard {
  const t = (key: MessageKey) => translate(locale, key);
  return adaptiveCard(
    locale,
    [
      { type: 'TextBlock', text: t('bot.help.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: `- ${t('bot.survey.help.command')}\n- ${t('bot.help.help')}`, wrap: true },
      { type: 'TextBlock', text: t('bot.help.tab'), wrap: true, isSubtle: true },
    ],
    [{ type: 'Action.Submit', title: t('bot.survey.help.try'), data: { verb: SURVEYS_COMMAND_VERB } }],
  );
}
