import type { Locale, LocalizedCriterion } from '../caf/model.types';

/*
 * The platform part of the tab API: the service's configuration and health, the signed-in person,
 * the demo sign-in picker, the departments, the CAF model, and the error body every endpoint of
 * every feature answers with. Codes and types only (no schema library), so the browser imports them
 * for nothing; their reply schemas are in reply-schemas.ts (entry point `@kvalita/core/schemas`).
 */

/** Roles of the architecture brief; app roles in the Entra token map to these in production. */
export const ROLES = [
  'qualityManager',
  'director',
  'headOfDepartment',
  'cafTeamMember',
  'employee',
  'mysteryEvaluator',
  /** HR: coordinates 360° feedback cycles and competency models beside the quality manager. */
  'hrCoordinator',
] as const;
export type Role = (typeof ROLES)[number];

/** `code` of an error body; the HTTP status says the same (400, 401, 403, 404, 409, 413, 415, 500, 503). */
export const SERVICE_ERROR_CODES = [
  'badRequest',
  'unauthorized',
  'forbidden',
  'notFound',
  'conflict',
  'payloadTooLarge',
  /** A file of a type the item does not take (a controlled document's upload of another type). */
  'unsupportedMediaType',
  'internal',
  /** SharePoint is throttling or busy: nothing was done; the reply's Retry-After says when to try again. */
  'unavailable',
] as const;
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

/**
 * Every failed request. `message` is a whole sentence in the caller's language (Accept-Language);
 * `details`, when the service has them, name the field or rule in English for developers and logs
 * and are never shown to people (the tab shows its own message for the code).
 */
export interface ErrorReply {
  readonly error: {
    readonly code: ServiceErrorCode;
    readonly message: string;
    readonly details?: string;
    /**
     * When the refusal has a more precise sentence than its code's (a rule naming what is missing,
     * a taken name): its catalogue key and values, so the tab can say it in the language it shows.
     */
    readonly reason?: ErrorReason;
  };
}

export interface ErrorReason {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export const SERVICE_MODES = ['local', 'production'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

/** GET /api/config (no sign-in). */
export interface ServiceConfig {
  readonly mode: ServiceMode;
}

/** GET /api/health (no sign-in): 200 when SharePoint answers, 503 otherwise. */
export interface HealthReply {
  readonly status: 'ok' | 'degraded';
  readonly sharepoint: 'ok' | 'unreachable';
}

/** GET /api/me: who is signed in. */
export interface Me {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
}

/** A seeded person offered by the sign-in-as picker. */
export interface DemoPerson {
  readonly email: string;
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly departmentName: string | null;
  readonly roles: readonly Role[];
}

/** GET /api/demo/people (no sign-in; local mode only, 404 in production). */
export interface DemoPeopleReply {
  readonly people: readonly DemoPerson[];
}

/** A department, e.g. for choosing a CAF cycle's scope or a survey's audience. */
export interface DepartmentOption {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
}

/** GET /api/departments (everyone signed in). */
export interface DepartmentsReply {
  readonly departments: readonly DepartmentOption[];
}

/**
 * GET /api/people?search=<text>&top=<n> (everyone signed in): people of the office directory whose
 * name or e-mail starts with the text, for a people picker. The text is 2–64 letters, digits, spaces
 * and `.-_@+` (no quotes or other punctuation, no control or symbol characters); `top` 1–20, default 8.
 */
export const PEOPLE_SEARCH_LIMITS = { minLength: 2, maxLength: 64, defaultTop: 8, maxTop: 20 } as const;
/**
 * What a search text may hold (after normalizePeopleSearch): letters with their accents, digits,
 * spaces and the few marks of names and e-mail addresses. A quote, which could end an OData
 * literal, and control, format or symbol characters are refused before any query is built.
 */
export const PEOPLE_SEARCH_PATTERN = /^[\p{L}\p{M}\p{N} .@_+-]+$/u;

/** A person found in the directory, as a people picker shows them. */
export interface DirectoryPerson {
  readonly email: string;
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly departmentName: string | null;
}

export interface PeopleSearchReply {
  readonly people: readonly DirectoryPerson[];
}

/** GET /api/caf/model?locale=cs|en (default from Accept-Language): the CAF 2020 model's titles. */
export interface CafModel {
  readonly locale: Locale;
  readonly criteria: readonly LocalizedCriterion[];
}
