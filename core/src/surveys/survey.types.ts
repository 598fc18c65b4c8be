/**
 * Surveys as the quality manager authors them and as everyone else reads them. Shared by the
 * service (bot/), the tab (teams-app/) and storage (sharepoint/), so the three cannot drift apart.
 * The zod schema that checks a draft from the tab is in survey-schema.ts; limits are in LIMITS there.
 */

/** 1–5 agreement/feeling scale; 0–10 (eNPS); one option; several options; an optional short text. */
export const QUESTION_TYPES = ['scale5', 'scale11', 'singleChoice', 'multiChoice', 'text'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const RECURRENCES = ['once', 'weekly', 'monthly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

/**
 * draft: being written, editable, nobody asked yet. scheduled: published, first wave not yet open.
 * open: at least one wave has opened and more may come. closed: no wave open and none to come
 * (the schedule ended or the quality manager closed it); cards then say "closed".
 */
export const SURVEY_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const TEMPLATE_IDS = ['wellbeing', 'enps', 'workload', 'clientOrientation'] as const;
export type SurveyTemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * CAF subcriteria a survey may be evidence for: people results (7.x) and managing people (3.x).
 * 7.1 (perception measurements) and 3.3 (involving staff, dialogue, well-being) are the usual ones.
 */
export const SURVEY_EVIDENCE_SUBCRITERIA = ['3.1', '3.2', '3.3', '7.1', '7.2'] as const;
export type SurveyEvidenceSubcriterion = (typeof SURVEY_EVIDENCE_SUBCRITERIA)[number];

/** Czech is required; English may be empty, and then English readers see the Czech text. */
export interface BilingualText {
  readonly cs: string;
  readonly en: string;
}

export interface SurveyQuestion {
  /** Stable within the survey ("q1" … "q5"); answers and results refer to it. */
  readonly key: string;
  readonly type: QuestionType;
  readonly text: BilingualText;
  /**
   * Choice questions only (2–10 options), the same count and order in both languages; answers
   * store the option's index, so a corrected translation does not change results.
   */
  readonly options: { readonly cs: readonly string[]; readonly en: readonly string[] };
  /** Scale and choice questions are always required; a text question is always optional. */
}

export type SurveyAudience =
  { readonly kind: 'office' } | { readonly kind: 'departments'; readonly departmentCodes: readonly string[] };

export interface SurveySchedule {
  readonly recurrence: Recurrence;
  /** When the first wave opens (ISO 8601 date-time, UTC). */
  readonly opensAt: string;
  /** How long each wave takes answers, in days (1–28; a recurring wave closes before the next opens). */
  readonly waveDays: number;
  /** Recurring surveys: no wave opens after this (ISO date-time); null = until closed by hand. Ignored for 'once'. */
  readonly endsAt: string | null;
  /** Remind those who have not answered this many days after a wave opens; null = no reminder. */
  readonly reminderAfterDays: number | null;
}

/** What the authoring form sends and what a template pre-fills. */
export interface SurveyDraft {
  readonly title: BilingualText;
  readonly introduction: BilingualText;
  readonly template: SurveyTemplateId | null;
  readonly questions: readonly SurveyQuestion[];
  readonly audience: SurveyAudience;
  readonly schedule: SurveySchedule;
  /** CAF subcriteria this survey is evidence for; empty for none. */
  readonly evidenceFor: readonly SurveyEvidenceSubcriterion[];
}

/** A stored survey. */
export interface Survey extends SurveyDraft {
  /** "srv-" + 8 lowercase letters/digits; what deliveries, responses and cards carry. */
  readonly key: string;
  readonly status: SurveyStatus;
  /** Waves opened so far (0 before the first). */
  readonly currentWave: number;
  readonly ownerEmail: string | null;
  readonly createdAt: string;
  /** SharePoint ETag of the survey row; edits and lifecycle steps send it back. */
  readonly etag: string;
}

/** A wave's window, as schedule.ts computes it. */
export interface SurveyWave {
  /** 1-based. */
  readonly number: number;
  readonly opensAt: string;
  readonly closesAt: string;
  /** null when the survey has no reminder. */
  readonly remindAt: string | null;
}

/** One row of the survey list in the tab. */
export interface SurveySummary {
  readonly key: string;
  readonly title: BilingualText;
  readonly status: SurveyStatus;
  readonly recurrence: Recurrence;
  readonly questionCount: number;
  readonly currentWave: number;
  /** The wave taking answers now, if any. */
  readonly openWave: SurveyWave | null;
  /** The next wave to open, if any. */
  readonly nextWave: SurveyWave | null;
  readonly evidenceFor: readonly SurveyEvidenceSubcriterion[];
  readonly etag: string;
}

/** One person's answer to one question, as the card submits it after parsing (answers.ts). */
export type QuestionAnswer =
  | { readonly type: 'scale5' | 'scale11'; readonly value: number }
  | { readonly type: 'singleChoice'; readonly option: number }
  | { readonly type: 'multiChoice'; readonly options: readonly number[] }
  | { readonly type: 'text'; readonly text: string };

/** A whole card's answers, keyed by question key; every required question present. */
export type SurveyAnswers = Readonly<Record<string, QuestionAnswer>>;

/** A survey shown as evidence in a CAF cycle (GET /api/surveys/evidence?cycleId=N). */
export interface SurveyEvidence {
  readonly surveyKey: string;
  readonly title: BilingualText;
  readonly subcriteria: readonly SurveyEvidenceSubcriterion[];
  /** Waves that opened within the 12 months before the cycle's end date. */
  readonly waves: number;
  readonly lastWaveOpensAt: string;
}
