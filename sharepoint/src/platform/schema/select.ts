import type { ItemOf, SelectableName } from './items';
import type { FieldSchema, ListSchema } from './types';

/** What a PnPjs query offers for $select and $expand (items, one item). */
export interface SelectableQuery<Q> {
  select(...names: string[]): Q;
  expand(...names: string[]): Q;
}

/**
 * The columns a repository reads from a list, checked against its schema: `select` and `expand`
 * are the $select and $expand SharePoint needs (a person column as Name/EMail and Name/Title,
 * expanded), and `RowOf<typeof selection>` is the type of an item read with them.
 */
export interface Selection<Row> {
  readonly select: readonly string[];
  readonly expand: readonly string[];
  /** The query with this $select (and $expand, when a person column is read). */
  applyTo<Q extends SelectableQuery<Q>>(query: Q): Q;
  /** Type only: what an item read with this selection holds. */
  readonly row?: Row;
}

export type RowOf<S extends Selection<unknown>> = NonNullable<S['row']>;

const BUILT_IN_COLUMNS = new Set(['Id', 'Title', 'Created', 'Modified', 'AuthorId', 'EditorId']);
const BUILT_IN_PEOPLE = new Set(['Author', 'Editor']);
const PERSON_TYPES = new Set<FieldSchema['type']>(['User', 'UserMulti']);
const LINK_TYPES = new Set<FieldSchema['type']>(['User', 'UserMulti', 'Lookup', 'LookupMulti']);

/** How one name is read: a plain column, or a person column to expand. */
function readAs(list: ListSchema, name: string): 'column' | 'person' {
  if (BUILT_IN_COLUMNS.has(name)) return 'column';
  if (BUILT_IN_PEOPLE.has(name)) return 'person';
  const field = list.fields.find((candidate) => candidate.name === name);
  if (field && PERSON_TYPES.has(field.type)) return 'person';
  if (field && !LINK_TYPES.has(field.type)) return 'column';
  const linked = name.endsWith('Id')
    ? list.fields.find((candidate) => `${candidate.name}Id` === name)
    : undefined;
  if (linked && LINK_TYPES.has(linked.type)) return 'column';
  // The type check catches this at compile time; this catches a name that got past it (a cast).
  throw new Error(`List ${list.key} has no column ${name} to read`);
}

/** The columns of `list` a query reads; every name is checked against the schema. */
export function selectOf<L extends ListSchema, N extends SelectableName<L>>(
  list: L,
  ...names: N[]
): Selection<Pick<ItemOf<L>, N>> {
  const select: string[] = [];
  const expand: string[] = [];
  for (const name of new Set<string>(names)) {
    if (readAs(list, name) === 'column') select.push(name);
    else {
      select.push(`${name}/EMail`, `${name}/Title`);
      expand.push(name);
    }
  }
  return {
    select,
    expand,
    applyTo: (query) => {
      const selected = query.select(...select);
      return expand.length > 0 ? selected.expand(...expand) : selected;
    },
  };
}
