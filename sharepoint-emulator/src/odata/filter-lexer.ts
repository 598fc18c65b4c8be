import { spErrors } from '../errors';

export type Token =
  | { readonly kind: 'identifier'; readonly text: string; readonly position: number }
  | { readonly kind: 'string'; readonly value: string; readonly position: number }
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly position: number }
  | { readonly kind: 'datetime'; readonly value: string; readonly position: number }
  | { readonly kind: 'guid'; readonly value: string; readonly position: number }
  | { readonly kind: 'open' | 'close' | 'comma'; readonly position: number }
  | { readonly kind: 'end'; readonly position: number };

const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[A-Za-z0-9_$/.]/;

/**
 * Splits an OData $filter into tokens. String literals use SharePoint's escaping (a quote inside a
 * string is doubled: 'O''Brien'), so a value can never end its literal early and inject operators.
 */
export function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const ch = expression[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch === '(' ? 'open' : ch === ')' ? 'close' : 'comma', position: start });
      i++;
      continue;
    }
    if (ch === "'") {
      const [value, next] = readString(expression, i);
      tokens.push({ kind: 'string', value, position: start });
      i = next;
      continue;
    }
    if (/[0-9]/.test(ch) || (ch === '-' && /[0-9]/.test(expression[i + 1] ?? ''))) {
      const match = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(expression.slice(i));
      const text = (match as RegExpExecArray)[0];
      const numeric = text.replace(/[LlMmDdFf]$/, '');
      tokens.push({ kind: 'number', value: Number(numeric), text, position: start });
      i += text.length;
      if (IDENTIFIER_START.test(expression[i] ?? '')) throw spErrors.syntaxError(i, expression);
      continue;
    }
    if (IDENTIFIER_START.test(ch)) {
      let j = i + 1;
      while (j < expression.length && IDENTIFIER_PART.test(expression[j] as string)) j++;
      const text = expression.slice(i, j);
      const lower = text.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid') && expression[j] === "'") {
        const [value, next] = readString(expression, j);
        tokens.push(
          lower === 'datetime'
            ? { kind: 'datetime', value, position: start }
            : { kind: 'guid', value, position: start },
        );
        i = next;
        continue;
      }
      tokens.push({ kind: 'identifier', text, position: start });
      i = j;
      continue;
    }
    throw spErrors.syntaxError(i, expression);
  }
  tokens.push({ kind: 'end', position: expression.length });
  return tokens;
}

function readString(expression: string, openQuote: number): [string, number] {
  let value = '';
  let i = openQuote + 1;
  while (i < expression.length) {
    const ch = expression[i] as string;
    if (ch === "'") {
      if (expression[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += ch;
    i++;
  }
  throw spErrors.invalidQuery(
    `There is an unterminated string literal at position ${openQuote} in '${expression}'.`,
  );
}
