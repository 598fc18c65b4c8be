import type { BilingualText, QuestionType, SurveyDraft, SurveyQuestion, SurveySchedule } from '@kvalita/core';

/** A survey question; only choice questions pass options (the same count in both languages). */
export function surveyQuestion(
  key: string,
  type: QuestionType,
  text: BilingualText,
  options: SurveyQuestion['options'] = { cs: [], en: [] },
): SurveyQuestion {
  return { key, type, text, options };
}

/**
 * A weekly survey for the whole office, no template: three questions (a 1–5 scale, a yes/no choice
 * and a text), five-day waves and a reminder after two days. `schedule` needs at least when the
 * first wave opens; `changes` replaces whole fields.
 */
export function sampleSurveyDraft(
  { opensAt, ...schedule }: Pick<SurveySchedule, 'opensAt'> & Partial<SurveySchedule>,
  changes: Partial<SurveyDraft> = {},
): SurveyDraft {
  return {
    title: { cs: 'Pulz týmu', en: 'Team pulse' },
    introduction: { cs: 'Dvě otázky, minuta času.', en: 'Two questions, one minute.' },
    template: null,
    questions: [
      surveyQuestion('q1', 'scale5', { cs: 'Jak se vám daří?', en: 'How are you?' }),
      surveyQuestion(
        'q2',
        'singleChoice',
        { cs: 'Máte dost informací?', en: 'Do you have enough information?' },
        { cs: ['Ano', 'Ne'], en: ['Yes', 'No'] },
      ),
      surveyQuestion('q3', 'text', { cs: 'Co zlepšit?', en: 'What to improve?' }),
    ],
    audience: { kind: 'office' },
    schedule: {
      recurrence: 'weekly',
      opensAt,
      waveDays: 5,
      endsAt: null,
      reminderAfterDays: 2,
      ...schedule,
    },
    evidenceFor: [],
    ...changes,
  };
}
