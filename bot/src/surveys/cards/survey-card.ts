import {
  INTL_TAGS,
  SURVEY_ANSWER_VERB,
  SURVEY_LIMITS,
  SURVEY_REFRESH_VERB,
  answerInputId,
  inLocale,
  safeText,
  translate,
  type AnswerProblem,
  type Locale,
  type MessageKey,
  type MessageParams,
  type Survey,
  type SurveyQuestion,
  type SurveyWave,
} from '@kvalita/core';
import { adaptiveCard, type AdaptiveCard, type CardElement } from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';

export type SurveyCardContent = Pick<Survey, 'key' | 'title' | 'introduction' | 'questions'>;

export interface SurveyCardOptions {
  /** Sent as a reminder to someone who has not answered yet: says so above the questions. */
  readonly reminder?: boolean;
  /** Shown again after a submit that could not be stored: what to correct, per question. */
  readonly problems?: readonly { readonly questionKey: string; readonly problem: AnswerProblem }[];
  /** What the person had filled in, so a correction does not start from nothing. */
  readonly values?: Readonly<Record<string, unknown>>;
}

/** The wave's closing time in the office's zone, e.g. "12. 1. 2027 8:00". */
export function formatClosing(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(INTL_TAGS[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Prague',
  }).format(new Date(iso));
}

/** Option texts in the locale; an English option left empty shows the Czech one. */
function optionTexts(question: SurveyQuestion, locale: Locale): string[] {
  return question.options.cs.map((cs, index) =>
    inLocale({ cs, en: question.options.en[index] ?? '' }, locale),
  );
}

function scaleChoices(question: SurveyQuestion, locale: Locale): { title: string; value: string }[] {
  if (question.type === 'scale5') {
    return ([1, 2, 3, 4, 5] as const).map((value) => ({
      title: translate(locale, `survey.scale5.${value}`),
      value: String(value),
    }));
  }
  return Array.from({ length: 11 }, (_, value) => ({
    title:
      value === 0
        ? translate(locale, 'survey.scale11.low')
        : value === 10
          ? translate(locale, 'survey.scale11.high')
          : String(value),
    value: String(value),
  }));
}

function prefill(values: SurveyCardOptions['values'], question: SurveyQuestion): { value?: string } {
  const raw = values?.[answerInputId(question.key)];
  if (typeof raw !== 'string' && typeof raw !== 'number') return {};
  // Cut what will show, not what was typed: characters the card drops must not cost visible ones.
  return { value: safeText(String(raw)).slice(0, SURVEY_LIMITS.textAnswer) };
}

/**
 * A text question's label with the locale's optional mark, added once: an author (or an older
 * template) may have written "(nepovinné)" / "(optional)" into the question already.
 */
export function optionalLabel(locale: Locale, question: string): string {
  const marked = translate(locale, 'bot.survey.optional', { question });
  const mark = marked.slice(question.length).trim().toLocaleLowerCase(locale);
  return question.trim().toLocaleLowerCase(locale).endsWith(mark) ? question : marked;
}

function questionInput(
  question: SurveyQuestion,
  locale: Locale,
  values: SurveyCardOptions['values'],
): CardElement {
  const label = inLocale(question.text, locale);
  const id = answerInputId(question.key);
  const required = { isRequired: true, errorMessage: translate(locale, 'bot.survey.required') } as const;
  switch (question.type) {
    case 'scale5':
    case 'scale11':
      return {
        type: 'Input.ChoiceSet',
        id,
        label,
        // Five radio buttons fit a phone; eleven read better as a drop-down.
        style: question.type === 'scale5' ? 'expanded' : 'compact',
        ...required,
        ...(question.type === 'scale11' ? { placeholder: translate(locale, 'bot.survey.required') } : {}),
        ...prefill(values, question),
        choices: scaleChoices(question, locale),
      };
    case 'singleChoice':
    case 'multiChoice':
      return {
        type: 'Input.ChoiceSet',
        id,
        label,
        style: 'expanded',
        ...(question.type === 'multiChoice' ? { isMultiSelect: true } : {}),
        ...required,
        ...prefill(values, question),
        choices: optionTexts(question, locale).map((title, index) => ({ title, value: String(index) })),
      };
    case 'text':
      return {
        type: 'Input.Text',
        id,
        label: optionalLabel(locale, label),
        isMultiline: true,
        maxLength: SURVEY_LIMITS.textAnswer,
        isRequired: false,
        placeholder: translate(locale, 'bot.survey.textPlaceholder', { max: SURVEY_LIMITS.textAnswer }),
        errorMessage: translate(locale, 'bot.survey.textTooLong', { max: SURVEY_LIMITS.textAnswer }),
        ...prefill(values, question),
      };
  }
}

