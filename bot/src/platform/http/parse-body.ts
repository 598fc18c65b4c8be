import { DomainError } from '@kvalita/core';

/** A zod-like schema (full zod or zod/mini): what parseBody needs, so any contract schema fits. */
interface Parser<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/**
 * Reads a request body (or a query value) with the contract's schema, or answers 400 naming every
 * field at fault ("draft.title.cs: …"), so services only ever see typed input.
 */
export function parseBody<T>(schema: Parser<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new DomainError('badRequest', {
    details: result.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
      .join('; '),
  });
}
