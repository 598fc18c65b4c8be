import {
  isLocale,
  type LocalizedCriterion,
  type LocalizedSubcriterion,
  type TextStatus,
} from '@kvalita/core';
import type {
  CafModel,
  DemoPerson,
  DepartmentOption,
  Me,
  ServiceConfig,
  ServiceErrorCode,
} from './api.types';

/*
 * Narrowing of service responses at the edge. Nothing the network returns is trusted: each parser
 * either returns a value of the declared type or undefined, and the client turns undefined into an
 * `invalidResponse` error. Hand-written guards keep the tab's bundle free of a schema library.
 */

export type Json = unknown;

export function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isString(value: Json): value is string {
  return typeof value === 'string';
}

export function isNullableString(value: Json): value is string | null {
  return value === null || typeof value === 'string';
}

export function isNumber(value: Json): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isNullableNumber(value: Json): value is number | null {
  return value === null || isNumber(value);
}

export function isBoolean(value: Json): value is boolean {
  return typeof value === 'boolean';
}

/** A guard for one of a fixed list of codes (statuses, types, roles). */
export const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: Json): value is T =>
    options.some((option) => option === value);

function isStringArray(value: Json): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

function isTextStatus(value: Json): value is TextStatus {
  return value === 'confirmed' || value === 'working';
}

/** Maps each item, or returns undefined if any item does not parse. */
export function parseArray<T>(value: Json, parseItem: (item: Json) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items: T[] = [];
  for (const item of value) {
    const parsed = parseItem(item);
    if (parsed === undefined) return undefined;
    items.push(parsed);
  }
  return items;
}

const serviceErrorCodes: readonly ServiceErrorCode[] = [
  'badRequest',
  'unauthorized',
  'forbidden',
  'notFound',
  'conflict',
  'internal',
];

export function parseErrorBody(body: Json): { code: ServiceErrorCode; message: string } | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { code, message } = body.error;
  const known = serviceErrorCodes.find((candidate) => candidate === code);
  return known && isString(message) ? { code: known, message } : undefined;
}

export function parseConfig(body: Json): ServiceConfig | undefined {
  if (!isRecord(body)) return undefined;
  return body.mode === 'local' || body.mode === 'production' ? { mode: body.mode } : undefined;
}

function parseDemoPerson(value: Json): DemoPerson | undefined {
  if (!isRecord(value)) return undefined;
  const { email, displayName, jobTitle, departmentName, roles } = value;
  if (!isString(email) || !isString(displayName) || !isStringArray(roles)) return undefined;
  // jobTitle and departmentName may be missing as well as null: both mean "not known".
  const job = jobTitle ?? null;
  const department = departmentName ?? null;
  if (!isNullableString(job) || !isNullableString(department)) return undefined;
  return { email, displayName, jobTitle: job, departmentName: department, roles };
}

export function parseDemoPeople(body: Json): DemoPerson[] | undefined {
  return isRecord(body) ? parseArray(body.people, parseDemoPerson) : undefined;
}

function parseDepartment(value: Json): DepartmentOption | undefined {
  if (!isRecord(value)) return undefined;
  const { code, name, parentCode } = value;
  return isString(code) && isString(name) && (parentCode === null || isString(parentCode))
    ? { code, name, parentCode }
    : undefined;
}

export function parseDepartments(body: Json): DepartmentOption[] | undefined {
  return isRecord(body) ? parseArray(body.departments, parseDepartment) : undefined;
}

export function parseMe(body: Json): Me | undefined {
  if (!isRecord(body)) return undefined;
  const { email, displayName, roles } = body;
  return isString(email) && isString(displayName) && isStringArray(roles)
    ? { email, displayName, roles }
    : undefined;
}

function parseSubcriterion(value: Json): LocalizedSubcriterion | undefined {
  if (!isRecord(value)) return undefined;
  const { code, title, titleStatus } = value;
  return isString(code) && isString(title) && isTextStatus(titleStatus)
    ? { code, title, titleStatus }
    : undefined;
}

function parseCriterion(value: Json): LocalizedCriterion | undefined {
  if (!isRecord(value)) return undefined;
  const { number, kind, title, titleStatus } = value;
  const subcriteria = parseArray(value.subcriteria, parseSubcriterion);
  if (typeof number !== 'number' || !Number.isInteger(number)) return undefined;
  if (kind !== 'enabler' && kind !== 'result') return undefined;
  if (!isString(title) || !isTextStatus(titleStatus) || subcriteria === undefined) return undefined;
  return { number, kind, title, titleStatus, subcriteria };
}

export function parseCafModel(body: Json): CafModel | undefined {
  if (!isRecord(body) || !isLocale(body.locale)) return undefined;
  const criteria = parseArray(body.criteria, parseCriterion);
  return criteria === undefined ? undefined : { locale: body.locale, criteria };
}
