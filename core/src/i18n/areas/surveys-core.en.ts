import type { surveysCoreCs } from './surveys-core.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const surveysCoreEn = {
  'survey.scale5.1': '1 – strongly disagree',
  'survey.scale5.2': '2 – disagree',
  'survey.scale5.3': '3 – neither agree nor disagree',
  'survey.scale5.4': '4 – agree',
  'survey.scale5.5': '5 – strongly agree',
  'survey.scale11.low': '0 – not at all likely',
  'survey.scale11.high': '10 – extremely likely',
  'survey.type.scale5': '1–5 scale (agreement)',
  'survey.type.scale11': '0–10 scale (eNPS)',
  'survey.type.singleChoice': 'Single choice',
  'survey.type.multiChoice': 'Multiple choice',
  'survey.type.text': 'Short text (optional)',
  'survey.status.draft': 'Draft',
  'survey.status.scheduled': 'Scheduled',
  'survey.status.open': 'Open',
  'survey.status.closed': 'Closed',
  'survey.recurrence.once': 'Once',
  'survey.recurrence.weekly': 'Every week',
  'survey.recurrence.monthly': 'Every month',
  'survey.wave': 'Wave {number}',
  'survey.anonymity':
    'Answers are stored without your name. Results are shown only for groups of at least {threshold} people.',
} as const satisfies Record<keyof typeof surveysCoreCs, string>;
