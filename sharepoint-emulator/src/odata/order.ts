import { spErrors } from '../errors';
import { compareValues, type Accessor, type Comparison, type Resolve } from './accessors';
import type { OrderBy } from './query-options';

interface SortKey<Row> {
  readonly name: string;
  readonly accessor: Accessor<Row>;
  readonly sign: 1 | -1;
}

/** Compiled $orderby keys: empty values sort first ascending, as in SharePoint. */
export class SortKeys<Row> {
  readonly keys: readonly SortKey<Row>[];

  constructor(
    orderBy: readonly OrderBy[],
    resolve: Resolve<Row>,
    private readonly comparison: Comparison,
  ) {
    this.keys = orderBy.map((o) => {
      const accessor = resolve(o.field);
      if (accessor.multi || !accessor.sortable)
        throw spErrors.invalidQuery(`The field '${o.field}' cannot be used in $orderby.`);
      return { name: o.field, accessor, sign: o.descending ? -1 : 1 };
    });
  }

  valuesOf(row: Row): unknown[] {
    return this.keys.map((k) => k.accessor.get(row) ?? null);
  }

  compareValues(a: readonly unknown[], b: readonly unknown[]): number {
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i] as SortKey<Row>;
      const c = compareNullable(key.accessor, a[i], b[i], this.comparison);
      if (c !== 0) return c * key.sign;
    }
    return 0;
  }

  compareRows(a: Row, b: Row): number {
    return this.compareValues(this.valuesOf(a), this.valuesOf(b));
  }
}

function compareNullable<Row>(
  accessor: Accessor<Row>,
  a: unknown,
  b: unknown,
  comparison: Comparison,
): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return aNull && bNull ? 0 : aNull ? -1 : 1;
  return compareValues(accessor.type, a, b, comparison);
}
