import { LOCALES, translate, type MessageKey } from '@kvalita/core';

/** What a typed command makes the bot do. */
export type Command = 'help' | 'surveys';

/** Where a Teams bot command is offered: the manifest's `commandLists[].scopes`. */
export type CommandScope = 'personal' | 'team' | 'groupChat';

export interface BotCommand {
  readonly command: Command;
  /** The command's title (in each language's catalogue): what Teams offers, what people type. */
  readonly title: MessageKey;
  readonly description: MessageKey;
  readonly scopes: readonly CommandScope[];
  /** Other words accepted for it (not offered by Teams). */
  readonly aliases: readonly string[];
}

/**
 * The bot's commands, once: the bot understands these, its help card lists them, and the Teams
 * manifest's `commandLists` (English in the template, Czech in locales/cs.json) must offer exactly
 * these (a test compares them). Survey cards only in personal chat, so answers stay private.
 */
export const BOT_COMMANDS: readonly BotCommand[] = [
  {
    command: 'help',
    title: 'bot.command.help.title',
    description: 'bot.command.help.description',
    scopes: ['personal', 'team', 'groupChat'],
    aliases: ['pomoc', '?'],
  },
  {
    command: 'surveys',
    title: 'bot.command.surveys.title',
    description: 'bot.command.surveys.description',
    scopes: ['personal'],
    aliases: ['surveys', 'pruzkumy'],
  },
];

/** Teams' conversation types as command scopes (a channel belongs to a team). */
export function commandScopeOf(conversationType: string | undefined): CommandScope {
  if (conversationType === 'channel') return 'team';
  if (conversationType === 'groupChat') return 'groupChat';
  return 'personal';
}

/** The commands offered in a scope, in the order the help card and Teams list them. */
export function commandsIn(scope: CommandScope): readonly BotCommand[] {
  return BOT_COMMANDS.filter((command) => command.scopes.includes(scope));
}

/** Lower case, no diacritics, no leading slash or trailing "!"/".": how people type commands. */
export function normalizeCommandWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/[.!]+$/, '');
}

/**
 * The command typed, in Czech or English whatever the person's language, with or without
 * diacritics, case-insensitive; null for anything else and for a command not offered in this scope.
 */
export function parseCommand(text: string | undefined, scope: CommandScope = 'personal'): Command | null {
  const word = normalizeCommandWord(text ?? '');
  if (word === '') return null;
  const match = commandsIn(scope).find((candidate) =>
    [...LOCALES.map((locale) => translate(locale, candidate.title)), ...candidate.aliases]
      .map(normalizeCommandWord)
      .includes(word),
  );
  return match?.command ?? null;
}
