import type { surveysChatCs } from './surveys-chat.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const surveysChatEn = {
  'bot.survey.submit': 'Send',
  'bot.survey.closesAt': 'Open for answers until {date}.',
  'bot.survey.reminder': 'Reminder: you have not answered this survey yet. It takes less than a minute.',
  'bot.survey.anonymity': 'Answers are stored without your name, and results of small groups are not shown.',
  'bot.survey.required': 'Please choose an answer.',
  'bot.survey.optional': '{question} (optional)',
  'bot.survey.textPlaceholder': 'Keep it short, at most {max} characters.',
  'bot.survey.textTooLong': 'The text may have at most {max} characters.',
  'bot.survey.answered': 'Thank you, your answers are saved.',
  'bot.survey.alreadyAnswered':
    'You have already answered this round of the survey. We count one answer, thank you.',
  'bot.survey.closed': 'This survey is closed and takes no more answers. Thank you for your interest.',
  'bot.survey.notForYou':
    'This survey is meant for other departments, so your answer is not stored. Thank you for your willingness.',
  'bot.survey.invalid':
    'We could not read the answer. Please open the survey again with the command "survey".',
  'bot.survey.problems': 'Your answers are not saved yet. Please correct:',
  'bot.survey.problem.missing': '{question}: no answer',
  'bot.survey.problem.invalid': '{question}: the answer is not valid',
  'bot.survey.problem.tooLong': '{question}: the text is longer than {max} characters',
  'bot.survey.yourText': 'Your comment:',
  'bot.survey.nothingOpen': 'No survey is open for you right now. When one starts, I will send it here.',
  'bot.survey.help.try': 'Open surveys',
} as const satisfies Record<keyof typeof surveysChatCs, string>;
