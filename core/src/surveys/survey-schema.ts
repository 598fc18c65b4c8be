import { z } from 'zod';
import {
  QUESTION_TYPES,
  RECURRENCES,
  SURVEY_EVIDENCE_SUBCRITERIA,
  TEMPLATE_IDS,
  type QuestionType,
  type SurveyDraft,
} from './survey.types';

/**
 * Limits of an authored survey. The card must stay answerable in under a minute (at most five
 * questions, short texts), and every text must fit its SharePoint column.
 */
export const SURVEY_LIMITS = {
  title: 120,
  introduction: 600,
  questionText: 300,
  option: 80,
  minOptions: 2,
  maxOptions: 10,
  minQuestions: 1,
  maxQuestions: 5,
  /** Characters of a text answer; the card's Input.Text carries the same maxLength. */
  textAnswer: 500,
  maxWaveDays: 28,
  maxDepartments: 200,
} as const;

/** Longest wave per recurrence: a wave closes before the next one opens. */
export const MAX_WAVE_DAYS: Readonly<Record<SurveyDraft['schedule']['recurrence'], number>> = {
  once: SURVEY_LIMITS.maxWaveDays,
  weekly: 7,
  monthly: 28,
};

export const SURVEY_KEY_PATTERN = /^srv-[a-z0-9]{8}$/;

const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A fresh survey key; `random` returns [0, 1) (crypto-backed in the service, seeded in tests). */
export function newSurveyKey(random: () => number): string {
  let key = 'srv-';
  for (let index = 0; index < 8; index += 1)
    key += KEY_ALPHABET[Math.floor(random() * KEY_ALPHABET.length) % KEY_ALPHABET.length];
  return key;
}

export const CHOICE_TYPES: readonly QuestionType[] = ['singleChoice', 'multiChoice'];

const text = (max: number) => z.string().trim().max(max);
const bilingual = (max: number, czechRequired: boolean) =>
  z.strictObject({ cs: czechRequired ? text(max).min(1) : text(max), en: text(max) });
const isoDateTime = z.iso.datetime({ offset: true });

const questionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9]{0,15}$/, 'question keys are short lowercase words like q1'),
  type: z.enum(QUESTION_TYPES),
  text: bilingual(SURVEY_LIMITS.questionText, true),
  options: z.strictObject({
    cs: z.array(text(SURVEY_LIMITS.option).min(1)).max(SURVEY_LIMITS.maxOptions),
    en: z.array(text(SURVEY_LIMITS.option)).max(SURVEY_LIMITS.maxOptions),
  }),
});

const audienceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('office') }),
  z.strictObject({
    kind: z.literal('departments'),
    departmentCodes: z.array(z.string().trim().min(1).max(32)).min(1).max(SURVEY_LIMITS.maxDepartments),
  }),
]);

const scheduleSchema = z.strictObject({
  recurrence: z.enum(RECURRENCES),
  opensAt: isoDateTime,
  waveDays: z.number().int().min(1).max(SURVEY_LIMITS.maxWaveDays),
  endsAt: isoDateTime.nullable(),
  reminderAfterDays: z.number().int().min(1).max(SURVEY_LIMITS.maxWaveDays).nullable(),
});

/**
 * A survey draft from the authoring form, with every rule the service relies on. Issues carry
 * paths (e.g. ["questions", 1, "options", "en"]) so the tab can show each message by its field.
 */
export const surveyDraftSchema: z.ZodType<SurveyDraft> = z
  .strictObject({
    title: bilingual(SURVEY_LIMITS.title, true),
    introduction: bilingual(SURVEY_LIMITS.introduction, false),
    template: z.enum(TEMPLATE_IDS).nullable(),
    questions: z.array(questionSchema).min(SURVEY_LIMITS.minQuestions).max(SURVEY_LIMITS.maxQuestions),
    audience: audienceSchema,
    schedule: scheduleSchema,
    evidenceFor: z.array(z.enum(SURVEY_EVIDENCE_SUBCRITERIA)).max(SURVEY_EVIDENCE_SUBCRITERIA.length),
  })
  .superRefine((draft, context) => {
    const seen = new Set<string>();
    draft.questions.forEach((question, index) => {
      if (seen.has(question.key))
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'key'],
          message: 'question keys must be unique',
        });
      seen.add(question.key);
      const { cs, en } = question.options;
      if (CHOICE_TYPES.includes(question.type)) {
        if (cs.length < SURVEY_LIMITS.minOptions)
          context.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', 'cs'],
            message: `a choice question needs ${SURVEY_LIMITS.minOptions} to ${SURVEY_LIMITS.maxOptions} options`,
          });
        if (en.length !== 0 && en.length !== cs.length)
          context.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', 'en'],
            message: 'English options must match the Czech ones in number and order (or be left empty)',
          });
        if (new Set(cs).size !== cs.length)
          context.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', 'cs'],
            message: 'options must differ from each other',
          });
      } else if (cs.length > 0 || en.length > 0) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'options'],
          message: 'only choice questions have options',
        });
      }
    });
    if (
      draft.audience.kind === 'departments' &&
      new Set(draft.audience.departmentCodes).size !== draft.audience.departmentCodes.length
    )
      context.addIssue({
        code: 'custom',
        path: ['audience', 'departmentCodes'],
        message: 'departments are listed twice',
      });
    if (new Set(draft.evidenceFor).size !== draft.evidenceFor.length)
      context.addIssue({ code: 'custom', path: ['evidenceFor'], message: 'subcriteria are listed twice' });
    const { schedule } = draft;
    const maxDays = MAX_WAVE_DAYS[schedule.recurrence];
    if (schedule.waveDays > maxDays)
      context.addIssue({
        code: 'custom',
        path: ['schedule', 'waveDays'],
        message: `a ${schedule.recurrence} wave lasts at most ${maxDays} days`,
      });
    if (schedule.reminderAfterDays !== null && schedule.reminderAfterDays >= schedule.waveDays)
      context.addIssue({
        code: 'custom',
        path: ['schedule', 'reminderAfterDays'],
        message: 'the reminder must come before the wave closes',
      });
    if (schedule.endsAt !== null && Date.parse(schedule.endsAt) <= Date.parse(schedule.opensAt))
      context.addIssue({
        code: 'custom',
        path: ['schedule', 'endsAt'],
        message: 'the end must come after the first wave opens',
      });
  });

/** First-question key: "has answered" is looked up by it (every submit writes every question). */
export function firstQuestionKey(draft: Pick<SurveyDraft, 'questions'>): string {
  const first = draft.questions[0];
  if (!first) throw new Error('A survey has at least one question');
  return first.key;
}

/** Text in a locale; English falls back to Czech where the author left it empty. */
export function inLocale(text: { readonly cs: string; readonly en: string }, locale: 'cs' | 'en'): string {
  return locale === 'en' && text.en.trim() !== '' ? text.en : text.cs;
}

/** Option texts in a locale, with the same fallback (English options are all or nothing). */
export function optionsInLocale(
  options: { readonly cs: readonly string[]; readonly en: readonly string[] },
  locale: 'cs' | 'en',
): readonly string[] {
  return locale === 'en' && options.en.length === options.cs.length ? options.en : options.cs;
}
