import type { Role } from './contract';

/** A department of the office; sections point at their department. */
export interface Department {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
}

/** A person of the office directory, with their roles in Kvalita. */
export interface Person {
  readonly email: string;
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly departmentCode: string | null;
  readonly managerEmail: string | null;
  readonly roles: readonly Role[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A name's two search forms (see searchNamesOf). */
export interface SearchNames {
  readonly givenFirst: string;
  readonly surnameFirst: string;
}

/**
 * A display name without its academic titles, given names first and surname first, so a search
 * by the start of a text finds "Ing. arch. Martin Horák, Ph.D." as "Martin…" and as "Horák…":
 * words that end with a full stop before the name (Ing., Bc., arch.) and everything after a comma
 * (Ph.D., MBA) are titles; the last remaining word is the surname.
 */
export function searchNamesOf(displayName: string): SearchNames {
  const [name = ''] = displayName.normalize('NFC').split(',');
  const words = name.split(/\s+/).filter((word) => word !== '');
  const first = words.findIndex((word) => !word.endsWith('.'));
  const plain = first === -1 ? [] : words.slice(first);
  const surname = plain.at(-1);
  if (surname === undefined) return { givenFirst: '', surnameFirst: '' };
  const given = plain.slice(0, -1);
  return { givenFirst: plain.join(' '), surnameFirst: [surname, ...given].join(' ') };
}

/** A search text as the directory search compares it: composed accents, single inner spaces, trimmed. */
export function normalizePeopleSearch(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}
