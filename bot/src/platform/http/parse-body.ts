import { ApiError } from '../api/api-error';

/** A zod-like schema: what parseOrBad needs, so any schema (core's or ours) fits. */
interface Parser<T> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** Parses a request body or answers 400 naming every field at fault ("draft.title.cs: …"). */
export function parseOrBad<T>(schema: Parser<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new ApiError('badRequest', {
    details: result.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
      .join('; '),
  });
}
