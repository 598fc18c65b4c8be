import type {
  CafModel,
  DemoPerson,
  DepartmentOption,
  DirectoryPerson,
  Locale,
  Me,
  ServiceConfig,
  ServiceErrorCode,
} from '@kvalita/core';
import type { CafApi } from '../../caf/api/caf.types';
import type { MeasureApi } from '../../measures/api/measure.types';
import type { DocumentApi } from '../../documents/api/document.types';
import type { SurveyApi } from '../../surveys/api/survey.types';
import type { FeedbackApi } from '../../feedback/api/feedback.types';
import type { MysteryApi } from '../../mystery/api/mystery.types';
import type { OpenDataApi } from '../../opendata/api/opendata.types';

/** The service's error codes (core's platform contract), plus what can go wrong before it answers properly. */
export type ApiErrorCode = ServiceErrorCode | 'network' | 'invalidResponse';

/**
 * Gives the `Authorization` header value for the next request (`Bearer …` in Teams, `Demo …` in
 * local mode), or null for the endpoints that need none.
 */
export type Authorize = () => Promise<string | null>;

export interface ApiClientOptions {
  /** Absolute URL of the service's /api/ folder, ending with a slash. */
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  /** The UI language, sent as Accept-Language so the service localises its error messages. */
  readonly locale: Locale;
  readonly authorize: Authorize;
}

/** The tab API as the tab calls it; every shape is core's contract (core/src/*\/contract.ts). */
export interface ApiClient
  extends CafApi, SurveyApi, MeasureApi, DocumentApi, FeedbackApi, MysteryApi, OpenDataApi {
  getConfig(signal?: AbortSignal): Promise<ServiceConfig>;
  getDemoPeople(signal?: AbortSignal): Promise<readonly DemoPerson[]>;
  getMe(signal?: AbortSignal): Promise<Me>;
  getDepartments(signal?: AbortSignal): Promise<readonly DepartmentOption[]>;
  getCafModel(signal?: AbortSignal): Promise<CafModel>;
  /** People whose name or e-mail starts with `text` (GET /api/people), for a people picker. */
  searchPeople(text: string, top: number, signal?: AbortSignal): Promise<readonly DirectoryPerson[]>;
}
