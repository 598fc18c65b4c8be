import { z } from 'zod';
import { PEOPLE_SEARCH_LIMITS } from './contract';

/**
 * What a directory search may look for: letters (with their accents), digits, spaces and the few
 * marks of names and e-mail addresses. A quote, which could end an OData literal, and anything
 * else (control, format or symbol characters, a lone surrogate) is refused before a query is built,
 * although the repository escapes its literals as well.
 */
const SEARCH_TEXT = /^[\p{L}\p{M}\p{N} .@_+-]+$/u;

export interface PeopleSearchQuery {
  readonly search: string;
  readonly top: number;
}

/** GET /api/people's query (`?search=…&top=…`), as the router reads it. */
export const peopleSearchQuerySchema: z.ZodType<PeopleSearchQuery, unknown> = z.object({
  search: z
    .string({ error: 'search is required: the start of a name or an e-mail address' })
    .transform((text) => text.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(
          PEOPLE_SEARCH_LIMITS.minLength,
          `search must be at least ${PEOPLE_SEARCH_LIMITS.minLength} characters`,
        )
        .max(
          PEOPLE_SEARCH_LIMITS.maxLength,
          `search must be at most ${PEOPLE_SEARCH_LIMITS.maxLength} characters`,
        )
        .regex(SEARCH_TEXT, 'search may hold only letters, digits, spaces and . - _ @ +'),
    ),
  top: z
    .string()
    .regex(/^\d{1,2}$/, `top must be a whole number from 1 to ${PEOPLE_SEARCH_LIMITS.maxTop}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(1, 'top must be at least 1')
        .max(PEOPLE_SEARCH_LIMITS.maxTop, `top must be at most ${PEOPLE_SEARCH_LIMITS.maxTop}`),
    )
    .optional()
    .transform((top) => top ?? PEOPLE_SEARCH_LIMITS.defaultTop),
});
