import type { MeasureFilter } from '@kvalita/core';

/**
 * A register filter as the query string GET /api/measures reads (status=a,b&departmentCode=…),
 * without the leading "?"; "" for no filter. Keys in the contract's order, so one filter is one URL.
 */
export function measureQuery(filter: MeasureFilter): string {
  const parts: string[] = [];
  const add = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '') parts.push(`${key}=${encodeURIComponent(String(value))}`);
  };
  // The statuses as the contract writes them, comma-separated (each one escaped, the commas not).
  if (filter.status !== undefined && filter.status.length > 0)
    parts.push(`status=${filter.status.map(encodeURIComponent).join(',')}`);
  add('phase', filter.phase);
  add('departmentCode', filter.departmentCode);
  add('ownerEmail', filter.ownerEmail);
  add('origin', filter.origin);
  add('criterion', filter.criterion);
  add('subcriterionCode', filter.subcriterionCode);
  add('cycleId', filter.cycleId);
  if (filter.overdue === true) add('overdue', true);
  add('year', filter.year);
  if (filter.mine === true) add('mine', true);
  add('sort', filter.sort);
  if (filter.descending === true) add('descending', true);
  add('pageSize', filter.pageSize);
  add('page', filter.page);
  return parts.join('&');
}
