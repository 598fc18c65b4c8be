import type { chatCs } from './chat.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const chatEn = {
  'bot.welcome':
    'Hello, I am Kvalita. I help your office manage quality on the CAF 2020 model and send you short surveys here, answered right in this chat. Type "help".',
  'bot.help.title': 'What I can do',
  'bot.help.command': '{title} — {description}',
  'bot.help.tab':
    'The CAF model, self-assessment with its results and the improvement plan are on the {tab} tab of the Kvalita app.',
  'bot.command.help.title': 'help',
  'bot.command.help.description': 'Show what I can do',
  'bot.command.surveys.title': 'survey',
  'bot.command.surveys.description': 'Open surveys you have not answered yet',
  'bot.unknown': 'I did not understand that. Type "help" and I will show you what I can do.',
  'bot.error': 'Sorry, something went wrong. Please try again in a moment.',
  'bot.tryLater':
    'I cannot reach the office’s storage right now because SharePoint is overloaded, so nothing was saved. Please try again in a minute.',
  'bot.tryLater.retry': 'Try again',
} as const satisfies Record<keyof typeof chatCs, string>;
