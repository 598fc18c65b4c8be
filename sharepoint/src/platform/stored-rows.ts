import { DuplicateKeyError, StaleVersionError } from '@kvalita/core';
import type { PersonRef } from '@kvalita/core';
import { ConcurrencyConflictError, DuplicateValueError } from './errors';
import type { PersonRead } from './schema/items';

/** A person column as the contract shows it (null when empty). */
export function personRef(person: PersonRead | null | undefined): PersonRef | null {
  if (!person?.EMail) return null;
  return { email: person.EMail.toLowerCase(), displayName: person.Title ?? person.EMail };
}

/** A JSON column, or the fallback when it is empty or not JSON (a row edited by hand). */
export function jsonOf<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** A write SharePoint refused, in the domain's words. */
export function writeError(error: unknown): unknown {
  if (error instanceof ConcurrencyConflictError) return new StaleVersionError();
  if (error instanceof DuplicateValueError) return new DuplicateKeyError(error.message);
  return error;
}

/** Runs a write and turns SharePoint's refusals into domain errors. */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw writeError(error);
  }
}

/** A row's JSON column holds something the repository cannot read as its content (edited by hand). */
export class StoredContentError extends Error {
  override readonly name = 'StoredContentError';
}
