import type { RowMigration } from '../platform/schema/types';
import { sha256Hex } from '../platform/sha256';

/** CycleCode's length, fixed when the column was created (SharePoint does not change it later). */
export const CYCLE_KEY_LENGTH = 32;

/**
 * A cycle's name as people would call it: what "the same name" means in an office. Letters
 * without their diacritics and in lower case, any run of spaces as one, nothing around it, so
 * "Sebehodnocení 2026" and "SEBEHODNOCENI  2026" are one name.
 */
export function normalizedCycleName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The unique CycleCode of a cycle: its whole normalized name, so a name is taken once per office
 * (the site), whatever the start date. A name that does not fit the column is hashed (SHA-256,
 * 120 bits, beyond any chance collision among an office's cycles). The prefixes keep the two forms,
 * and the first release's "<start date>:<name>" keys, apart.
 */
export function cycleNameKey(name: string): string {
  const normalized = normalizedCycleName(name);
  const plain = `n:${normalized}`;
  return plain.length <= CYCLE_KEY_LENGTH
    ? plain
    : `h:${sha256Hex(normalized).slice(0, CYCLE_KEY_LENGTH - 2)}`;
}

/**
 * The first release keyed a cycle by its start date and the first 21 characters of its name in
 * lower case: two cycles whose names differed after that clashed, and one name could be used again
 * with another start date. Rows keyed so get the current key (a row whose name another cycle now
 * holds keeps its old key; provisioning tries again after one of them is renamed).
 */
export const cycleKeyFromName: RowMigration = {
  description: 'cycle key from the whole name (case and diacritics aside)',
  columns: ['Title', 'CycleCode'],
  migrate: (row) => {
    const key = cycleNameKey(typeof row['Title'] === 'string' ? row['Title'] : '');
    return row['CycleCode'] === key ? null : { CycleCode: key };
  },
};
