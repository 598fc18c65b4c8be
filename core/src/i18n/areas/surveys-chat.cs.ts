/** Czech strings of one area, kept in their own file so the areas can change independently; cs.ts spreads them in. */
export const surveysChatCs = {
  'bot.survey.submit': 'Odeslat',
  'bot.survey.closesAt': 'Odpovídat můžete do {date}.',
  'bot.survey.reminder': 'Připomínka: na tento průzkum jste zatím neodpověděli. Zabere to méně než minutu.',
  'bot.survey.anonymity': 'Odpovědi se ukládají bez vašeho jména a výsledky malých skupin se nezobrazují.',
  'bot.survey.required': 'Vyberte prosím odpověď.',
  'bot.survey.optional': '{question} (nepovinné)',
  'bot.survey.textPlaceholder': 'Napište krátce, nejvýše {max} znaků.',
  'bot.survey.textTooLong': 'Text může mít nejvýše {max} znaků.',
  'bot.survey.answered': 'Děkujeme, vaše odpovědi jsou uložené.',
  'bot.survey.alreadyAnswered':
    'Na toto kolo průzkumu jste už odpověděli. Počítáme jedinou odpověď, děkujeme.',
  'bot.survey.closed': 'Tento průzkum je už uzavřený a odpovědi nepřijímá. Děkujeme za zájem.',
  'bot.survey.notForYou':
    'Tento průzkum je určený jiným útvarům, proto vaši odpověď neukládáme. Děkujeme za ochotu.',
  'bot.survey.invalid': 'Odpověď se nepodařilo přečíst. Otevřete prosím průzkum znovu příkazem „průzkum“.',
  'bot.survey.problems': 'Odpovědi zatím nejsou uložené. Opravte prosím:',
  'bot.survey.problem.missing': '{question}: chybí odpověď',
  'bot.survey.problem.invalid': '{question}: odpověď není platná',
  'bot.survey.problem.tooLong': '{question}: text je delší než {max} znaků',
  'bot.survey.yourText': 'Váš komentář:',
  'bot.survey.nothingOpen': 'Teď pro vás není otevřený žádný průzkum. Až nějaký začne, pošlu vám ho sem.',
  'bot.survey.help.try': 'Otevřené průzkumy',
} as const;
