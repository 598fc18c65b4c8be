import { normalizeEmail } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { settleInOneBatch } from '../platform/batch';
import { SharePointError, ThrottledError } from '../platform/errors';
import { UnknownPersonError } from './measure-errors';

/** A site user as ensureUser answers: the id a person column stores, and the name to show. */
export interface SiteUser {
  readonly Id: number;
  readonly Title: string;
  readonly Email: string;
}

/**
 * The site users of some e-mails (lower-cased keys), ensured in one $batch: people of the
 * directory who never visited the site are added, as SharePoint does when a person column is
 * filled in. An e-mail the directory does not know is an UnknownPersonError; nothing is written.
 */
export async function ensurePeople(
  sp: SPFI,
  emails: readonly (string | null | undefined)[],
): Promise<ReadonlyMap<string, SiteUser>> {
  const wanted = [
    ...new Set(emails.filter((email): email is string => !!email).map((email) => normalizeEmail(email))),
  ];
  if (wanted.length === 0) return new Map();
  const settled = await settleInOneBatch<SiteUser>(sp, (batched) =>
    wanted.map((email) => batched.web.ensureUser(email) as Promise<SiteUser>),
  );
  const users = new Map<string, SiteUser>();
  settled.forEach((result, index) => {
    const email = wanted[index] as string;
    if (result.status === 'fulfilled') {
      users.set(email, result.value);
      return;
    }
    const reason: unknown = result.reason;
    // Throttling and lost access are not the person's fault: they go up as they are.
    if (reason instanceof ThrottledError) throw reason;
    if (reason instanceof SharePointError && reason.status !== 401 && reason.status !== 403)
      throw new UnknownPersonError(email);
    throw reason;
  });
  return users;
}

/** The site user of an e-mail ensured by ensurePeople. */
export function userOf(users: ReadonlyMap<string, SiteUser>, email: string): SiteUser {
  const user = users.get(normalizeEmail(email));
  if (!user) throw new UnknownPersonError(email);
  return user;
}
