import { z } from 'zod';
import { etagSchema } from '../platform/etag-schema';
import {
  ANONYMOUS_GROUPS,
  FEEDBACK_LIMITS,
  type AnonymousGroup,
  type BehaviourRating,
  type CompetencyModelDraft,
  type SetNominationsRequest,
  type SubmitRatingRequest,
} from './contract';
import {
  declineRatingRequestSchema,
  setNominationsRequestSchema,
  submitRatingRequestSchema,
} from './request-schemas';

/*
 * What 360 feedback's chat cards send back, parsed at the edge. Teams hands an Action.Execute the
 * card's own data (cycle, subject, the list's etag) merged with the inputs, all as the client sent
 * them: a forwarded, replayed or hand-made invoke may carry anything. Inputs are flat strings, so
 * this turns them into the contract's requests and then checks those with the request schemas, the
 * same rules as a body sent by the tab.
 *
 * Input ids are short (`b0`, `c1`) so a 40-behaviour card stays under Teams' 28 KB: the card and
 * this parser both number the behaviours and groups in the model's order, which is fixed for good
 * once a cycle uses the model (a frozen version never changes).
 */

const id = z.union([
  z
    .number()
    .int()
    .positive()
    .max(2 ** 31),
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
]);

/** Every feedback card's data: which cycle and which subject it is about. */
export const feedbackCardDataSchema = z.object({ cycleId: id, subjectId: id });
export type FeedbackCardData = z.infer<typeof feedbackCardDataSchema>;

/** The nomination and approval cards also carry the list's etag as they showed it. */
export const nominationCardDataSchema = feedbackCardDataSchema.extend({ etag: etagSchema });
export type NominationCardData = z.infer<typeof nominationCardDataSchema>;

/** "Cannot judge" as the rating card's choice sends it. */
export const CANNOT_JUDGE_VALUE = 'na';
export const behaviourInput = (index: number) => `b${index}`;
export const commentInput = (groupIndex: number) => `c${groupIndex}`;
export const DECLINE_REASON_INPUT = 'reason';
/** The nomination and approval cards' checkbox sets, one per chosen group (values: e-mails joined by commas). */
export const nominationInput = (group: AnonymousGroup) => `nominate-${group}`;

export function parseFeedbackCardData(data: unknown): FeedbackCardData | null {
  const parsed = feedbackCardDataSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function parseNominationCardData(data: unknown): NominationCardData | null {
  const parsed = nominationCardDataSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

const record = (data: unknown): Readonly<Record<string, unknown>> =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};

export type RatingCardOutcome =
  | { readonly kind: 'request'; readonly request: SubmitRatingRequest }
  /** Behaviours left without a point or "cannot judge" (their keys, in the model's order). */
  | { readonly kind: 'missing'; readonly missing: readonly string[] }
  /** Something no card of this model sends (a value off the scale, a comment too long): why, for the log. */
  | { readonly kind: 'invalid'; readonly details: string };

/**
 * The rating card's inputs as the contract's answer: every behaviour a point or null ("cannot
 * judge"), comments only where something was typed. Checked with submitRatingRequestSchema.
 */
export function ratingFromCard(
  model: Pick<CompetencyModelDraft, 'groups'>,
  data: unknown,
): RatingCardOutcome {
  const inputs = record(data);
  const behaviours = model.groups.flatMap((group) =>
    group.competencies.flatMap((competency) => competency.behaviours),
  );
  const ratings: Record<string, BehaviourRating> = {};
  const missing: string[] = [];
  for (const [index, behaviour] of behaviours.entries()) {
    const value = inputs[behaviourInput(index)];
    if (value === undefined || value === '') {
      missing.push(behaviour.key);
      continue;
    }
    if (value === CANNOT_JUDGE_VALUE) {
      ratings[behaviour.key] = null;
      continue;
    }
    const point = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    // Anything else goes to the schema as it came, which names what is wrong with it.
    ratings[behaviour.key] = (Number.isFinite(point) ? point : value) as BehaviourRating;
  }
  if (missing.length > 0) return { kind: 'missing', missing };
  const comments: Record<string, string> = {};
  for (const [index, group] of model.groups.entries()) {
    const value = inputs[commentInput(index)];
    if (value === undefined) continue;
    if (typeof value !== 'string') return { kind: 'invalid', details: `comment ${index + 1} must be text` };
    if (value.trim() !== '') comments[group.key] = value;
  }
  const parsed = submitRatingRequestSchema(model).safeParse({ ratings, comments });
  if (!parsed.success) return { kind: 'invalid', details: issueText(parsed.error) };
  return { kind: 'request', request: parsed.data as SubmitRatingRequest };
}

/** The decline's reason as typed (cleaned), or null when there is none or it is too long. */
export function declineReasonFromCard(data: unknown): string | null {
  const parsed = declineRatingRequestSchema.safeParse({ reason: record(data)[DECLINE_REASON_INPUT] ?? '' });
  return parsed.success ? parsed.data.reason : null;
}

/** The text a person typed into the decline box, whatever it was, to show it again. */
export function typedDeclineReason(data: unknown): string {
  const value = record(data)[DECLINE_REASON_INPUT];
  return typeof value === 'string' ? value.slice(0, FEEDBACK_LIMITS.declineReason * 2) : '';
}

export type NominationsCardOutcome =
  | { readonly kind: 'request'; readonly request: SetNominationsRequest }
  /** The same person ticked in two groups. */
  | { readonly kind: 'twice'; readonly email: string }
  | { readonly kind: 'invalid'; readonly details: string };

/**
 * The ticked people of each group shown on the card (values joined by commas, as Teams sends a
 * multi-select), together with `kept`: the chosen raters of groups the card does not offer
 * (direct reports from the directory on the subject's card), which stay as they are.
 */
export function nominationsFromCard(
  data: unknown,
  etag: string,
  offered: readonly AnonymousGroup[],
  kept: SetNominationsRequest['raters'],
): NominationsCardOutcome {
  const inputs = record(data);
  const raters: { email: string; group: AnonymousGroup }[] = kept.filter(
    (rater) => !offered.includes(rater.group),
  );
  for (const group of ANONYMOUS_GROUPS.filter((candidate) => offered.includes(candidate))) {
    const value = inputs[nominationInput(group)];
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') return { kind: 'invalid', details: `${group} must be a list of people` };
    for (const email of value.split(',').map((part) => part.trim().toLowerCase())) {
      if (email === '') continue;
      if (raters.some((rater) => rater.email === email)) return { kind: 'twice', email };
      raters.push({ email, group });
    }
  }
  const parsed = setNominationsRequestSchema.safeParse({ etag, raters });
  if (!parsed.success) return { kind: 'invalid', details: issueText(parsed.error) };
  return { kind: 'request', request: parsed.data };
}

function issueText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
