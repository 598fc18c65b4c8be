/** Locales Kvalita ships: Czech first (the default), English second. */
export const LOCALE_CODES = ['cs', 'en'] as const;
export type Locale = (typeof LOCALE_CODES)[number];

/**
 * How sure we are of a text: `confirmed` = wording seen in the published source;
 * `working` = our working translation, still to be checked against the MV ČR edition.
 * Keeping the status in the data lets a reviewer correct a title in one place.
 */
export const TEXT_STATUSES = ['confirmed', 'working'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export interface SourcedText {
  readonly text: string;
  readonly status: TextStatus;
}

/** A text in every shipped locale, each with its provenance. */
export type LocalizedText = Readonly<Record<Locale, SourcedText>>;

/** Criteria 1–5 are enablers (what the office does), 6–9 results (what it achieves). */
export const CRITERION_KINDS = ['enabler', 'result'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export interface Subcriterion {
  /** e.g. "3.2" */
  readonly code: string;
  readonly criterion: number;
  readonly title: LocalizedText;
}

export interface Criterion {
  readonly number: number;
  readonly kind: CriterionKind;
  readonly title: LocalizedText;
  readonly subcriteria: readonly Subcriterion[];
}

/** The model with the texts picked for one locale, as the tab and the cards show it. */
export interface LocalizedSubcriterion {
  readonly code: string;
  readonly title: string;
  readonly titleStatus: TextStatus;
}

export interface LocalizedCriterion {
  readonly number: number;
  readonly kind: CriterionKind;
  readonly title: string;
  readonly titleStatus: TextStatus;
  readonly subcriteria: readonly LocalizedSubcriterion[];
}

/** An office may rename a title without a code change (e.g. after checking the MV ČR edition). */
export type TitleOverrides = Readonly<Partial<Record<string, Partial<Record<Locale, string>>>>>;
