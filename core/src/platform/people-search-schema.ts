import { z } from 'zod';
import { PEOPLE_SEARCH_LIMITS, PEOPLE_SEARCH_PATTERN } from './contract';
import { normalizePeopleSearch } from './directory';

export interface PeopleSearchQuery {
  readonly search: string;
  readonly top: number;
}

/**
 * GET /api/people's query (`?search=…&top=…`), as the router reads it. Odd text (a quote, a
 * control, format or symbol character, a lone surrogate) is refused here, although the repository
 * escapes its literals as well.
 */
export const peopleSearchQuerySchema: z.ZodType<PeopleSearchQuery, unknown> = z.object({
  search: z
    .string({ error: 'search is required: the start of a name or an e-mail address' })
    .transform(normalizePeopleSearch)
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
        .regex(PEOPLE_SEARCH_PATTERN, 'search may hold only letters, digits, spaces and . - _ @ +'),
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
