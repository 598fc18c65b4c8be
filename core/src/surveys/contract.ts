import type { Locale } from '../caf/model.types';

/*
 * The pulse survey tab API (docs/api-surveys.md, under /api/surveys): its codes, its limits, what
 * the tab sends and what the service answers. Written once, here: the service types its replies
 * against these shapes, the tab's client and its test fakes use them, storage (sharepoint/) keeps
 * surveys in these shapes, and the schemas that check them at run time (reply-schemas.ts,
 * survey-schema.ts; entry point `@kvalita/core/schemas`) must read exactly them. Codes and types
 * only, so the browser imports this for nothing.
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
  departmentCode: 32,
} as const;

/** Longest wave per recurrence: a wave closes before the next one opens. */
export const MAX_WAVE_DAYS: Readonly<Record<Recurrence, number>> = {
  once: SURVEY_LIMITS.maxWaveDays,
  weekly: 7,
  monthly: 28,
};

/** "srv-" + 8 lowercase letters/digits. */
export const SURVEY_KEY_PATTERN = /^srv-[a-z0-9]{8}$/;

/** Question keys: short lowercase words like q1. */
export const QUESTION_KEY_PATTERN = /^[a-z][a-z0-9]{0,15}$/;

export const CHOICE_TYPES: readonly QuestionType[] = ['singleChoice', 'multiChoice'];

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

// ─── What the tab sends ─────────────────────────────────────────────────────────────────────────

/** POST /api/surveys */
export interface CreateSurveyRequest {
  readonly draft: SurveyDraft;
}

/** PUT /api/surveys/{key}: drafts only. */
export interface UpdateSurveyRequest {
  readonly draft: SurveyDraft;
  readonly etag: string;
}

/** POST /api/surveys/{key}/publish and /close (DELETE sends the etag as ?etag=). */
export interface SurveyStepRequest {
  readonly etag: string;
}

/** POST /api/surveys/preview */
export interface PreviewSurveyRequest {
  readonly draft: SurveyDraft;
  readonly locale: Locale;
}

// ─── What the service answers ───────────────────────────────────────────────────────────────────

/** GET /api/surveys: newest first. */
export interface SurveyListReply {
  readonly surveys: readonly SurveySummary[];
}

/** A template offered when starting a survey, with the draft it pre-fills. */
export interface SurveyTemplateOption {
  readonly id: SurveyTemplateId;
  readonly name: BilingualText;
  readonly description: BilingualText;
  readonly draft: SurveyDraft;
}

/** GET /api/surveys/templates */
export interface SurveyTemplatesReply {
  readonly templates: readonly SurveyTemplateOption[];
}

/** POST /api/surveys (201), PUT /api/surveys/{key}, POST …/publish and …/close. */
export interface SurveyReply {
  readonly survey: Survey;
}

/** GET /api/surveys/{key}: the survey and its waves opened so far, plus the next one if any. */
export interface SurveyDetail {
  readonly survey: Survey;
  readonly waves: readonly SurveyWave[];
}

/** An Adaptive Card as JSON, exactly as the bot sends it. */
export interface AdaptiveCardJson {
  readonly type: 'AdaptiveCard';
  readonly [property: string]: unknown;
}

/** POST /api/surveys/preview: the card wave 1 would bring. */
export interface PreviewCardReply {
  readonly card: AdaptiveCardJson;
}

/** A survey shown as evidence in a CAF cycle (GET /api/surveys/evidence?cycleId=N). */
export interface SurveyEvidence {
  readonly surveyKey: string;
  readonly title: BilingualText;
  readonly subcriteria: readonly SurveyEvidenceSubcriterion[];
  /** Waves that opened within the 12 months before the cycle's end date. */
  readonly waves: number;
  readonly lastWaveOpensAt: string;
}

/** GET /api/surveys/evidence?cycleId=N */
export interface SurveyEvidenceReply {
  readonly evidence: readonly SurveyEvidence[];
}

/*
 * GET /api/surveys/{key}/results: results as the tab shows them and the .xlsx export writes them.
 * Everything a person must not see is already removed by the service: a hidden figure is null,
 * never a number the tab hides.
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

/**
 * Figures withheld by the distinct-audience rule (docs/privacy.md): together with the published
 * results of an earlier survey they would give a group below the threshold. `wave`: no figure of
 * the wave is shown; `departments`: the wave's total is shown, some or all of its departments hidden.
 */
export interface DifferencingNote {
  readonly scope: 'wave' | 'departments';
  /** The earlier survey whose results the withheld figures would be subtracted from. */
  readonly surveyKey: string;
  readonly title: BilingualText;
}

export interface WaveResult {
  readonly wave: SurveyWave;
  /** People the wave was planned for (the audience when it opened, every invitation row whatever its state). */
  readonly invited: number;
  /**
   * People who answered (not identifying: a count of the wave). While the wave takes answers it is
   * rounded down to a multiple of the threshold (`respondentsRounded`), and so is the rate.
   */
  readonly respondents: number;
  /** True while the wave runs: `respondents` is "at least", in steps of the threshold. */
  readonly respondentsRounded: boolean;
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
  /** Set when the distinct-audience rule withheld figures of this wave; null otherwise. */
  readonly differencing: DifferencingNote | null;
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
