/**
 * `${{NAME}}` placeholders, the syntax the Microsoft 365 Agents Toolkit uses in its manifest
 * templates. They are filled inside parsed JSON strings (never in the raw text), so a value with
 * a quote or backslash cannot break the JSON.
 */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ANY_PLACEHOLDER_START = '${{';

function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, fn)]));
  }
  return value;
}

/** Every placeholder name used anywhere in the documents, in order of first use. */
export function collectPlaceholders(...documents: unknown[]): string[] {
  const names = new Set<string>();
  for (const document of documents) {
    mapStrings(document, (text) => {
      for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
      return text;
    });
  }
  return [...names];
}

/** A copy of the document with every placeholder replaced; names missing from `values` stay. */
export function fillPlaceholders<T>(document: T, values: ReadonlyMap<string, string>): T {
  // mapStrings returns the same shape it was given; only string leaves change.
  return mapStrings(document, (text) =>
    text.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole),
  ) as T;
}

/** JSON pointers of strings that still contain `${{`, e.g. a misspelt `${{ tab host }}`. */
export function unfilledPaths(document: unknown): string[] {
  const paths: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.includes(ANY_PLACEHOLDER_START)) paths.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}/${index}`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        walk(item, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  walk(document, '');
  return paths;
}
