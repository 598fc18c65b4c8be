/*
 * Text people typed, made safe to leave the service in a file (.xlsx, .docx: XML inside) or a
 * chat card. Stored text is kept as typed; what goes out loses only characters nobody can see:
 *
 * - the characters XML 1.0 cannot hold at all (C0 controls other than tab, line feed and carriage
 *   return; U+FFFE and U+FFFF; halves of a surrogate pair without the other half). One of them in
 *   a comment made the whole workbook or report invalid: Excel and Word refuse to open it;
 * - C1 controls (U+0080–U+009F), which no text means to carry and XML 1.1 readers refuse;
 * - bidirectional controls (embeddings, overrides, isolates, marks: U+202A–U+202E,
 *   U+2066–U+2069, U+200E, U+200F, U+061C), with which a text can make what follows it read
 *   backwards or disguise a name. Czech and English never need them.
 */

// Removing control characters is the point of this expression; `u` makes \p{Cs} match only a
// surrogate without its pair (a pair is one code point and is kept).
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|\p{Cs}/gu;

/** `text` without the characters above; everything else, emoji included, is left as it is. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * A copy of plain data (objects, arrays) with `safeText` applied to every string in it, for the
 * one place where a whole report, workbook content or card leaves. Anything else (numbers, dates,
 * class instances) is kept as it is.
 */
export function safeTextDeep<T>(value: T): T {
  return deep(value) as T;
}

function deep(value: unknown): unknown {
  if (typeof value === 'string') return safeText(value);
  if (Array.isArray(value)) return value.map(deep);
  if (value !== null && typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deep(item)]));
  }
  return value;
}
