/**
 * Text an attacker (or a careless paste) puts into a free-text field, and what must remain of it
 * once it reaches a file or a card: the readable characters, in order, without the ones XML cannot
 * hold nor the bidirectional controls.
 */

/** Characters that must never reach a file or a card, one string each (a lone surrogate is one unit). */
export const HOSTILE_CHARACTERS: readonly string[] = [
  '\u0000',
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter(
    (char) => char !== '\t' && char !== '\n' && char !== '\r' && char !== '\u0000',
  ),
  '\u007F',
  '\u0085',
  '\u009F',
  '\uFFFE',
  '\uFFFF',
  // Surrogates without their pair: high alone, low alone, two highs, a low before a high.
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D\uD83D',
  '\uDE00\uD83D',
  // Bidirectional controls: embeddings, overrides, isolates, marks.
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];

/** Readable text that must survive whole: Czech letters, an emoji (a surrogate pair), markup, quotes. */
const READABLE = [
  'Příliš žluťoučký kůň úpěl ďábelské ódy',
  'Čtvrtletní porada <b>vedení</b> & "uvozovky" \'apostrof\'',
  'Zpětná vazba 😀 👍🏽 ✓',
  'Abc =SUM(A1:A2) ]]> <!-- -->',
  'Odbor sociálních věcí',
];

export interface HostileText {
  /** What is typed into the field. */
  readonly typed: string;
  /** What must show: `typed` without the hostile characters. */
  readonly visible: string;
}

/** A small seeded generator, so every run types the same strings and a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/**
 * Hostile characters sown between the readable ones, at most one in each gap between two
 * characters (so no two of them can make a valid surrogate pair by accident): the first gaps get
 * every hostile character in turn, the rest one now and then. `length` is the visible length
 * wanted, in UTF-16 units (readable sentences repeated); from 52 on, a text carries all of them.
 */
export function hostileText(random: () => number, length = 60): HostileText {
  let visible = '';
  while (visible.length < length) visible += (visible === '' ? '' : ' ') + pick(random, READABLE);
  // Limits count UTF-16 units, as JavaScript and the fields' maxLength do; never cut an emoji in
  // half (half of one would itself be a lone surrogate).
  visible = visible.slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(visible)) visible = visible.slice(0, -1);
  let typed = '';
  for (const [index, piece] of [...visible].entries()) {
    typed += piece;
    const hostile = HOSTILE_CHARACTERS[index];
    if (hostile !== undefined) typed += hostile;
    else if (random() < 0.3) typed += pick(random, HOSTILE_CHARACTERS);
  }
  return { typed, visible };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

/** Where the hostile characters appear in a text, e.g. "U+FFFE at 12"; empty when none does. */
export function hostileCharactersIn(text: string): string[] {
  const found: string[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const next = text.charCodeAt(index + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      index += 1;
      continue;
    }
    const unpaired = code >= 0xd800 && code <= 0xdfff;
    if (unpaired || HOSTILE_CHARACTERS.some((hostile) => hostile === text[index]))
      found.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')} at ${index}`);
  }
  return found;
}
