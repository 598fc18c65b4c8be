import type { DocumentFilter } from '@kvalita/core';

/**
 * A register filter as the query string GET /api/documents reads (status=a,b&kind=…), without the
 * leading "?"; "" for no filter. Keys in the contract's order, so one filter is one URL.
 */
export function documentQuery(filter: DocumentFilter): string {
  const parts: string[] = [];
  const add = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined && value !== '') parts.push(`${key}=${encodeURIComponent(String(value))}`);
  };
  add('kind', filter.kind);
  if (filter.status !== undefined && filter.status.length > 0)
    parts.push(`status=${filter.status.map(encodeURIComponent).join(',')}`);
  add('departmentCode', filter.departmentCode);
  add('subcriterionCode', filter.subcriterionCode);
  add('search', filter.search?.trim());
  if (filter.mine === true) add('mine', true);
  if (filter.reviewOverdue === true) add('reviewOverdue', true);
  add('sort', filter.sort);
  if (filter.descending === true) add('descending', true);
  add('pageSize', filter.pageSize);
  add('page', filter.page);
  return parts.join('&');
}
