import type { IList } from '@pnp/sp/lists';
import './pnp-imports';
import { MAX_PAGE_SIZE, pagesOf } from './paging';
import type { Selection } from './schema/select';

/**
 * The ID windows that cover a list whose highest ID is `maxId`: each reads at most 5,000 rows
 * (the list view threshold), whatever the rest of the filter, because its two ID bounds come
 * first and make one range seek on the list's own index.
 */
export function idWindows(maxId: number, clauses: readonly string[]): string[] {
  const windows: string[] = [];
  for (let from = 0; from < maxId; from += MAX_PAGE_SIZE) {
    windows.push([`ID gt ${from}`, `ID le ${from + MAX_PAGE_SIZE}`, ...clauses].join(' and '));
  }
  return windows;
}

/** The list's highest item ID (0 when empty): one request. */
export async function highestId(list: IList): Promise<number> {
  const top = await list.items.select('Id').orderBy('Id', false).top(1)<{ Id: number }[]>();
  return top[0]?.Id ?? 0;
}

/**
 * Every row matching `clauses` (joined with `and`), page by page in ID order, read in ID windows
 * of 5,000: a cycle's 4,700 answers or 40,000 nominations, in a list holding several cycles, never
 * meet the list view threshold, and memory holds one page. Rows added after the highest ID was
 * read are not yielded (a snapshot of the moment the read began).
 */
export async function* windowedPages<Row>(
  list: IList,
  selection: Selection<Row>,
  clauses: readonly string[],
  pageSize = MAX_PAGE_SIZE,
): AsyncGenerator<Row[]> {
  for (const filter of idWindows(await highestId(list), clauses)) {
    const query = selection.applyTo(list.items).filter(filter).orderBy('Id', true);
    for await (const page of pagesOf<Row>(query, pageSize)) if (page.length > 0) yield page;
  }
}
