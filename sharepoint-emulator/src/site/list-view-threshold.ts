import { spErrors } from '../errors';
import type { ItemRecord } from '../model/types';
import type { Resolve } from '../odata/accessors';
import type { FilterNode } from '../odata/filter-ast';
import type { OrderBy } from '../odata/query-options';

/** SharePoint Online's list view threshold: not configurable online. */
export const LIST_VIEW_THRESHOLD = 5000;

export interface ThresholdCheck {
  /** Items in the list. */
  readonly itemCount: number;
  readonly filter: FilterNode | undefined;
  readonly orderBy: readonly OrderBy[];
  readonly resolve: Resolve<ItemRecord>;
  /** How many items of the list a filter clause matches (the rows SharePoint's index seek returns). */
  readonly countMatching: (clause: FilterNode) => number;
}

/**
 * Refuses, as SharePoint Online does, a query that would make the database touch more rows than the
 * threshold on a list holding more than 5,000 items:
 *  - the first clause of the $filter (the left end of its `and` chain) must be on an indexed column
 *    with an operator an index can seek with (eq, lt, le, gt, ge, `eq null`, startswith); `ne`,
 *    `substringof` and projected lookup fields (Owner/EMail) cannot. An `or` as first clause needs
 *    this of each branch.
 *  - that clause must match at most 5,000 items: the rest of the filter is applied to those rows, so
 *    an indexed clause that is not selective enough fails too. Comparisons on the same indexed column
 *    that follow it directly in the `and` chain bound the same seek (a range: `ID ge 5001 and
 *    ID lt 10001`), so together they must match at most 5,000 — how a list of any size is read in
 *    ID windows with any further filter;
 *  - $orderby on a column without an index needs such a narrowing filter; sorting by ID or an
 *    indexed column does not.
 * Unfiltered queries ordered by ID page through any list. $top above 5,000 is refused elsewhere.
 */
export function enforceListViewThreshold(check: ThresholdCheck): void {
  if (check.itemCount <= LIST_VIEW_THRESHOLD) return;
  let narrowed = false;
  if (check.filter) {
    const first = firstClause(check.filter);
    if (!seeksOnIndex(first, check.resolve)) throw spErrors.listViewThreshold();
    if (check.countMatching(seekRange(check.filter)) > LIST_VIEW_THRESHOLD)
      throw spErrors.listViewThreshold();
    narrowed = true;
  }
  if (narrowed) return;
  for (const key of check.orderBy) {
    if (check.resolve(key.field).indexed !== true) throw spErrors.listViewThreshold();
  }
}

/** The clause SharePoint evaluates first: the leftmost operand of an `and` chain. */
export function firstClause(node: FilterNode): FilterNode {
  return node.kind === 'and' ? firstClause(node.left) : node;
}

/** The clauses of an `and` chain, left to right. */
function conjuncts(node: FilterNode): FilterNode[] {
  return node.kind === 'and' ? [...conjuncts(node.left), ...conjuncts(node.right)] : [node];
}

const RANGE_OPERATORS: ReadonlySet<string> = new Set(['eq', 'lt', 'le', 'gt', 'ge']);

/**
 * What the index seek reads: the first clause and, when it is a comparison, the comparisons on the
 * same column that directly follow it (the bounds of one range).
 */
function seekRange(filter: FilterNode): FilterNode {
  const [first, ...rest] = conjuncts(filter) as [FilterNode, ...FilterNode[]];
  if (first.kind !== 'compare') return first;
  let range: FilterNode = first;
  for (const next of rest) {
    if (next.kind !== 'compare' || !RANGE_OPERATORS.has(next.op)) break;
    if (next.field.toLowerCase() !== first.field.toLowerCase()) break;
    range = { kind: 'and', left: range, right: next };
  }
  return range;
}

function seeksOnIndex(node: FilterNode, resolve: Resolve<ItemRecord>): boolean {
  switch (node.kind) {
    case 'and':
      return seeksOnIndex(firstClause(node), resolve);
    case 'or':
      return seeksOnIndex(firstClause(node.left), resolve) && seeksOnIndex(firstClause(node.right), resolve);
    case 'substringof':
      return false;
    case 'startswith':
      return resolve(node.field).indexed === true;
    case 'compare':
      return node.op !== 'ne' && resolve(node.field).indexed === true;
  }
}
