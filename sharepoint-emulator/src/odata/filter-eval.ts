import { spErrors } from '../errors';
import { normalizeDateTime } from '../model/item-values';
import {
  compareValues,
  foldText,
  type Accessor,
  type Comparison,
  type Resolve,
  type ValueType,
} from './accessors';
import type { FilterNode, Literal } from './filter-ast';

export type Predicate<Row> = (row: Row) => boolean;

/**
 * Turns a parsed $filter into a predicate. Every property is resolved and every literal converted to
 * the property's type up front, so an unknown column or a mistyped literal is a 400 even on an empty
 * list, and string literals are only ever compared as values.
 */
export function compileFilter<Row>(
  node: FilterNode,
  resolve: Resolve<Row>,
  expression: string,
  comparison: Comparison,
): Predicate<Row> {
  switch (node.kind) {
    case 'and': {
      const left = compileFilter(node.left, resolve, expression, comparison);
      const right = compileFilter(node.right, resolve, expression, comparison);
      return (row) => left(row) && right(row);
    }
    case 'or': {
      const left = compileFilter(node.left, resolve, expression, comparison);
      const right = compileFilter(node.right, resolve, expression, comparison);
      return (row) => left(row) || right(row);
    }
    case 'startswith':
    case 'substringof': {
      const accessor = filterable(resolve(node.field));
      if (accessor.type !== 'text') throw spErrors.unsupportedExpression(expression);
      const needle = foldText(node.value, comparison);
      const test =
        node.kind === 'startswith' ? (v: string) => v.startsWith(needle) : (v: string) => v.includes(needle);
      return (row) =>
        valuesOf(accessor, row).some((v) => typeof v === 'string' && test(foldText(v, comparison)));
    }
    case 'compare': {
      const accessor = filterable(resolve(node.field));
      const literal = coerceLiteral(node.literal, accessor.type);
      const op = node.op;
      if (literal === null) {
        if (op !== 'eq' && op !== 'ne') throw spErrors.unsupportedExpression(expression);
        return (row) => (valuesOf(accessor, row).length === 0) === (op === 'eq');
      }
      const matches = (v: unknown) => {
        const c = compareValues(accessor.type, v, literal, comparison);
        switch (op) {
          case 'eq':
            return c === 0;
          case 'ne':
            return c !== 0;
          case 'gt':
            return c > 0;
          case 'ge':
            return c >= 0;
          case 'lt':
            return c < 0;
          case 'le':
            return c <= 0;
        }
      };
      // ne on a multi-value property: none of the values equals the literal (a missing value is not equal).
      if (op === 'ne') return (row) => valuesOf(accessor, row).every(matches);
      return (row) => valuesOf(accessor, row).some(matches);
    }
  }
}

function filterable<Row>(accessor: Accessor<Row>): Accessor<Row> {
  if (accessor.filterError) throw accessor.filterError();
  return accessor;
}

/** A row's value(s) as a list without nulls: [] means "no value". */
function valuesOf<Row>(accessor: Accessor<Row>, row: Row): unknown[] {
  const value = accessor.get(row);
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined);
  return [value];
}

function coerceLiteral(literal: Literal, type: ValueType): unknown {
  if (literal.kind === 'null') return null;
  switch (type) {
    case 'text':
      if (literal.kind === 'string' || literal.kind === 'guid') return literal.value;
      if (literal.kind === 'number') return literal.text.replace(/[LlMmDdFf]$/, '');
      break;
    case 'number':
      if (literal.kind === 'number') return literal.value;
      if (literal.kind === 'string') {
        const n = Number(literal.value);
        if (literal.value.trim() === '' || !Number.isFinite(n))
          throw spErrors.cannotConvert(literal.value, 'Edm.Double');
        return n;
      }
      break;
    case 'boolean':
      if (literal.kind === 'boolean') return literal.value;
      if (literal.kind === 'number' && (literal.value === 0 || literal.value === 1))
        return literal.value === 1;
      if (literal.kind === 'string' && /^(true|false|0|1)$/i.test(literal.value))
        return /^(true|1)$/i.test(literal.value);
      break;
    case 'datetime':
      if (literal.kind === 'datetime' || literal.kind === 'string') {
        const normalized = normalizeDateTime(literal.value);
        if (!normalized) throw spErrors.cannotConvert(literal.value, 'Edm.DateTime');
        return normalized;
      }
      break;
    case 'guid':
      if (literal.kind === 'guid' || literal.kind === 'string') return literal.value.toLowerCase();
      break;
  }
  throw spErrors.cannotConvert(literalText(literal), edmName(type));
}

function literalText(literal: Literal): string {
  switch (literal.kind) {
    case 'null':
      return 'null';
    case 'number':
      return literal.text;
    case 'boolean':
      return String(literal.value);
    default:
      return literal.value;
  }
}

function edmName(type: ValueType): string {
  return {
    text: 'Edm.String',
    number: 'Edm.Double',
    boolean: 'Edm.Boolean',
    datetime: 'Edm.DateTime',
    guid: 'Edm.Guid',
  }[type];
}
