import { spErrors } from '../errors';
import type { Accessor, Comparison, ValueType } from '../odata/accessors';
import { compileFilter } from '../odata/filter-eval';
import { SortKeys } from '../odata/order';
import type { QueryOptions } from '../odata/query-options';
import { ODataEntity, type ODataProps } from '../odata/values';

/** Lists, fields and users are filtered with plain OData rules: exact, case-sensitive comparison. */
const EXACT: Comparison = { caseInsensitive: false };

/**
 * $filter, $orderby, $top and $select on a collection of flat entities (lists, fields, users).
 * Property names are checked against the entity type; unknown ones are SharePoint's 400.
 */
export function queryEntities(
  entities: readonly ODataEntity[],
  options: QueryOptions,
  filterText: string,
  typeName: string,
  sample: ODataProps,
): ODataEntity[] {
  const resolve = (path: string): Accessor<ODataEntity> => {
    const name = canonicalName(sample, path);
    if (name === undefined) throw spErrors.propertyNotFound(path, typeName);
    const type = inferType(entities, name);
    return { type, multi: false, sortable: true, get: (e) => e.props[name] ?? null };
  };
  let rows = [...entities];
  if (options.filter) {
    const predicate = compileFilter(options.filter, resolve, filterText, EXACT);
    rows = rows.filter(predicate);
  }
  if (options.orderBy.length > 0) {
    const keys = new SortKeys(options.orderBy, resolve, EXACT);
    rows.sort((a, b) => keys.compareRows(a, b));
  }
  if (options.top !== undefined) rows = rows.slice(0, options.top);
  return rows.map((e) => selectProps(e, options.select, typeName));
}

/** $select on one entity; `*` or no $select keeps every property. */
export function selectProps(
  entity: ODataEntity,
  select: readonly string[] | undefined,
  typeName: string,
): ODataEntity {
  if (select === undefined || select.includes('*')) return entity;
  const props: ODataProps = {};
  for (const wanted of select) {
    if (wanted.includes('/')) continue;
    const name = canonicalName(entity.props, wanted);
    if (name === undefined) throw spErrors.propertyNotFound(wanted, typeName);
    props[name] = entity.props[name] ?? null;
  }
  for (const wanted of select) {
    const nav = wanted.split('/')[0] as string;
    if (wanted.includes('/') && entity.props[nav] !== undefined) props[nav] = entity.props[nav] ?? null;
  }
  return new ODataEntity(entity.meta, props, entity.navigation);
}

function canonicalName(props: ODataProps, wanted: string): string | undefined {
  if (wanted in props) return wanted;
  const lower = wanted.toLowerCase();
  return Object.keys(props).find((k) => k.toLowerCase() === lower);
}

function inferType(entities: readonly ODataEntity[], name: string): ValueType {
  for (const e of entities) {
    const v = e.props[name];
    if (typeof v === 'number') return 'number';
    if (typeof v === 'boolean') return 'boolean';
    if (typeof v === 'string') return 'text';
  }
  return 'text';
}
