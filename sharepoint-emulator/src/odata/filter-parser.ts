import { spErrors } from '../errors';
import type { ComparisonOperator, FilterNode, Literal } from './filter-ast';
import { tokenize, type Token } from './filter-lexer';

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const UNSUPPORTED_OPERATORS: ReadonlySet<string> = new Set([
  'not',
  'add',
  'sub',
  'mul',
  'div',
  'mod',
  'has',
  'in',
]);
/** Deeper nesting than any real query needs; the limit keeps a hostile $filter from exhausting the stack. */
const MAX_NESTING = 100;
const FLIPPED: Readonly<Record<ComparisonOperator, ComparisonOperator>> = {
  eq: 'eq',
  ne: 'ne',
  gt: 'lt',
  ge: 'le',
  lt: 'gt',
  le: 'ge',
};

/**
 * Parses a $filter into a FilterNode. Grammar (SharePoint's subset of OData v3):
 *   or-expr    := and-expr ('or' and-expr)*
 *   and-expr   := primary ('and' primary)*
 *   primary    := '(' or-expr ')' | comparison | startswith(field, 'text') | substringof('text', field)
 *   comparison := field op literal | literal op field
 * Anything outside it (not, arithmetic, other functions, literal-to-literal comparisons) is refused
 * with a 400, never answered approximately.
 */
export function parseFilter(expression: string): FilterNode {
  return new FilterParser(expression).parse();
}

class FilterParser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;

  constructor(private readonly expression: string) {
    this.tokens = tokenize(expression);
  }

  parse(): FilterNode {
    if (this.peek().kind === 'end') throw spErrors.syntaxError(0, this.expression);
    const node = this.parseOr();
    const next = this.peek();
    if (next.kind !== 'end') throw this.unexpected(next);
    return node;
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isKeyword('or')) {
      this.index++;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parsePrimary();
    while (this.isKeyword('and')) {
      this.index++;
      left = { kind: 'and', left, right: this.parsePrimary() };
    }
    return left;
  }

  private parsePrimary(): FilterNode {
    const token = this.peek();
    if (token.kind === 'open') {
      if (++this.depth > MAX_NESTING)
        throw spErrors.invalidQuery(`The $filter nests parentheses deeper than ${MAX_NESTING} levels.`);
      this.index++;
      const inner = this.parseOr();
      this.expect('close');
      this.depth--;
      return inner;
    }
    if (token.kind === 'identifier') {
      const lower = token.text.toLowerCase();
      if (UNSUPPORTED_OPERATORS.has(lower)) throw spErrors.unsupportedExpression(this.expression);
      if (this.tokens[this.index + 1]?.kind === 'open') return this.parseFunction(token.text);
    }
    return this.parseComparison();
  }

  private parseFunction(name: string): FilterNode {
    const lower = name.toLowerCase();
    if (lower !== 'startswith' && lower !== 'substringof')
      throw spErrors.unsupportedExpression(this.expression);
    this.index += 2; // name and '('
    const first = this.next();
    this.expect('comma');
    const second = this.next();
    this.expect('close');
    if (this.isKeyword('eq') || this.isKeyword('ne')) {
      // startswith(Title,'a') eq true: SharePoint refuses comparing a function result.
      throw spErrors.unsupportedExpression(this.expression);
    }
    if (lower === 'startswith') {
      if (first.kind !== 'identifier' || second.kind !== 'string')
        throw spErrors.unsupportedExpression(this.expression);
      return { kind: 'startswith', field: first.text, value: second.value };
    }
    if (first.kind !== 'string' || second.kind !== 'identifier')
      throw spErrors.unsupportedExpression(this.expression);
    return { kind: 'substringof', field: second.text, value: first.value };
  }

  private parseComparison(): FilterNode {
    const left = this.next();
    const opToken = this.next();
    if (opToken.kind !== 'identifier' || !COMPARISONS.has(opToken.text.toLowerCase())) {
      if (opToken.kind === 'identifier' && UNSUPPORTED_OPERATORS.has(opToken.text.toLowerCase())) {
        throw spErrors.unsupportedExpression(this.expression);
      }
      throw this.unexpected(opToken);
    }
    const op = opToken.text.toLowerCase() as ComparisonOperator;
    const right = this.next();
    if (
      this.peek().kind === 'identifier' &&
      UNSUPPORTED_OPERATORS.has((this.peek() as { text: string }).text.toLowerCase())
    ) {
      throw spErrors.unsupportedExpression(this.expression);
    }
    const leftIsField = isFieldToken(left);
    const rightIsField = isFieldToken(right);
    if (leftIsField && !rightIsField)
      return { kind: 'compare', op, field: left.text, literal: this.literal(right) };
    if (rightIsField && !leftIsField)
      return { kind: 'compare', op: FLIPPED[op], field: right.text, literal: this.literal(left) };
    // field-to-field or literal-to-literal ("1 eq 1") comparisons are not something SharePoint evaluates.
    if (leftIsField || rightIsField || isLiteralToken(left) || isLiteralToken(right)) {
      throw spErrors.unsupportedExpression(this.expression);
    }
    throw this.unexpected(left);
  }

  private literal(token: Token): Literal {
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.value };
      case 'number':
        return { kind: 'number', value: token.value, text: token.text };
      case 'datetime':
        return { kind: 'datetime', value: token.value };
      case 'guid':
        return { kind: 'guid', value: token.value };
      case 'identifier': {
        const lower = token.text.toLowerCase();
        if (lower === 'true' || lower === 'false') return { kind: 'boolean', value: lower === 'true' };
        if (lower === 'null') return { kind: 'null' };
        break;
      }
      default:
        break;
    }
    throw this.unexpected(token);
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token.kind === 'identifier' && token.text.toLowerCase() === word;
  }

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private expect(kind: Token['kind']): void {
    const token = this.next();
    if (token.kind !== kind) throw this.unexpected(token);
  }

  private unexpected(token: Token) {
    return spErrors.syntaxError(token.position, this.expression);
  }
}

function isLiteralToken(token: Token): boolean {
  if (
    token.kind === 'string' ||
    token.kind === 'number' ||
    token.kind === 'datetime' ||
    token.kind === 'guid'
  )
    return true;
  if (token.kind !== 'identifier') return false;
  const lower = token.text.toLowerCase();
  return lower === 'true' || lower === 'false' || lower === 'null';
}

function isFieldToken(token: Token): token is Extract<Token, { kind: 'identifier' }> {
  return token.kind === 'identifier' && !isLiteralToken(token);
}
