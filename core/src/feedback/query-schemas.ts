import { z } from 'zod';
import { etagSchema } from '../platform/etag-schema';
import { emailText } from '../platform/text-schemas';
import { FEEDBACK_LIMITS, NOMINATION_STATES, type SubmitRatingRequest } from './contract';
import { ratingPointSchema } from './request-schemas';

/*
 * 360 feedback's query strings and the rating body's shape before the cycle's model is known
 * (docs/api-feedback.md). Query values arrive as strings; anything unknown is refused.
 */

const L = FEEDBACK_LIMITS;

/** GET …/cycles/:id/subjects?page=&pageSize=&state=&email= (a value given twice is an array: refused). */
export const feedbackSubjectsQuerySchema = z.strictObject({
  page: z
    .string({ error: 'a page token as the previous reply gave it, once' })
    .min(1)
    .max(500)
    .regex(/^[\w\-.~:+/=%|,]+$/, 'a page token as the previous reply gave it')
    .optional(),
  pageSize: z
    .string({ error: 'a whole number, once' })
    .regex(/^\d{1,3}$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(L.pageSize.max))
    .optional(),
  state: z.enum(NOMINATION_STATES).optional(),
  email: emailText(L.email).optional(),
  /** The reply's language (the error messages'); read by the route. */
  locale: z.enum(['cs', 'en']).optional(),
});

/** DELETE …/goals/:goalId?etag= */
export const feedbackGoalDeleteQuerySchema = z.strictObject({ etag: etagSchema });

/**
 * A rating as the tab sends it, before the service checks it against the cycle's model (every
 * behaviour answered, no key the model lacks, comments only for its groups: submitRatingRequestSchema).
 */
export const submitRatingBodySchema: z.ZodType<SubmitRatingRequest> = z.strictObject({
  ratings: z.record(z.string().max(L.key), ratingPointSchema.nullable()),
  comments: z.record(z.string().max(L.key), z.string().max(L.comment * 2)),
});
