import type { BilingualText, QuestionType, SurveyWave } from './survey.types';

/**
 * Survey results as the tab shows them and the .xlsx export writes them. Everything a person must
 * not see is already removed by the service: a hidden figure is null, never a number the tab hides.
 */

export interface EnpsFigures {
  /** −100 … +100. */
  readonly score: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

export interface QuestionResult {
  readonly key: string;
  readonly type: QuestionType;
  readonly text: BilingualText;
  /** Scale questions: answers per scale point ("1".."5" or "0".."10"); null when hidden. */
  readonly distribution: Readonly<Record<string, number>> | null;
  /** Scale questions; null when hidden or not a scale. */
  readonly average: number | null;
  /** 0–10 questions only; null when hidden or not 0–10. */
  readonly enps: EnpsFigures | null;
  /** Choice questions: how many chose each option (by index, option texts in `optionTexts`); null when hidden. */
  readonly optionCounts: readonly number[] | null;
  readonly optionTexts: { readonly cs: readonly string[]; readonly en: readonly string[] };
  /**
   * Text questions: the non-empty answers, in random order, without department or time; null unless
   * the wave has at least the text threshold of respondents (default 10).
   */
  readonly texts: readonly string[] | null;
  /** How many answered this question (texts: non-empty answers); null when hidden. */
  readonly answered: number | null;
}

export interface DepartmentQuestionFigure {
  readonly key: string;
  readonly average: number | null;
  readonly enps: number | null;
}

export interface DepartmentResult {
  readonly code: string;
  readonly name: string;
  /** True when the group is below the threshold or hidden by complementary suppression. */
  readonly hidden: boolean;
  readonly respondents: number | null;
  /** Scale questions only; empty when hidden. */
  readonly questions: readonly DepartmentQuestionFigure[];
}

export interface WaveResult {
  readonly wave: SurveyWave;
  /** People the wave was planned for (the audience when it opened, every invitation row whatever its state). */
  readonly invited: number;
  /** People who answered (not identifying: a count of the wave). */
  readonly respondents: number;
  /** respondents / invited, 0–1; null when nobody was invited. */
  readonly responseRate: number | null;
  /**
   * The wave still takes answers: only `respondents` and `responseRate` are given, every figure is
   * withheld until it closes (comparing two refreshes would otherwise show the latest answer).
   */
  readonly inProgress: boolean;
  /** True when the wave is in progress or has fewer respondents than the threshold: no figures then. */
  readonly hidden: boolean;
  readonly questions: readonly QuestionResult[];
  /**
   * Every department of the survey's audience (with respondents or not, so the list itself says
   * nothing about who took part); empty while the whole wave is hidden.
   */
  readonly departments: readonly DepartmentResult[];
}

/** One point per wave and scale question, for the trend chart; null where the wave is hidden. */
export interface TrendPoint {
  readonly wave: number;
  readonly opensAt: string;
  readonly average: number | null;
  readonly enps: number | null;
}

export interface QuestionTrend {
  readonly key: string;
  readonly type: QuestionType;
  readonly text: BilingualText;
  readonly points: readonly TrendPoint[];
}

export interface SurveyResults {
  readonly surveyKey: string;
  readonly title: BilingualText;
  /** Minimum group size in force (default 5, never below 3). */
  readonly threshold: number;
  /** Minimum respondents of a wave before its text answers are shown (default 10). */
  readonly textThreshold: number;
  /** Oldest first; only waves that have opened. */
  readonly waves: readonly WaveResult[];
  readonly trends: readonly QuestionTrend[];
}
