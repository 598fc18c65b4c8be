import './pnp-imports';
import { inOneBatch, settleInOneBatch } from './batch';
import { DuplicateValueError, NotFoundError } from './errors';
import { odataString } from './odata';
import type { SiteContext } from './site-context';
import type { ListSchema } from './schema/types';

/**
 * Values per query of an `or` chain: each clause is an index seek on the column, and 25 of them
 * keep the query's URL short (a 255-character key makes about 7 KB) inside one $batch part.
 */
export const VALUES_PER_QUERY = 25;

/**
 * The rows whose text column `column` (indexed) holds one of `values`: the values in `or` chains
 * of VALUES_PER_QUERY, every chain a part of one $batch (100 parts per POST). Each chain seeks the
 * index once per value, so none meets the list view threshold however large the list.
 */
export async function rowsWithValues<Row extends { readonly Id: number }>(
  site: SiteContext,
  list: ListSchema,
  column: string,
  values: readonly string[],
  select: readonly string[],
  more: readonly string[] = [],
): Promise<Row[]> {
  const wanted = [...new Set(values)];
  if (wanted.length === 0) return [];
  const chunks: string[][] = [];
  for (let start = 0; start < wanted.length; start += VALUES_PER_QUERY)
    chunks.push(wanted.slice(start, start + VALUES_PER_QUERY));
  const url = await site.listUrl(list);
  const pages = await inOneBatch<Row[][]>(site.sp, (batched) =>
    chunks.map((chunk) =>
      batched.web
        .getList(url)
        .items.select('Id', column, ...select)
        .filter(
          [`(${chunk.map((value) => `${column} eq ${odataString(value)}`).join(' or ')})`, ...more].join(
            ' and ',
          ),
        )
        // A chain of 25 unique values matches at most 25 rows; a non-unique column needs `more`.
        .top(5000)<Row[]>(),
    ),
  );
  return pages.flat();
}

/**
 * Deletes rows by ID, 100 per $batch; a row already gone (a second call, a race) is not counted.
 * Returns how many it deleted.
 */
export async function deleteRows(
  site: SiteContext,
  list: ListSchema,
  ids: readonly number[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const url = await site.listUrl(list);
  const settled = await settleInOneBatch(site.sp, (batched) =>
    ids.map((id) => batched.web.getList(url).items.getById(id).delete()),
  );
  const failure = settled.find(
    (result) => result.status === 'rejected' && !(result.reason instanceof NotFoundError),
  );
  if (failure?.status === 'rejected') throw failure.reason;
  return settled.filter((result) => result.status === 'fulfilled').length;
}

/**
 * Adds rows, 100 per $batch. A row whose unique key is already taken (an earlier run's, a race)
 * is not an error; any other refusal is thrown once the batch is through. Returns how many were added.
 */
export async function addRowsUnlessTaken(
  site: SiteContext,
  list: ListSchema,
  values: readonly Readonly<Record<string, unknown>>[],
): Promise<number> {
  if (values.length === 0) return 0;
  const url = await site.listUrl(list);
  const settled = await settleInOneBatch(site.sp, (batched) =>
    values.map((value) => batched.web.getList(url).items.add({ ...value })),
  );
  const failure = settled.find(
    (result) => result.status === 'rejected' && !(result.reason instanceof DuplicateValueError),
  );
  if (failure?.status === 'rejected') throw failure.reason;
  return settled.filter((result) => result.status === 'fulfilled').length;
}
