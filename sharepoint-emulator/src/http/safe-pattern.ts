/** Longest pathPattern the admin API takes; URL paths in tests need far less. */
export const MAX_PATTERN_LENGTH = 200;

/** Flags that change how a pattern matches but keep no state between matches (g and y do). */
const FLAGS = /^[imsu]*$/;

/**
 * Why a regular expression posted to the admin API could hang the emulator (JavaScript's engine
 * backtracks: `(a+)+$` on 30 a's and a "!" runs for minutes), or null when it is safe to run
 * against every request's URL. Refused: long patterns, backreferences, and a repeated group
 * (`*`, `+`, `{n,}`) that itself contains a repetition or an alternation — the shapes that
 * backtrack exponentially. Literal text, classes, anchors and single repetitions all pass.
 */
export function unsafePatternReason(pattern: string, flags: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (!FLAGS.test(flags)) return 'pathFlags may hold i, m, s and u only';
  // For every open group: whether it holds a repetition or an alternation.
  const groups: { risky: boolean }[] = [];
  let lastClosed: { risky: boolean } | null = null;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    const closed = lastClosed;
    lastClosed = null;
    if (char === '\\') {
      const next = pattern[index + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'backreferences are not allowed';
      index++;
      continue;
    }
    if (char === '[') {
      // A class: its characters are literals; skip to its unescaped end.
      for (index++; index < pattern.length && pattern[index] !== ']'; index++)
        if (pattern[index] === '\\') index++;
      continue;
    }
    if (char === '(') {
      groups.push({ risky: false });
      continue;
    }
    if (char === ')') {
      lastClosed = groups.pop() ?? { risky: false };
      continue;
    }
    if (char === '|') {
      const open = groups[groups.length - 1];
      if (open) open.risky = true;
      continue;
    }
    const repeats =
      char === '*' || char === '+' || (char === '{' && /^\{\d*,\d*\}|^\{\d{2,}\}/.test(pattern.slice(index)));
    if (repeats) {
      if (closed?.risky) return 'a repeated group may not hold a repetition or an alternation';
      if (repeats) for (const open of groups) open.risky = true;
    }
  }
  return null;
}
