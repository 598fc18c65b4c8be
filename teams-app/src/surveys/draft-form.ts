import {
  CHOICE_TYPES,
  MAX_WAVE_DAYS,
  SURVEY_LIMITS,
  type MessageKey,
  type MessageParams,
  type QuestionType,
  type Recurrence,
  type SurveyDraft,
  type SurveyEvidenceSubcriterion,
  type SurveyTemplateId,
} from '@kvalita/core';
import { isoToPrague, pragueToIso } from './prague-time';

/**
 * The authoring form as typed, its conversion to and from a SurveyDraft, and the service's rules
 * (core's surveyDraftSchema) checked field by field, with the contract's limits, so each message
 * appears next to its field before saving.
 */
export const isChoice = (type: QuestionType) => CHOICE_TYPES.includes(type);

export interface OptionForm {
  readonly cs: string;
  readonly en: string;
}

export interface QuestionForm {
  /** Stable within the survey ("q1"…); also the React key. */
  readonly key: string;
  readonly type: QuestionType;
  readonly textCs: string;
  readonly textEn: string;
  readonly options: readonly OptionForm[];
}

export interface SurveyForm {
  readonly titleCs: string;
  readonly titleEn: string;
  readonly introCs: string;
  readonly introEn: string;
  readonly template: SurveyTemplateId | null;
  readonly questions: readonly QuestionForm[];
  readonly audience: 'office' | 'departments';
  readonly departmentCodes: readonly string[];
  readonly recurrence: Recurrence;
  /** Prague date and time of the first wave. */
  readonly opensDate: string;
  readonly opensTime: string;
  readonly waveDays: string;
  /** Recurring surveys: last day a wave may open; empty = until closed by hand. */
  readonly endsDate: string;
  /** Empty = no reminder. */
  readonly reminderAfterDays: string;
  readonly evidenceFor: readonly SurveyEvidenceSubcriterion[];
}

export interface FieldError {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** Messages by field path, e.g. "title.cs", "questions.q2.options.1.cs", "schedule.waveDays". */
export type FormErrors = Readonly<Record<string, FieldError>>;

/** The smallest "qN" key not used yet. */
export function nextQuestionKey(questions: readonly QuestionForm[]): string {
  for (let number = 1; ; number += 1) {
    const key = `q${number}`;
    if (!questions.some((question) => question.key === key)) return key;
  }
}

export function emptyQuestion(questions: readonly QuestionForm[]): QuestionForm {
  return { key: nextQuestionKey(questions), type: 'scale5', textCs: '', textEn: '', options: [] };
}

/** A question changed to another type: choice questions start with two empty options. */
export function withType(question: QuestionForm, type: QuestionType): QuestionForm {
  if (!isChoice(type)) return { ...question, type, options: [] };
  const options =
    question.options.length >= SURVEY_LIMITS.minOptions
      ? question.options
      : [
          ...question.options,
          ...Array.from({ length: SURVEY_LIMITS.minOptions - question.options.length }, () => ({
            cs: '',
            en: '',
          })),
        ];
  return { ...question, type, options };
}

export function formOf(draft: SurveyDraft): SurveyForm {
  const opens = isoToPrague(draft.schedule.opensAt);
  return {
    titleCs: draft.title.cs,
    titleEn: draft.title.en,
    introCs: draft.introduction.cs,
    introEn: draft.introduction.en,
    template: draft.template,
    questions: draft.questions.map((question) => ({
      key: question.key,
      type: question.type,
      textCs: question.text.cs,
      textEn: question.text.en,
      options: question.options.cs.map((cs, index) => ({ cs, en: question.options.en[index] ?? '' })),
    })),
    audience: draft.audience.kind,
    departmentCodes: draft.audience.kind === 'departments' ? draft.audience.departmentCodes : [],
    recurrence: draft.schedule.recurrence,
    opensDate: opens.date,
    opensTime: opens.time,
    waveDays: String(draft.schedule.waveDays),
    endsDate: draft.schedule.endsAt === null ? '' : isoToPrague(draft.schedule.endsAt).date,
    reminderAfterDays:
      draft.schedule.reminderAfterDays === null ? '' : String(draft.schedule.reminderAfterDays),
    evidenceFor: draft.evidenceFor,
  };
}

/** A new survey from scratch: one 1–5 question, the first wave next Monday 08:00. */
export function blankForm(today: Date): SurveyForm {
  const monday = new Date(today);
  monday.setDate(today.getDate() + ((8 - today.getDay()) % 7 || 7));
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    titleCs: '',
    titleEn: '',
    introCs: '',
    introEn: '',
    template: null,
    questions: [emptyQuestion([])],
    audience: 'office',
    departmentCodes: [],
    recurrence: 'once',
    opensDate: `${monday.getFullYear()}-${pad(monday.getMonth() + 1)}-${pad(monday.getDate())}`,
    opensTime: '08:00',
    waveDays: '5',
    endsDate: '',
    reminderAfterDays: '',
    evidenceFor: [],
  };
}

