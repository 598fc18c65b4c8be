import { normalizeEmail } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { MAX_BATCH_REQUESTS } from '../platform/batch';
import { SharePointError, ThrottledError } from '../platform/errors';
import { UnknownPersonError } from './measure-errors';

/** A site user as ensureUser answers: the id a person column stores, and the name to show. */
export interface SiteUser {
  readonly Id: number;
  readonly Title: string;
  readonly Email: string;
}

/** ensureUser requests started on a batched SPFI, to read with `peopleFrom` once it ran. */
export interface PendingPeople {
  readonly emails: readonly string[];
  readonly requests: readonly Promise<SiteUser>[];
}

/**
 * Starts ensureUser for some e-mails on a batched SPFI (each once, lower-cased): people of the
 * directory who never visited the site are added, as SharePoint does when a person column is filled.
 */
export function ensureInBatch(batched: SPFI, emails: readonly (string | null | undefined)[]): PendingPeople {
  const wanted = [
    ...new Set(emails.filter((email): email is string => !!email).map((email) => normalizeEmail(email))),
  ];
  const requests = wanted.map((email) => batched.web.ensureUser(email) as Promise<SiteUser>);
  // A part may fail before it is awaited; peopleFrom reads every outcome.
  for (const request of requests) request.catch(() => undefined);
  return { emails: wanted, requests };
}

/**
 * The site users of a batch's ensureUser requests, by lower-cased e-mail. An e-mail the directory
 * does not know is an UnknownPersonError (nothing has been written yet when callers ask first).
 */
export async function peopleFrom(pending: PendingPeople): Promise<ReadonlyMap<string, SiteUser>> {
  const settled = await Promise.allSettled(pending.requests);
  const users = new Map<string, SiteUser>();
  settled.forEach((result, index) => {
    const email = pending.emails[index] as string;
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

/** The site users of some e-mails, ensured in one $batch (see ensureInBatch and peopleFrom). */
export async function ensurePeople(
  sp: SPFI,
  emails: readonly (string | null | undefined)[],
): Promise<ReadonlyMap<string, SiteUser>> {
  if (emails.every((email) => !email)) return new Map();
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
  const pending = ensureInBatch(batched, emails);
  await execute();
  return peopleFrom(pending);
}

/** The site user of an e-mail ensured by ensurePeople. */
export function userOf(users: ReadonlyMap<string, SiteUser>, email: string): SiteUser {
  const user = users.get(normalizeEmail(email));
  if (!user) throw new UnknownPersonError(email);
  return user;
}
