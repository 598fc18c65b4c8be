import type {
  AdaptiveCardJson,
  Locale,
  Survey,
  SurveyDetail,
  SurveyDraft,
  SurveyEvidence,
  SurveyResults,
  SurveySummary,
  SurveyTemplateOption,
} from '@kvalita/core';

/** The /api/surveys endpoints (docs/api-surveys.md), in core's contract's shapes. */
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
  previewSurveyCard(draft: SurveyDraft, locale: Locale, signal?: AbortSignal): Promise<AdaptiveCardJson>;
  getSurveyResults(key: string, signal?: AbortSignal): Promise<SurveyResults>;
  /** The permitted aggregates as an .xlsx file. */
  downloadSurveyResults(key: string): Promise<Blob>;
  getSurveyEvidence(cycleId: number, signal?: AbortSignal): Promise<readonly SurveyEvidence[]>;
}