const wholeNumber = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

/** Checks the form as the service would and builds the draft, or says what to fix where. */
export function checkForm(form: SurveyForm): { draft: SurveyDraft } | { errors: FormErrors } {
  const errors: Record<string, FieldError> = {};
  const text = (path: string, value: string, max: number, required: boolean) => {
    if (required && value.trim() === '') errors[path] = { key: 'tab.surveys.error.required' };
    else if (value.trim().length > max) errors[path] = { key: 'tab.surveys.error.tooLong', params: { max } };
  };
  text('title.cs', form.titleCs, SURVEY_LIMITS.title, true);
  text('title.en', form.titleEn, SURVEY_LIMITS.title, false);
  text('introduction.cs', form.introCs, SURVEY_LIMITS.introduction, false);
  text('introduction.en', form.introEn, SURVEY_LIMITS.introduction, false);

  for (const question of form.questions) {
    const at = `questions.${question.key}`;
    text(`${at}.text.cs`, question.textCs, SURVEY_LIMITS.questionText, true);
    text(`${at}.text.en`, question.textEn, SURVEY_LIMITS.questionText, false);
    if (!isChoice(question.type)) continue;
    if (
      question.options.length < SURVEY_LIMITS.minOptions ||
      question.options.length > SURVEY_LIMITS.maxOptions
    )
      errors[`${at}.options`] = {
        key: 'tab.surveys.error.optionCount',
        params: { min: SURVEY_LIMITS.minOptions, max: SURVEY_LIMITS.maxOptions },
      };
    const someEnglish = question.options.some((option) => option.en.trim() !== '');
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      text(`${at}.options.${index}.cs`, option.cs, SURVEY_LIMITS.option, true);
      text(`${at}.options.${index}.en`, option.en, SURVEY_LIMITS.option, false);
      if (someEnglish && option.en.trim() === '' && errors[`${at}.options.${index}.en`] === undefined)
        errors[`${at}.options.${index}.en`] = { key: 'tab.surveys.error.englishOptions' };
      const czech = option.cs.trim();
      if (czech !== '' && seen.has(czech) && errors[`${at}.options.${index}.cs`] === undefined)
        errors[`${at}.options.${index}.cs`] = { key: 'tab.surveys.error.optionTwice' };
      seen.add(czech);
    });
  }
  if (form.questions.length === 0) errors.questions = { key: 'tab.surveys.error.noQuestions' };

  if (form.audience === 'departments' && form.departmentCodes.length === 0)
    errors['audience.departmentCodes'] = { key: 'tab.surveys.error.departments' };

  const opensAt = pragueToIso(form.opensDate, form.opensTime);
  if (opensAt === null) errors['schedule.opensAt'] = { key: 'tab.surveys.error.opensAt' };
  const maxDays = MAX_WAVE_DAYS[form.recurrence];
  const waveDays = wholeNumber(form.waveDays);
  if (waveDays === null || waveDays < 1 || waveDays > maxDays)
    errors['schedule.waveDays'] = { key: 'tab.surveys.error.waveDays', params: { max: maxDays } };
  let endsAt: string | null = null;
  if (form.recurrence !== 'once' && form.endsDate !== '') {
    endsAt = pragueToIso(form.endsDate, '23:59');
    if (endsAt === null || (opensAt !== null && Date.parse(endsAt) <= Date.parse(opensAt)))
      errors['schedule.endsAt'] = { key: 'tab.surveys.error.endsAt' };
  }
  let reminderAfterDays: number | null = null;
  if (form.reminderAfterDays.trim() !== '') {
    reminderAfterDays = wholeNumber(form.reminderAfterDays);
    if (
      reminderAfterDays === null ||
      reminderAfterDays < 1 ||
      (waveDays !== null && reminderAfterDays >= waveDays)
    )
      errors['schedule.reminderAfterDays'] = { key: 'tab.surveys.error.reminder' };
  }

  if (Object.keys(errors).length > 0 || opensAt === null || waveDays === null) return { errors };
  return {
    draft: {
      title: { cs: form.titleCs.trim(), en: form.titleEn.trim() },
      introduction: { cs: form.introCs.trim(), en: form.introEn.trim() },
      template: form.template,
      questions: form.questions.map((question) => {
        const english = question.options.some((option) => option.en.trim() !== '');
        return {
          key: question.key,
          type: question.type,
          text: { cs: question.textCs.trim(), en: question.textEn.trim() },
          options: isChoice(question.type)
            ? {
                cs: question.options.map((option) => option.cs.trim()),
                en: english ? question.options.map((option) => option.en.trim()) : [],
              }
            : { cs: [], en: [] },
        };
      }),
      audience:
        form.audience === 'office'
          ? { kind: 'office' }
          : { kind: 'departments', departmentCodes: form.departmentCodes },
      schedule: { recurrence: form.recurrence, opensAt, waveDays, endsAt, reminderAfterDays },
      evidenceFor: form.evidenceFor,
    },
  };
}
