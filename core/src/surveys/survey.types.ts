/* Answers as the survey card submits them, after parsing (answers.ts); the tab never sees them. */

/** One person's answer to one question. */
export type QuestionAnswer =
  | { readonly type: 'scale5' | 'scale11'; readonly value: number }
  | { readonly type: 'singleChoice'; readonly option: number }
  | { readonly type: 'multiChoice'; readonly options: readonly number[] }
  | { readonly type: 'text'; readonly text: string };

/** A whole card's answers, keyed by question key; every required question present. */
export type SurveyAnswers = Readonly<Record<string, QuestionAnswer>>;
