/** Commands people type; Czech and English, with or without diacritics, case-insensitive. */
export type Command = 'help' | 'surveys' | 'unknown';

const COMMANDS: Readonly<Record<string, Command>> = {
  help: 'help',
  napoveda: 'help',
  pomoc: 'help',
  '?': 'help',
  survey: 'surveys',
  surveys: 'surveys',
  pruzkum: 'surveys',
  pruzkumy: 'surveys',
  pulse: 'surveys',
  pulz: 'surveys',
  puls: 'surveys',
};

export function parseCommand(text: string | undefined): Command {
  const word = (text ?? '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/^\//, '')
    .replace(/[.!]+$/, '');
  return COMMANDS[word] ?? 'unknown';
}
