import type {
  BilingualText,
  Locale,
  Survey,
  SurveyDraft,
  SurveyEvidence,
  SurveyResults,
  SurveySummary,
  SurveyTemplateId,
  SurveyWave,
} from '@kvalita/core';

/** A template offered when starting a survey, with the draft it pre-fills (GET /api/surveys/templates). */
export interface SurveyTemplateOption {
  readonly id: SurveyTemplateId;
  readonly name: BilingualText;
  readonly description: BilingualText;
  readonly draft: SurveyDraft;
}

/** GET /api/surveys/:key: the survey and its waves opened so far, plus the next one if any. */
export interface SurveyDetail {
  readonly survey: Survey;
  readonly waves: readonly SurveyWave[];
}

/** The /api/surveys endpoints, each with its answer checked before use. */
export interface SurveyApi {
  listSurveys(signal?: AbortSignal): Promise<readonly SurveySummary[]>;
  getSurveyTemplates(signal?: AbortSignal): Promise<readonly SurveyTemplateOption[]>;
  createSurvey(draft: SurveyDraft): Promise<Survey>;
  getSurvey(key: string, signal?: AbortSignal): Promise<SurveyDetail>;
  updateSurvey(key: string, draft: SurveyDraft, etag: string): Promise<Survey>;
  publishSurvey(key: string, etag: string): Promise<Survey>;
  closeSurvey(key: string, etag: string): Promise<Survey>;
  deleteSurvey(key: string, etag: string): Promise<void>;
  /** The Adaptive Card the bot would send for wave 1, as JSON. */
  previewSurveyCard(
    draft: SurveyDraft,
    locale: Locale,
    signal?: AbortSignal,
  ): Promise<Record<string, unknown>>;
  getSurveyResults(key: string, signal?: AbortSignal): Promise<SurveyResults>;
  /** The permitted aggregates as an .xlsx file. */
  downloadSurveyResults(key: string): Promise<Blob>;
  getSurveyEvidence(cycleId: number, signal?: AbortSignal): Promise<readonly SurveyEvidence[]>;
}
