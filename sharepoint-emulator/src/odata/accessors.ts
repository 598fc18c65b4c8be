/** How a $filter or $orderby reads one property of a row, whatever the row is (item, list, field, user). */
export type ValueType = 'text' | 'number' | 'boolean' | 'datetime' | 'guid';

export interface Accessor<Row> {
  readonly type: ValueType;
  /** Multi-value properties (multi-choice, multi-person, multi-lookup) match if any value matches. */
  readonly multi: boolean;
  /** Text and note fields can be filtered but not every one can be sorted. */
  readonly sortable: boolean;
  readonly get: (row: Row) => unknown;
  /** The column has an index SharePoint can seek on (what the list view threshold looks at). */
  readonly indexed?: boolean;
  /** Set when the property exists but SharePoint refuses it in a $filter (e.g. a Note column). */
  readonly filterError?: () => Error;
}

export type Resolve<Row> = (path: string) => Accessor<Row>;

/**
 * Compares values the way the store behind the collection does. List items compare text like
 * SharePoint's SQL collation: case-insensitive, accent-sensitive, in the site's locale (Czech).
 * Other collections are filtered by plain OData rules: exact, case-sensitive.
 */
export interface Comparison {
  readonly caseInsensitive: boolean;
}

const collator = new Intl.Collator('cs', { sensitivity: 'accent' });

export function compareValues(type: ValueType, a: unknown, b: unknown, comparison: Comparison): number {
  switch (type) {
    case 'number':
      return (a as number) - (b as number);
    case 'boolean':
      return Number(a) - Number(b);
    case 'datetime':
      return Date.parse(a as string) - Date.parse(b as string);
    case 'guid':
      return String(a).toLowerCase().localeCompare(String(b).toLowerCase());
    case 'text':
      if (comparison.caseInsensitive) return collator.compare(String(a), String(b));
      return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  }
}

export function foldText(value: string, comparison: Comparison): string {
  return comparison.caseInsensitive ? value.toLocaleLowerCase('cs') : value;
}
