/*
 * Records hold no employee names (GDPR; MSPA/ESOMAR: results are not used for discipline). The form
 * warns before anything is written; this check flags what still looks like a person's name in the
 * notes: a form of address or an academic title before a capitalised word ("paní Nováková",
 * "Ing. Dvořák"), and any word that is — in any Czech case — the first name or surname of someone in
 * the office's directory ("Novákovou", "Jana"). It errs towards flagging: the evaluator rewrites
 * "paní Nováková" as "úřednice u přepážky 3".
 */

/** Forms of address and titles that put a name after them (lower case, without the dot). */
const BEFORE_NAMES = new Set([
  'pan',
  'pana',
  'panu',
  'panem',
  'paní',
  'pí',
  'slečna',
  'slečny',
  'slečnou',
  'kolega',
  'kolegy',
  'kolegou',
  'kolegyně',
  'kolegyní',
  'mr',
  'mrs',
  'ms',
  'miss',
  'ing',
  'mgr',
  'bc',
  'judr',
  'phdr',
  'rndr',
  'mudr',
  'mvdr',
  'paeddr',
  'thdr',
  'dr',
  'doc',
  'prof',
]);

/** Czech endings a name takes in its cases ("Novák" → "Nováka", "Novákovi", "Novákem"). */
const CASE_ENDINGS = ['', 'a', 'u', 'e', 'ovi', 'em', 'y', 'ou', 'o', 'i', 'ho', 'mu', 'm', 'é', 'í', 'ým'];
/** What a name's base form may end in before its case ending replaces it ("Jana" → "Janou", "Nováková" → "Novákovou"). */
const BASE_ENDINGS = /(?:[aeoyáéíý])$/u;

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** The stems a known name is recognised by (three letters at least, so "Al" or "Bo" flag nothing). */
function stemsOf(knownNames: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const name of knownNames) {
    for (const part of name.match(WORD) ?? []) {
      if (part.length < 3 || !isCapitalised(part)) continue;
      const lower = part.toLocaleLowerCase('cs');
      stems.add(lower);
      const stem = lower.replace(BASE_ENDINGS, '');
      if (stem.length >= 3) stems.add(stem);
    }
  }
  return stems;
}

function isKnownName(word: string, stems: ReadonlySet<string>): boolean {
  const lower = word.toLocaleLowerCase('cs');
  if (stems.has(lower)) return true;
  return CASE_ENDINGS.some(
    (ending) =>
      ending !== '' && lower.endsWith(ending) && stems.has(lower.slice(0, lower.length - ending.length)),
  );
}

/**
 * The words of `text` that look like a person's name, each once, in the order they appear
 * (a form of address or title is reported with the name it introduces: "paní Nováková").
 */
export function personalNameWarnings(text: string, knownNames: readonly string[] = []): string[] {
  const stems = stemsOf(knownNames);
  const words = [...text.matchAll(WORD)].map((match) => ({
    word: match[0],
    end: match.index + match[0].length,
  }));
  const found: string[] = [];
  const add = (warning: string) => {
    if (!found.includes(warning)) found.push(warning);
  };
  for (let index = 0; index < words.length; index += 1) {
    const { word, end } = words[index]!;
    const next = words[index + 1];
    if (BEFORE_NAMES.has(word.toLocaleLowerCase('cs')) && next && isCapitalised(next.word)) {
      add(`${text[end] === '.' ? `${word}.` : word} ${next.word}`);
      index += 1;
    } else if (isCapitalised(word) && isKnownName(word, stems)) add(word);
  }
  return found;
}

/** Every note of a record, for the check: the general note and each item's. */
export function recordNotes(record: {
  readonly generalNote: string;
  readonly items: Readonly<Record<string, { readonly note: string }>>;
}): string {
  return [record.generalNote, ...Object.values(record.items).map((item) => item.note)].join('\n');
}
