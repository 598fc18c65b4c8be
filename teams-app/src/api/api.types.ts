import type { Locale, LocalizedCriterion } from '@kvalita/core';
import type { CafApi } from './caf.types';
import type { SurveyApi } from './survey.types';

/** Error codes the app service puts in `{ "error": { "code", "message" } }`. */
export type ServiceErrorCode =
  'badRequest' | 'unauthorized' | 'forbidden' | 'notFound' | 'conflict' | 'internal';

/** Plus what can go wrong before the service answers properly. */
export type ApiErrorCode = ServiceErrorCode | 'network' | 'invalidResponse';

export type ServiceMode = 'local' | 'production';

export interface ServiceConfig {
  readonly mode: ServiceMode;
}

/** A seeded person offered by the sign-in-as picker (local mode only). */
export interface DemoPerson {
  readonly email: string;
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly departmentName: string | null;
  readonly roles: readonly string[];
}

export interface Me {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

export interface CafModel {
  readonly locale: Locale;
  readonly criteria: readonly LocalizedCriterion[];
}

/**
 * Gives the `Authorization` header value for the next request (`Bearer …` in Teams, `Demo …` in
 * local mode), or null for the endpoints that need none.
 */
export type Authorize = () => Promise<string | null>;

/** A department the quality manager can put in a cycle's scope. */
export interface DepartmentOption {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
}

export interface ApiClientOptions {
  /** Absolute URL of the service's /api/ folder, ending with a slash. */
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  /** The UI language, sent as Accept-Language so the service localises its error messages. */
  readonly locale: Locale;
  readonly authorize: Authorize;
}

export interface ApiClient extends CafApi, SurveyApi {
  getConfig(signal?: AbortSignal): Promise<ServiceConfig>;
  getDemoPeople(signal?: AbortSignal): Promise<readonly DemoPerson[]>;
  getMe(signal?: AbortSignal): Promise<Me>;
  getDepartments(signal?: AbortSignal): Promise<readonly DepartmentOption[]>;
  getCafModel(signal?: AbortSignal): Promise<CafModel>;
}
