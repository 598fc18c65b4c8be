import {
  DOCUMENT_KINDS,
  DOCUMENT_LIMITS,
  DOCUMENT_SORTS,
  DOCUMENT_STATUSES,
  type DocumentFilter,
} from '@kvalita/core';
import { personMemory } from '../platform/session/browser-storage';

/** The filter a person sets (paging is the register's own). */
export type DocumentRegisterFilter = Omit<DocumentFilter, 'page' | 'pageSize'>;

export const DEFAULT_FILTER: DocumentRegisterFilter = { sort: 'code' };

const KEY_PREFIX = 'kvalita.documents.register.';

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  (values as readonly unknown[]).includes(value) ? (value as T) : undefined;
const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;

/** Reads a remembered filter field by field: whatever is unknown (an older tab's) is dropped. */
function filterOf(value: unknown): DocumentRegisterFilter {
  if (typeof value !== 'object' || value === null) return DEFAULT_FILTER;
  const raw = value as Record<string, unknown>;
  const status = Array.isArray(raw.status)
    ? raw.status.filter((item) => oneOf(DOCUMENT_STATUSES, item) !== undefined)
    : [];
  const filter: { -readonly [K in keyof DocumentRegisterFilter]: DocumentRegisterFilter[K] } = {};
  filter.kind = oneOf(DOCUMENT_KINDS, raw.kind);
  if (status.length > 0) filter.status = status as DocumentRegisterFilter['status'];
  filter.departmentCode = text(raw.departmentCode, DOCUMENT_LIMITS.departmentCode);
  filter.subcriterionCode =
    typeof raw.subcriterionCode === 'string' && /^[1-9]\.[1-9]$/.test(raw.subcriterionCode)
      ? raw.subcriterionCode
      : undefined;
  filter.search = text(raw.search, DOCUMENT_LIMITS.search);
  if (raw.mine === true) filter.mine = true;
  if (raw.reviewOverdue === true) filter.reviewOverdue = true;
  filter.sort = oneOf(DOCUMENT_SORTS, raw.sort) ?? 'code';
  if (raw.descending === true) filter.descending = true;
  return Object.fromEntries(
    Object.entries(filter).filter(([, item]) => item !== undefined),
  ) as DocumentRegisterFilter;
}

/**
 * The register's filters and sort, remembered per person (their e-mail) in the browser's storage,
 * as the measures register does.
 */
export function documentRegisterMemory(storage: Storage | null, email: string) {
  return personMemory(storage, KEY_PREFIX, email, filterOf, DEFAULT_FILTER);
}
