import { SURVEY_LIMITS, type SurveyQuestion } from './contract';
import type { QuestionAnswer, SurveyAnswers } from './survey.types';

/** Universal Actions verbs of the survey card (Action.Execute and refresh). */
export const SURVEY_ANSWER_VERB = 'kvalita.survey.answer';
export const SURVEY_REFRESH_VERB = 'kvalita.survey.refresh';

/** Adaptive Card input id of a question; the submitted data carries each answer under it. */
export const answerInputId = (questionKey: string) => `answer_${questionKey}`;

/** Which survey wave a card belongs to (card-data-schema.ts checks what the client sends). */
export interface SurveyCardData {
  readonly surveyKey: string;
  readonly wave: number;
}

export type AnswerProblem = 'missing' | 'invalid' | 'tooLong';

export type ParsedAnswers =
  | { readonly ok: true; readonly answers: SurveyAnswers }
  | { readonly ok: false; readonly problems: readonly { questionKey: string; problem: AnswerProblem }[] };

const SCALES = { scale5: [1, 5], scale11: [0, 10] } as const;

/**
 * A text answer as it is stored: trimmed, Unicode-normalised, without control characters (line
 * breaks kept as one \n). Markup stays literal text; whoever displays it escapes it.
 */
export function cleanTextAnswer(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // Control and bidi-override characters are exactly what this strips.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2066-\u2069\uFEFF]/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function parseOne(question: SurveyQuestion, raw: unknown): QuestionAnswer | AnswerProblem {
  const value = typeof raw === 'number' ? String(raw) : raw;
  if (question.type === 'text') {
    if (value === undefined || value === null) return { type: 'text', text: '' };
    if (typeof value !== 'string') return 'invalid';
    const text = cleanTextAnswer(value);
    return text.length > SURVEY_LIMITS.textAnswer ? 'tooLong' : { type: 'text', text };
  }
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return 'missing';
  if (typeof value !== 'string') return 'invalid';
  if (question.type === 'scale5' || question.type === 'scale11') {
    const [min, max] = SCALES[question.type];
    if (!/^\d{1,2}$/.test(value.trim())) return 'invalid';
    const number = Number(value.trim());
    return number >= min && number <= max ? { type: question.type, value: number } : 'invalid';
  }
  const count = question.options.cs.length;
  const indexes = value.split(',').map((part) => part.trim());
  if (indexes.some((index) => !/^\d{1,2}$/.test(index) || Number(index) >= count)) return 'invalid';
  const options = [...new Set(indexes.map(Number))].sort((a, b) => a - b);
  if (question.type === 'singleChoice') {
    const [option] = options;
    return options.length === 1 && option !== undefined ? { type: 'singleChoice', option } : 'invalid';
  }
  return { type: 'multiChoice', options };
}

/**
 * Reads a submitted card: every scale and choice question must be answered with one of its
 * values, a text question may be left empty. Returns every problem at once, so the card can say
 * what to fix in one go.
 */
export function parseSurveyAnswers(
  questions: readonly SurveyQuestion[],
  submitted: Readonly<Record<string, unknown>>,
): ParsedAnswers {
  const answers: Record<string, QuestionAnswer> = {};
  const problems: { questionKey: string; problem: AnswerProblem }[] = [];
  for (const question of questions) {
    const parsed = parseOne(question, submitted[answerInputId(question.key)]);
    if (typeof parsed === 'string') problems.push({ questionKey: question.key, problem: parsed });
    else answers[question.key] = parsed;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers };
}

/** Chosen options as stored in one text column: indexes joined by ";" ("0;2"). */
export function encodeChoice(indexes: readonly number[]): string {
  return [...indexes].sort((a, b) => a - b).join(';');
}

export function decodeChoice(stored: string | null | undefined): number[] {
  if (!stored) return [];
  return stored
    .split(';')
    .filter((part) => /^\d{1,2}$/.test(part))
    .map(Number);
}
