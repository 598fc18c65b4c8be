import { average, distribution } from './aggregates';
import type { EnpsFigures, QuestionResult, SurveyQuestion } from './contract';
import type { QuestionAnswer } from './survey.types';

/** Scale points of each scale question type. */
export const SCALE_POINTS = {
  scale5: [1, 2, 3, 4, 5],
  scale11: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
} as const;

/**
 * eNPS with its parts: promoters answer 9–10, passives 7–8, detractors 0–6; the score is
 * % promoters − % detractors, rounded, from −100 to +100.
 */
export function enpsFigures(values: readonly number[]): EnpsFigures | null {
  if (values.length === 0) return null;
  const promoters = values.filter((value) => value >= 9).length;
  const detractors = values.filter((value) => value <= 6).length;
  return {
    score: Math.round(((promoters - detractors) / values.length) * 100),
    promoters,
    passives: values.length - promoters - detractors,
    detractors,
  };
}

export interface QuestionResultOptions {
  /** The wave (or group) is below the threshold: every figure is withheld. */
  readonly hidden: boolean;
  /** Text answers may be listed (enough respondents, see mayShowTextAnswers). */
  readonly showTexts: boolean;
  /** Puts text answers in an order that says nothing about who answered first. */
  readonly shuffle: <T>(items: T[]) => T[];
}

const nothing = { distribution: null, average: null, enps: null, optionCounts: null, texts: null };

/** Every figure of a question withheld: what a hidden wave shows, and a wave withheld later. */
export const WITHHELD_FIGURES = { ...nothing, answered: null } as const;

/**
 * The figures of one question in one wave. Hidden means null everywhere, so nothing withheld can
 * leak through an API response or an export.
 */
export function questionResult(
  question: SurveyQuestion,
  answers: readonly QuestionAnswer[],
  options: QuestionResultOptions,
): QuestionResult {
  const base = { key: question.key, type: question.type, text: question.text, optionTexts: question.options };
  if (options.hidden) return { ...base, ...WITHHELD_FIGURES };
  switch (question.type) {
    case 'scale5':
    case 'scale11': {
      const values = answers.flatMap((answer) =>
        answer.type === 'scale5' || answer.type === 'scale11' ? [answer.value] : [],
      );
      const counts = distribution(values, SCALE_POINTS[question.type]);
      return {
        ...base,
        ...nothing,
        distribution: Object.fromEntries(Object.entries(counts).map(([point, count]) => [point, count])),
        average: average(values),
        enps: question.type === 'scale11' ? enpsFigures(values) : null,
        answered: values.length,
      };
    }
    case 'singleChoice':
    case 'multiChoice': {
      const counts = question.options.cs.map(() => 0);
      let answered = 0;
      for (const answer of answers) {
        const chosen =
          answer.type === 'singleChoice'
            ? [answer.option]
            : answer.type === 'multiChoice'
              ? answer.options
              : [];
        if (chosen.length > 0) answered += 1;
        for (const index of chosen) if (index < counts.length) counts[index] = (counts[index] ?? 0) + 1;
      }
      return { ...base, ...nothing, optionCounts: counts, answered };
    }
    case 'text': {
      const texts = answers.flatMap((answer) =>
        answer.type === 'text' && answer.text !== '' ? [answer.text] : [],
      );
      return {
        ...base,
        ...nothing,
        texts: options.showTexts ? options.shuffle(texts) : null,
        answered: texts.length,
      };
    }
  }
}
