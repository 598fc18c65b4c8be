import { spErrors } from '../errors';

/** A literal argument in a resource path, e.g. `'Title'`, `guid'…'`, `5`, or an `@alias`. */
export type PathArg =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'guid'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

/** One segment of `_api/web/lists/getByTitle('X')/items(3)`: a name and, if it had parentheses, its arguments. */
export interface PathSegment {
  readonly name: string;
  /** Lower-cased name: SharePoint matches segment names case-insensitively. */
  readonly key: string;
  /** undefined when the segment had no parentheses; [] for `recycle()`. */
  readonly args: readonly { readonly name?: string; readonly value: PathArg }[] | undefined;
  readonly raw: string;
}

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID_RE.test(value);
}

/**
 * Splits a decoded path (after `_api/`) into segments. Slashes inside quoted arguments do not split,
 * so `getList('/sites/kvalita/Lists/X')/items` is two segments. `@alias` arguments are resolved from
 * the query string (`?@v='…'`), as PnPjs sends them for `getByLoginName` and friends.
 */
export function parseResourcePath(path: string, aliases: URLSearchParams): PathSegment[] {
  const rawSegments: string[] = [];
  let current = '';
  let depth = 0;
  let inString = false;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i] as string;
    if (inString) {
      current += ch;
      if (ch === "'") {
        if (path[i + 1] === "'") {
          current += "'";
          i++;
        } else inString = false;
      }
      continue;
    }
    if (ch === "'") inString = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === '/' && depth === 0) {
      if (current.length > 0) rawSegments.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (inString || depth !== 0) throw spErrors.invalidQuery(`The resource path '${path}' is not valid.`);
  if (current.length > 0) rawSegments.push(current);
  return rawSegments.map((raw) => parseSegment(raw, aliases));
}

function parseSegment(raw: string, aliases: URLSearchParams): PathSegment {
  const open = raw.indexOf('(');
  if (open < 0) return { name: raw, key: raw.toLowerCase(), args: undefined, raw };
  if (!raw.endsWith(')')) throw spErrors.resourceNotFound(raw);
  const name = raw.slice(0, open);
  const inner = raw.slice(open + 1, -1);
  const args = splitArgs(inner).map((text) => {
    const eq = findTopLevelEquals(text);
    if (eq >= 0) {
      return { name: text.slice(0, eq).trim(), value: parseArg(text.slice(eq + 1).trim(), aliases) };
    }
    return { value: parseArg(text.trim(), aliases) };
  });
  return { name, key: name.toLowerCase(), args, raw };
}

function splitArgs(inner: string): string[] {
  if (inner.trim() === '') return [];
  const parts: string[] = [];
  let current = '';
  let inString = false;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i] as string;
    if (inString) {
      current += ch;
      if (ch === "'") {
        if (inner[i + 1] === "'") {
          current += "'";
          i++;
        } else inString = false;
      }
      continue;
    }
    if (ch === "'") inString = true;
    if (ch === ',') {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

function findTopLevelEquals(text: string): number {
  const quote = text.indexOf("'");
  const eq = text.indexOf('=');
  if (eq < 0) return -1;
  return quote >= 0 && quote < eq ? -1 : eq;
}

function parseArg(text: string, aliases: URLSearchParams): PathArg {
  if (text.startsWith('@')) {
    const aliased = aliases.get(text);
    if (aliased === null)
      throw spErrors.invalidQuery(`The parameter alias '${text}' has no value in the query string.`);
    return parseArg(aliased.trim(), new URLSearchParams());
  }
  const guidMatch = /^guid'([^']*)'$/i.exec(text);
  if (guidMatch) {
    const value = guidMatch[1] as string;
    if (!isGuid(value))
      throw spErrors.invalidQuery(`Unrecognized 'Edm.Guid' literal 'guid'${value}'' in '${text}'.`);
    return { kind: 'guid', value: value.toLowerCase() };
  }
  if (text.startsWith("'")) {
    if (text.length < 2 || !text.endsWith("'"))
      throw spErrors.invalidQuery(`Unterminated string literal in '${text}'.`);
    const body = text.slice(1, -1);
    if (body.replace(/''/g, '').includes("'")) {
      throw spErrors.invalidQuery(`The string literal ${text} is not valid.`);
    }
    return { kind: 'string', value: body.replace(/''/g, "'") };
  }
  if (/^-?\d+$/.test(text)) return { kind: 'number', value: Number(text) };
  if (text === 'true' || text === 'false') return { kind: 'boolean', value: text === 'true' };
  if (text === 'null') return { kind: 'null' };
  throw spErrors.invalidQuery(`The argument '${text}' is not a valid literal.`);
}

