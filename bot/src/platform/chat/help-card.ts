import { translate, type Locale, type MessageKey } from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.types';
import { commandsIn, type CommandScope } from './commands';
import { SURVEYS_COMMAND_VERB } from './verbs';

/**
 * The Teams tab the help card points to: the manifest's static tab with this entityId and, in
 * each language, this name (a test holds the manifest and its Czech strings to it).
 */
export const HELP_CARD_TAB = { entityId: 'caf', name: { cs: 'CAF', en: 'CAF' } } as const;

/** What the bot can do here: the commands of this scope and, in personal chat, a button that brings the open surveys. */
export function helpCard(locale: Locale, scope: CommandScope = 'personal'): AdaptiveCard {
  const t = (key: MessageKey, params?: Record<string, string>) => translate(locale, key, params);
  const commands = commandsIn(scope);
  const lines = commands.map(
    (command) =>
      `- ${t('bot.help.command', { title: t(command.title), description: t(command.description) })}`,
  );
  return adaptiveCard(
    locale,
    [
      { type: 'TextBlock', text: t('bot.help.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: lines.join('\n'), wrap: true },
      {
        type: 'TextBlock',
        text: t('bot.help.tab', { tab: HELP_CARD_TAB.name[locale] }),
        wrap: true,
        isSubtle: true,
      },
    ],
    commands.some((command) => command.command === 'surveys')
      ? [{ type: 'Action.Submit', title: t('bot.survey.help.try'), data: { verb: SURVEYS_COMMAND_VERB } }]
      : undefined,
  );
}
