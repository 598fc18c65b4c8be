/** Czech strings of the chat's own turns: greeting, help, commands, what it does not understand. */
export const chatCs = {
  'bot.welcome':
    'Dobrý den, jsem Kvalita. Pomáhám úřadu s řízením kvality podle modelu CAF 2020 a posílám sem krátké průzkumy, na které odpovíte přímo v chatu. Napište „nápověda“.',
  'bot.help.title': 'Co umím',
  'bot.help.command': '{title} — {description}',
  'bot.help.tab':
    'Model CAF, sebehodnocení s jeho výsledky a plán zlepšování najdete v aplikaci Kvalita na kartě {tab}.',
  'bot.command.help.title': 'nápověda',
  'bot.command.help.description': 'Přehled toho, co umím',
  'bot.command.surveys.title': 'průzkum',
  'bot.command.surveys.description': 'Otevřené průzkumy, na které jste ještě neodpověděli',
  'bot.unknown': 'Tomu nerozumím. Napište „nápověda“ a ukážu vám, co umím.',
  'bot.error': 'Omlouváme se, něco se pokazilo. Zkuste to prosím za chvíli znovu.',
  'bot.tryLater':
    'SharePoint je teď přetížený, proto se k úložišti úřadu nedostanu a nic se neuložilo. Zkuste to prosím znovu za minutu.',
  'bot.tryLater.retry': 'Zkusit znovu',
} as const;
