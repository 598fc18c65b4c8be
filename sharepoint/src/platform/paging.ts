import type { IItems } from '@pnp/sp/items';
import './pnp-imports';

/** SharePoint serves at most 5,000 items per request (and refuses $top above it). */
export const MAX_PAGE_SIZE = 5000;

export function pageSize(requested: number | undefined, fallback = 500): number {
  return Math.min(Math.max(Math.trunc(requested ?? fallback), 1), MAX_PAGE_SIZE);
}

/**
 * Pages of a query, following SharePoint's next links (PnPjs's async iteration over items), so a
 * list of any size is read in bounded memory. On a list above 5,000 items the query must filter
 * first on an indexed column (or sort by ID only), as SharePoint's list view threshold demands.
 */
export async function* pagesOf<T>(query: IItems, size: number): AsyncGenerator<T[]> {
  for await (const page of query.top(pageSize(size))) yield page as T[];
}

/** Every item of a query, page by page. */
export async function allOf<T>(query: IItems, size = MAX_PAGE_SIZE): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pagesOf<T>(query, size)) items.push(...page);
  return items;
}

/** The ETag SharePoint sends with each item (minimal metadata), for If-Match on update. */
export function etagOf(item: object): string {
  const etag = (item as { 'odata.etag'?: unknown })['odata.etag'];
  if (typeof etag !== 'string') throw new Error('SharePoint sent the item without an ETag');
  return etag;
}
