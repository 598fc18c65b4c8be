import { spErrors } from '../errors';
import type { FilterNode } from './filter-ast';
import { parseFilter } from './filter-parser';

export interface OrderBy {
  readonly field: string;
  readonly descending: boolean;
}

/** The OData system query options of one request, parsed and checked. */
export interface QueryOptions {
  /** undefined when $select is absent; `*` is kept as a name. */
  readonly select: readonly string[] | undefined;
  readonly expand: readonly string[];
  readonly filter: FilterNode | undefined;
  readonly orderBy: readonly OrderBy[];
  readonly top: number | undefined;
  readonly skip: number | undefined;
  readonly skipToken: string | undefined;
}

export function parseQueryOptions(params: URLSearchParams): QueryOptions {
  const filterText = params.get('$filter');
  return {
    select: listOption(params.get('$select')),
    expand: listOption(params.get('$expand')) ?? [],
    filter: filterText === null || filterText.trim() === '' ? undefined : parseFilter(filterText),
    orderBy: parseOrderBy(params.get('$orderby')),
    top: intOption(params, '$top'),
    skip: intOption(params, '$skip'),
    skipToken: params.get('$skiptoken') ?? undefined,
  };
}

function listOption(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function intOption(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null) return undefined;
  if (!/^\d+$/.test(value.trim()))
    throw spErrors.invalidQuery(`Invalid value '${value}' for the ${name} query option.`);
  const n = Number(value.trim());
  if (!Number.isSafeInteger(n))
    throw spErrors.invalidQuery(`Invalid value '${value}' for the ${name} query option.`);
  return n;
}

function parseOrderBy(value: string | null): OrderBy[] {
  if (value === null || value.trim() === '') return [];
  return value.split(',').map((part) => {
    const words = part.trim().split(/\s+/);
    const field = words[0];
    const direction = words[1]?.toLowerCase();
    if (
      !field ||
      words.length > 2 ||
      (direction !== undefined && direction !== 'asc' && direction !== 'desc')
    ) {
      throw spErrors.invalidQuery(`The $orderby expression '${part.trim()}' is not valid.`);
    }
    return { field, descending: direction === 'desc' };
  });
}
