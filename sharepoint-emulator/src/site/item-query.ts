import { spErrors } from '../errors';
import type { ItemRecord } from '../model/types';
import type { Accessor, Comparison } from '../odata/accessors';
import type { FilterNode } from '../odata/filter-ast';
import { compileFilter } from '../odata/filter-eval';
import { SortKeys } from '../odata/order';
import type { OrderBy } from '../odata/query-options';
import type { ItemStore } from '../store/item-store';
import { itemAccessorResolver, type ItemSource } from './item-accessors';
import { enforceListViewThreshold } from './list-view-threshold';

/** SharePoint returns 100 items when $top is not given, and refuses more than 5,000 per page. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 5000;

/** Where a query reads items from: the store, or the store as one caller sees it. */
export type ItemRows = Pick<ItemStore, 'count' | 'scan'>;

export interface ItemQuery {
  readonly filter: FilterNode | undefined;
  readonly filterText: string;
  readonly orderBy: readonly OrderBy[];
  readonly top: number | undefined;
  readonly skipToken: string | undefined;
}

export interface ItemPage {
  readonly items: ItemRecord[];
  /** The $skiptoken of the next page (Paged=TRUE&p_ID=…), when there is one. */
  readonly nextSkipToken: string | undefined;
}

const ITEM_COMPARISON: Comparison = { caseInsensitive: true };

/**
 * Runs a query on a list's items. Without $orderby (or ordered by ID) items stream from the store
 * in id order and reading stops once the page is full; other orders sort the filtered rows. Pages
 * continue with SharePoint's $skiptoken: Paged=TRUE&p_ID=<last id> (plus p_<Field>=<value> for
 * each sort key), so a page boundary is a position, not an offset.
 */
export function runItemQuery(store: ItemRows, source: ItemSource, query: ItemQuery): ItemPage {
  const top = query.top ?? DEFAULT_PAGE_SIZE;
  if (top > MAX_PAGE_SIZE) throw spErrors.listViewThreshold();
  const resolve = itemAccessorResolver(source);
  const predicate = query.filter
    ? compileFilter(query.filter, resolve, query.filterText, ITEM_COMPARISON)
    : () => true;
  enforceListViewThreshold({
    itemCount: store.count(source.list.id),
    filter: query.filter,
    orderBy: query.orderBy,
    resolve,
    countMatching: (clause) => {
      const matches = compileFilter(clause, resolve, query.filterText, ITEM_COMPARISON);
      let n = 0;
      for (const item of store.scan(source.list.id, false, undefined)) if (matches(item)) n++;
      return n;
    },
  });
  const idOnly =
    query.orderBy.length === 0 ||
    (query.orderBy.length === 1 && /^id$/i.test((query.orderBy[0] as OrderBy).field));
  const token = parseSkipToken(query.skipToken);

  if (idOnly) {
    const descending = query.orderBy[0]?.descending ?? false;
    const items: ItemRecord[] = [];
    let more = false;
    for (const item of store.scan(source.list.id, descending, token?.id)) {
      if (!predicate(item)) continue;
      if (items.length === top) {
        more = true;
        break;
      }
      items.push(item);
    }
    const last = items[items.length - 1];
    return { items, nextSkipToken: more && last ? formatSkipToken(undefined, last) : undefined };
  }

  const keys = new SortKeys(query.orderBy, resolve, ITEM_COMPARISON);
  const rows = [...store.scan(source.list.id, false, undefined)].filter(predicate);
  const compare = (a: ItemRecord, b: ItemRecord) => keys.compareRows(a, b) || a.id - b.id;
  rows.sort(compare);
  let start = 0;
  if (token) {
    const tokenValues = [...token.values];
    const cursorValues = keys.keys.map((k) =>
      isIdKey(k.name) ? token.id : decodeKeyValue(k.accessor, tokenValues.shift()),
    );
    start = rows.findIndex(
      (row) => (keys.compareValues(keys.valuesOf(row), cursorValues) || row.id - token.id) > 0,
    );
    if (start < 0) start = rows.length;
  }
  const items = rows.slice(start, start + top);
  const last = items[items.length - 1];
  const more = start + top < rows.length;
  return {
    items,
    nextSkipToken: more && last ? formatSkipToken(keys, last) : undefined,
  };
}

interface SkipToken {
  readonly id: number;
  /** Values of p_<Field> parameters in $orderby order; undefined where absent. */
  readonly values: readonly (string | undefined)[];
}

function parseSkipToken(text: string | undefined): SkipToken | undefined {
  if (text === undefined) return undefined;
  const params = new URLSearchParams(text);
  if ((params.get('Paged') ?? '').toUpperCase() !== 'TRUE')
    throw spErrors.invalidQuery(`The $skiptoken '${text}' is not valid.`);
  if ((params.get('PagedPrev') ?? '').toUpperCase() === 'TRUE') {
    throw spErrors.invalidQuery(
      'Paging backwards (PagedPrev=TRUE) is not supported by the local SharePoint emulator yet.',
    );
  }
  const idText = params.get('p_ID');
  if (idText === null || !/^\d+$/.test(idText))
    throw spErrors.invalidQuery(`The $skiptoken '${text}' is not valid.`);
  const values: (string | undefined)[] = [];
  for (const [name, value] of params) {
    if (name.startsWith('p_') && name !== 'p_ID') values.push(value);
  }
  return { id: Number(idText), values };
}

function formatSkipToken(keys: SortKeys<ItemRecord> | undefined, last: ItemRecord): string {
  const params = new URLSearchParams();
  params.set('Paged', 'TRUE');
  if (keys) {
    const values = keys.valuesOf(last);
    keys.keys.forEach((key, i) => {
      if (!isIdKey(key.name)) params.append(`p_${key.name}`, encodeKeyValue(values[i]));
    });
  }
  params.set('p_ID', String(last.id));
  return params.toString();
}

function isIdKey(name: string): boolean {
  return /^id$/i.test(name);
}

/** Sort values travel in the token as text; an empty value stands for "no value". */
function encodeKeyValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

function decodeKeyValue(accessor: Accessor<ItemRecord>, text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  switch (accessor.type) {
    case 'number': {
      const n = Number(text);
      if (!Number.isFinite(n)) throw spErrors.invalidQuery('The $skiptoken is not valid for this $orderby.');
      return n;
    }
    case 'boolean':
      return text === '1';
    default:
      return text;
  }
}
