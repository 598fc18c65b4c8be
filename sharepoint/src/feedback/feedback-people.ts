import { normalizeEmail } from '@kvalita/core';
import { PeopleRepository } from '../platform/directory/people';
import type { SiteContext } from '../platform/site-context';

/** Above this many people the directory is read whole (a few pages) instead of looked up by e-mail. */
const LOOKUP_LIMIT = 200;

/**
 * Directory names of people by lower-cased e-mail, for the name columns beside the e-mails: a few
 * looked up in one $batch, a whole cycle's by reading the directory once. Whoever is not in the
 * directory is missing (their row shows the e-mail).
 */
export async function directoryNames(
  site: SiteContext,
  emails: readonly string[],
): Promise<Map<string, string>> {
  const wanted = new Set(emails.map(normalizeEmail));
  if (wanted.size === 0) return new Map();
  const people = new PeopleRepository(site);
  const found =
    wanted.size > LOOKUP_LIMIT
      ? (await people.list()).filter((person) => wanted.has(normalizeEmail(person.email)))
      : [...(await people.findByEmails([...wanted])).values()];
  return new Map(found.map((person) => [normalizeEmail(person.email), person.displayName]));
}

/** A name column for an e-mail: the directory's name, else the e-mail itself. */
export const nameOr = (names: ReadonlyMap<string, string>, email: string): string =>
  (names.get(normalizeEmail(email)) ?? normalizeEmail(email)).slice(0, 255);
