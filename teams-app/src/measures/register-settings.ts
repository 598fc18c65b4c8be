import {
  MEASURE_ORIGINS,
  MEASURE_SORTS,
  MEASURE_STATUSES,
  PDCA_PHASES,
  type MeasureFilter,
} from '@kvalita/core';
import { personMemory } from '../platform/session/browser-storage';

/** How the register is shown: the table, the board by PDCA phase, or the person's own measures. */
export const REGISTER_VIEWS = ['table', 'board', 'mine'] as const;
export type RegisterView = (typeof REGISTER_VIEWS)[number];

/** The filter a person sets (paging and "mine" come from the view, not from the person). */
export type RegisterFilter = Omit<MeasureFilter, 'page' | 'pageSize' | 'mine'>;

export interface RegisterSettings {
  readonly view: RegisterView;
  readonly filter: RegisterFilter;
}

export const DEFAULT_SETTINGS: RegisterSettings = { view: 'table', filter: { sort: 'deadline' } };

const KEY_PREFIX = 'kvalita.measures.register.';

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  (values as readonly unknown[]).includes(value) ? (value as T) : undefined;
const numberIn = (value: unknown, min: number, max: number): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= 320 ? value : undefined;

/** Reads a remembered filter field by field: whatever is unknown (an older tab's) is dropped. */
function filterOf(value: unknown): RegisterFilter {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS.filter;
  const raw = value as Record<string, unknown>;
  const status = Array.isArray(raw.status)
    ? raw.status.filter((item) => oneOf(MEASURE_STATUSES, item) !== undefined)
    : [];
  const filter: { -readonly [K in keyof RegisterFilter]: RegisterFilter[K] } = {};
  if (status.length > 0) filter.status = status as RegisterFilter['status'];
  filter.phase = oneOf(PDCA_PHASES, raw.phase);
  filter.departmentCode = text(raw.departmentCode);
  filter.ownerEmail = text(raw.ownerEmail);
  filter.origin = oneOf(MEASURE_ORIGINS, raw.origin);
  filter.criterion = numberIn(raw.criterion, 1, 9);
  filter.year = numberIn(raw.year, 2000, 2100);
  if (raw.overdue === true) filter.overdue = true;
  if (raw.dueSoon === true) filter.dueSoon = true;
  filter.sort = oneOf(MEASURE_SORTS, raw.sort) ?? 'deadline';
  if (raw.descending === true) filter.descending = true;
  return Object.fromEntries(
    Object.entries(filter).filter(([, item]) => item !== undefined),
  ) as RegisterFilter;
}

/** What is stored for the register: its view and filter, each read on its own. */
function settingsOf(value: unknown): RegisterSettings {
  const parsed = value as { view?: unknown; filter?: unknown };
  return { view: oneOf(REGISTER_VIEWS, parsed.view) ?? 'table', filter: filterOf(parsed.filter) };
}

/** The register's view, filters and sort, remembered per person (their e-mail) in the browser's storage. */
export function registerMemory(storage: Storage | null, email: string) {
  return personMemory(storage, KEY_PREFIX, email, settingsOf, DEFAULT_SETTINGS);
}
