import { odataString } from '../odata';
import type { ItemOf } from './items';
import type { FieldSchema, ListSchema } from './types';

/** Column types SharePoint refuses in $filter (long text, multi-value people and lookups, links). */
type Unfilterable = 'Note' | 'UserMulti' | 'LookupMulti' | 'URL' | 'User';

/** Names a $filter may use: columns of filterable types, `${Name}Id` of people and lookups, built-ins. */
export type FilterableName<L extends ListSchema> = Exclude<
  keyof ItemOf<L> & string,
  Extract<L['fields'][number], { readonly type: Unfilterable }>['name'] | 'Author' | 'Editor'
>;

export type FilterValue = string | number | boolean | Date | null;
export type Comparison = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';

/** SharePoint's DateTime literal (no fraction of a second). */
const dateTimeLiteral = (at: Date) => `datetime'${at.toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;

function literal(value: FilterValue): string {
  if (value === null) return 'null';
  if (value instanceof Date) return dateTimeLiteral(value);
  if (typeof value === 'string') return odataString(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (!Number.isFinite(value)) throw new RangeError(`Cannot filter on ${value}`);
  return String(value);
}

/**
 * $filter clauses on the columns of `list`: `where('WaveKey', 'eq', key)` → "WaveKey eq 'srv-1#2'".
 * The name is checked against the schema (a long-text column, which SharePoint cannot filter on,
 * does not compile) and the value is always written as a literal, quoted and escaped, so no value
 * can close it and add a filter of its own.
 */
export function filterOn<L extends ListSchema>(list: L) {
  return (name: FilterableName<L>, comparison: Comparison, value: FilterValue): string => {
    checkFilterable(list, name);
    return `${name} ${comparison} ${literal(value)}`;
  };
}

const UNFILTERABLE = new Set<FieldSchema['type']>(['Note', 'UserMulti', 'LookupMulti', 'URL', 'User']);

function checkFilterable(list: ListSchema, name: string): void {
  const field = list.fields.find((candidate) => candidate.name === name);
  if (field && UNFILTERABLE.has(field.type))
    throw new Error(`SharePoint cannot filter ${list.key} on ${name}`);
}

/**
 * `startswith(Name,'text')` on a text column of `list` (a prefix match SharePoint answers from the
 * column's index, so it stays under the list view threshold; `substringof` would scan). The value
 * is always an escaped literal, as in filterOn.
 */
export function startsWithOn<L extends ListSchema>(list: L) {
  return (name: FilterableName<L>, value: string): string => {
    checkFilterable(list, name);
    return `startswith(${name},${literal(value)})`;
  };
}
