import type { StoredValue } from './types';

/** How SharePoint compares values for EnforceUniqueValues: text case-insensitively. */
export function uniqueKey(value: StoredValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return `s:${value.toLocaleLowerCase('cs')}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value}:${String(value)}`;
  return `j:${JSON.stringify(value)}`;
}