const PROBLEM_KEYS: Readonly<Record<AnswerProblem, MessageKey>> = {
  missing: 'bot.survey.problem.missing',
  invalid: 'bot.survey.problem.invalid',
  tooLong: 'bot.survey.problem.tooLong',
};

function problemBlocks(
  survey: SurveyCardContent,
  locale: Locale,
  problems: NonNullable<SurveyCardOptions['problems']>,
): CardElement[] {
  if (problems.length === 0) return [];
  const lines = problems.map(({ questionKey, problem }) => {
    const question = survey.questions.find((candidate) => candidate.key === questionKey);
    const params: MessageParams = {
      question: question ? inLocale(question.text, locale) : questionKey,
      max: SURVEY_LIMITS.textAnswer,
    };
    return `• ${translate(locale, PROBLEM_KEYS[problem], params)}`;
  });
  return [
    {
      type: 'TextBlock',
      text: translate(locale, 'bot.survey.problems'),
      wrap: true,
      weight: 'Bolder',
      color: 'Attention',
    },
    // Question texts are the author's: shown literally.
    plainBlock(lines.join('\n'), { color: 'Attention' }, 'Small'),
  ];
}

/**
 * What every card of a wave asks Teams to refresh with: the survey and wave only, so two cards of
 * one wave for one person (the fan-out is at least once) refresh to the same state, and so does
 * the card that replaced either after an answer (survey-status-card.ts).
 */
export function surveyRefresh(surveyKey: string, wave: number): NonNullable<AdaptiveCard['refresh']> {
  return { action: { type: 'Action.Execute', verb: SURVEY_REFRESH_VERB, data: { surveyKey, wave } } };
}

/**
 * A survey wave as one Adaptive Card (1.5, Universal Actions): every question an input, answered
 * in one go in under a minute. The answer is an Action.Execute (the bot replaces the card with
 * "answered"); `refresh` lets Teams ask for the card's current state whenever it is shown, so
 * another device shows "answered" or "closed". In a personal chat Teams refreshes automatically
 * for everyone in it (fewer than 60 people), so `refresh.userIds` is left out. `data.verb` keeps
 * a plain Action.Submit from an older client on the same path.
 *
 * Also the authoring preview of the survey API: what it returns is exactly what is sent.
 */
export function surveyCard(
  locale: Locale,
  survey: SurveyCardContent,
  wave: SurveyWave,
  options: SurveyCardOptions = {},
): AdaptiveCard {
  const introduction = inLocale(survey.introduction, locale).trim();
  const data = { surveyKey: survey.key, wave: wave.number };
  return adaptiveCard(
    locale,
    [
      plainBlock(inLocale(survey.title, locale), { weight: 'Bolder', size: 'Medium' }),
      ...(options.reminder
        ? [{ type: 'TextBlock', text: translate(locale, 'bot.survey.reminder'), wrap: true } as const]
        : []),
      ...(introduction === '' ? [] : [plainBlock(introduction)]),
      ...problemBlocks(survey, locale, options.problems ?? []),
      ...survey.questions.map((question) => questionInput(question, locale, options.values)),
      {
        type: 'TextBlock',
        text: translate(locale, 'bot.survey.closesAt', { date: formatClosing(locale, wave.closesAt) }),
        wrap: true,
        size: 'Small',
        spacing: 'Medium',
      },
      {
        type: 'TextBlock',
        text: translate(locale, 'bot.survey.anonymity'),
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
    ],
    [
      {
        type: 'Action.Execute',
        title: translate(locale, 'bot.survey.submit'),
        verb: SURVEY_ANSWER_VERB,
        data: { verb: SURVEY_ANSWER_VERB, ...data },
      },
    ],
    surveyRefresh(survey.key, wave.number),
  );
}