/** Reads a segment's single argument as text (a string or a GUID), or fails with a 400. */
export function stringArg(segment: PathSegment): string {
  const arg = segment.args?.[0]?.value;
  if (segment.args?.length !== 1 || !arg || (arg.kind !== 'string' && arg.kind !== 'guid')) {
    throw spErrors.invalidQuery(`The segment '${segment.raw}' expects one string argument.`);
  }
  return arg.value;
}

/** Reads a segment's single argument as an integer, or fails with a 400. */
export function intArg(segment: PathSegment): number {
  const arg = segment.args?.[0]?.value;
  if (segment.args?.length !== 1 || !arg)
    throw spErrors.invalidQuery(`The segment '${segment.raw}' expects one integer argument.`);
  if (arg.kind === 'number' && Number.isSafeInteger(arg.value)) return arg.value;
  if (arg.kind === 'string' && /^-?\d+$/.test(arg.value)) return Number(arg.value);
  throw spErrors.cannotConvert(segment.raw, 'Edm.Int32');
}

/** Reads a segment's single argument as a GUID (`guid'…'` or `'…'`), or fails with a 400. */
export function guidArg(segment: PathSegment): string {
  const value = stringArg(segment);
  if (!isGuid(value)) throw spErrors.cannotConvert(value, 'Edm.Guid');
  return value.toLowerCase();
}

/**
 * A method's arguments by lower-cased name, e.g. AddUsingPath(decodedurl='a.txt',Overwrite=true);
 * an unnamed first argument is taken as `first`.
 */
export function namedArgs(segment: PathSegment, first: string): Map<string, PathArg> {
  const out = new Map<string, PathArg>();
  (segment.args ?? []).forEach((arg, index) => {
    const name = arg.name?.toLowerCase() ?? (index === 0 ? first.toLowerCase() : undefined);
    if (name === undefined)
      throw spErrors.invalidQuery(`The argument ${index + 1} of '${segment.name}' needs a name.`);
    out.set(name, arg.value);
  });
  return out;
}

/** A string argument from namedArgs, '' when absent. */
export function stringValue(arg: PathArg | undefined, name: string): string {
  if (arg === undefined || arg.kind === 'null') return '';
  if (arg.kind === 'string') return arg.value;
  throw spErrors.cannotConvert(name, 'Edm.String');
}

/** A boolean argument from namedArgs, false when absent. */
export function booleanValue(arg: PathArg | undefined, name: string): boolean {
  if (arg === undefined) return false;
  if (arg.kind === 'boolean') return arg.value;
  if (arg.kind === 'string' && /^(true|false)$/i.test(arg.value)) return arg.value.toLowerCase() === 'true';
  throw spErrors.cannotConvert(name, 'Edm.Boolean');
}

/** An integer argument from namedArgs. */
export function integerValue(arg: PathArg | undefined, name: string): number {
  if (arg?.kind === 'number' && Number.isSafeInteger(arg.value)) return arg.value;
  if (arg?.kind === 'string' && /^-?\d+$/.test(arg.value)) return Number(arg.value);
  throw spErrors.cannotConvert(name, 'Edm.Int32');
}
