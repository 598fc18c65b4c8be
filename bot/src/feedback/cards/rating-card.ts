import {
  FEEDBACK_LIMITS,
  translate,
  type CompetencyModelDraft,
  type Locale,
  type PersonRef,
  type RaterGroup,
} from '@kvalita/core';
import {
  CANNOT_JUDGE_VALUE,
  DECLINE_REASON_INPUT,
  behaviourInput,
  commentInput,
} from '@kvalita/core/schemas';
import {
  adaptiveCard,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type ChoiceSetInput,
} from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';
import {
  CARD_BYTES_LIMIT,
  cardBytes,
  charter,
  cycleLines,
  feedbackRefresh,
  groupLabel,
  heading,
  notice,
  shortened,
  subtle,
  tabAction,
  type FeedbackCardRef,
} from './feedback-card-parts';
import { FEEDBACK_DECLINE_VERB, FEEDBACK_RATE_REFRESH_VERB, FEEDBACK_RATE_VERB } from './feedback-card-verbs';

/** What every rating card shows: who is rated, by which group, in which cycle. */
export interface RatingCardContent extends FeedbackCardRef {
  readonly cycleName: string;
  readonly subject: PersonRef;
  readonly group: RaterGroup;
  readonly ratingDeadline: string;
  /** Answers an anonymous group needs before it is shown (the cycle's group threshold). */
  readonly groupThreshold: number;
  /** The frozen model version the cycle uses. */
  readonly model: Pick<CompetencyModelDraft, 'scale' | 'groups'>;
  /** A deep link to the person's feedback in the tab; null without a Teams app id. */
  readonly link: string | null;
}

export interface RatingFormOptions {
  /** Why the last submit was not stored, shown above the form. */
  readonly problem?: string;
  /** What was submitted, put back into the inputs. */
  readonly values?: Readonly<Record<string, unknown>>;
}

/** The refresh of every rating card of one rater and subject. */
export function ratingRefresh(ref: FeedbackCardRef): NonNullable<AdaptiveCard['refresh']> {
  return feedbackRefresh(FEEDBACK_RATE_REFRESH_VERB, ref);
}

/** Who sees these answers, and how: self and manager by name of their group, the rest only together. */
export function anonymityNotice(
  locale: Locale,
  content: Pick<RatingCardContent, 'group' | 'subject' | 'groupThreshold'>,
): CardElement {
  const subject = content.subject.displayName;
  switch (content.group) {
    case 'self':
      return notice(translate(locale, 'bot.feedback.rate.self'));
    case 'manager':
      return notice(translate(locale, 'bot.feedback.rate.manager', { subject }));
    default:
      return notice(
        translate(locale, 'bot.feedback.rate.anonymous', {
          subject,
          group: groupLabel(locale, content.group),
          threshold: content.groupThreshold,
        }),
      );
  }
}

function header(locale: Locale, content: RatingCardContent): CardElement[] {
  return [
    heading(translate(locale, 'bot.feedback.rate.title')),
    plainBlock(content.subject.displayName, { weight: 'Bolder' }),
    ...cycleLines(locale, content.cycleName, content.ratingDeadline),
    plainBlock(`${translate(locale, 'bot.feedback.rate.yourGroup')}: ${groupLabel(locale, content.group)}`),
  ];
}

/**
 * How much of the model's wording the card carries. A model may have 40 behaviours of 300
 * characters, 10 definitions of 1,000 and anchors of 360: more than Teams' 28 KB. The card gives
 * up what the rater needs least first: anchor names inside every choice (the legend keeps them),
 * then the definitions' length, the definitions and the anchors' descriptions, and only last the
 * behaviours' wording; each behaviour keeps its input whatever happens.
 */
interface Fit {
  readonly anchorsInChoices: boolean;
  /** Characters of a definition shown (Infinity: all). */
  readonly definition: number;
  readonly anchorDescriptions: boolean;
  /** Characters of a behaviour shown (Infinity: all). */
  readonly behaviour: number;
}

const FULL: Fit = {
  anchorsInChoices: true,
  definition: Infinity,
  anchorDescriptions: true,
  behaviour: Infinity,
};

function choicesOf(locale: Locale, content: RatingCardContent, fit: Fit): ChoiceSetInput['choices'] {
  return [
    ...content.model.scale.map((anchor) => ({
      title: fit.anchorsInChoices ? `${anchor.point} – ${anchor.label}` : String(anchor.point),
      value: String(anchor.point),
    })),
    { title: translate(locale, 'bot.feedback.rate.cannotJudge'), value: CANNOT_JUDGE_VALUE },
  ];
}

function valueOf(values: RatingFormOptions['values'], id: string): string | undefined {
  const value = values?.[id];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function formBody(
  locale: Locale,
  content: RatingCardContent,
  options: RatingFormOptions,
  fit: Fit,
): CardElement[] {
  const choices = choicesOf(locale, content, fit);
  const shortenedAnything =
    fit.definition !== Infinity || !fit.anchorDescriptions || fit.behaviour !== Infinity;
  const legend: CardElement[] = [
    { type: 'TextBlock', text: translate(locale, 'bot.feedback.rate.scale'), wrap: true, weight: 'Bolder' },
    ...content.model.scale.map((anchor) =>
      plainBlock(
        `${translate(locale, 'bot.feedback.rate.anchor', { point: anchor.point, label: anchor.label })}${
          fit.anchorDescriptions && anchor.description ? `: ${anchor.description}` : ''
        }`,
        { size: 'Small' },
        'None',
      ),
    ),
  ];
  let index = 0;
  const groups = content.model.groups.flatMap((group, groupIndex): CardElement[] => [
    { ...plainBlock(group.name, { weight: 'Bolder', size: 'Medium' }), separator: true },
    ...group.competencies.flatMap((competency): CardElement[] => [
      plainBlock(competency.name, { weight: 'Bolder' }),
      ...(fit.definition > 0 && competency.definition
        ? [
            subtle(
              fit.definition === Infinity
                ? competency.definition
                : shortened(competency.definition, fit.definition),
            ),
          ]
        : []),
      ...competency.behaviours.map((behaviour): CardElement => {
        const id = behaviourInput(index++);
        const value = valueOf(options.values, id);
        return {
          type: 'Input.ChoiceSet',
          id,
          label: fit.behaviour === Infinity ? behaviour.text : shortened(behaviour.text, fit.behaviour),
          style: 'compact',
          ...(fit.anchorsInChoices ? { placeholder: translate(locale, 'bot.feedback.rate.choose') } : {}),
          ...(value !== undefined ? { value } : {}),
          choices,
        };
      }),
    ]),
    {
      type: 'Input.Text',
      id: commentInput(groupIndex),
      label: translate(locale, 'bot.feedback.rate.comment', { group: group.name }),
      isMultiline: true,
      maxLength: FEEDBACK_LIMITS.comment,
      isRequired: false,
      ...(fit.anchorsInChoices
        ? {
            placeholder: translate(locale, 'bot.feedback.rate.commentPlaceholder', {
              max: FEEDBACK_LIMITS.comment,
            }),
          }
        : {}),
      ...(valueOf(options.values, commentInput(groupIndex)) !== undefined
        ? { value: valueOf(options.values, commentInput(groupIndex)) }
        : {}),
    },
  ]);
  const decline: CardElement[] =
    content.group === 'self'
      ? []
      : [
          {
            type: 'Input.Text',
            id: DECLINE_REASON_INPUT,
            label: translate(locale, 'bot.feedback.rate.declineReason', {
              max: FEEDBACK_LIMITS.declineReason,
            }),
            isMultiline: true,
            maxLength: FEEDBACK_LIMITS.declineReason,
            isRequired: false,
            ...(valueOf(options.values, DECLINE_REASON_INPUT) !== undefined
              ? { value: valueOf(options.values, DECLINE_REASON_INPUT) }
              : {}),
          },
        ];
  return [
    ...header(locale, content),
    ...(options.problem ? [notice(options.problem, 'Attention')] : []),
    anonymityNotice(locale, content),
    charter(locale),
    ...(shortenedAnything ? [subtle(translate(locale, 'bot.feedback.rate.shortened'))] : []),
    ...legend,
    ...groups,
    ...decline,
  ];
}

function formCard(
  locale: Locale,
  content: RatingCardContent,
  options: RatingFormOptions,
  fit: Fit,
): AdaptiveCard {
  const data = { cycleId: content.cycleId, subjectId: content.subjectId };
  const actions: CardAction[] = [
    {
      type: 'Action.Execute',
      title: translate(locale, 'bot.feedback.rate.submit'),
      verb: FEEDBACK_RATE_VERB,
      data: { verb: FEEDBACK_RATE_VERB, ...data },
    },
    ...(content.group === 'self'
      ? []
      : [
          {
            type: 'Action.Execute' as const,
            title: translate(locale, 'bot.feedback.rate.decline'),
            verb: FEEDBACK_DECLINE_VERB,
            data: { verb: FEEDBACK_DECLINE_VERB, ...data },
          },
        ]),
    ...tabAction(locale, content.link),
  ];
  return adaptiveCard(locale, formBody(locale, content, options, fit), actions, ratingRefresh(content));
}

/** The largest n in [0, max] for which `fits(n)` holds (fits is monotone), or -1 when none does. */
function largest(max: number, fits: (n: number) => boolean): number {
  if (!fits(0)) return -1;
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The rating form (Adaptive Card 1.5, Universal Actions): who is rated and by which group, what
 * that group means for anonymity, the charter ("development feedback, not an appraisal for pay"),
 * the scale's anchors, then competency by competency its name, definition and each behaviour as a
 * compact choice of 1–5 or "cannot judge", an optional comment per competency group, and Submit;
 * everyone but the subject may decline with a reason. Never over Teams' 28 KB (see Fit).
 */
export function ratingCard(
  locale: Locale,
  content: RatingCardContent,
  options: RatingFormOptions = {},
): AdaptiveCard {
  const build = (fit: Fit) => formCard(locale, content, options, fit);
  const fits = (fit: Fit) => cardBytes(build(fit)) <= CARD_BYTES_LIMIT;
  if (fits(FULL)) return build(FULL);
  const plain: Fit = { ...FULL, anchorsInChoices: false };
  if (fits(plain)) return build(plain);
  const longestDefinition = Math.max(
    0,
    ...content.model.groups.flatMap((group) =>
      group.competencies.map((competency) => competency.definition.length),
    ),
  );
  const definition = largest(longestDefinition, (n) => fits({ ...plain, definition: n }));
  if (definition > 0) return build({ ...plain, definition });
  const bare: Fit = { ...plain, definition: 0, anchorDescriptions: false };
  if (fits(bare)) return build(bare);
  const longestBehaviour = Math.max(
    1,
    ...content.model.groups.flatMap((group) =>
      group.competencies.flatMap((competency) =>
        competency.behaviours.map((behaviour) => behaviour.text.length),
      ),
    ),
  );
  const behaviour = largest(longestBehaviour, (n) => fits({ ...bare, behaviour: Math.max(1, n) }));
  return build({ ...bare, behaviour: Math.max(1, behaviour) });
}

/** The rating card once there is nothing to fill in. */
export type RatingState =
  /** Stored (`fresh`: by this very submit; otherwise earlier, and nothing new was stored). */
  | { readonly kind: 'done'; readonly fresh: boolean; readonly progress: RatingProgress | null }
  | { readonly kind: 'declined'; readonly progress: RatingProgress | null }
  | { readonly kind: 'closed' }
  /** The cycle is not rating yet (a card forwarded early). */
  | { readonly kind: 'notYet' };

/** "Hotovo 3 z 5 formulářů": the rater's forms in this cycle, declined ones left out. */
export interface RatingProgress {
  readonly done: number;
  readonly total: number;
}

export function progressLine(locale: Locale, progress: RatingProgress): CardElement {
  return progress.total > 0 && progress.done >= progress.total
    ? notice(translate(locale, 'bot.feedback.rate.allDone'), 'Good')
    : notice(translate(locale, 'bot.feedback.rate.progress', { done: progress.done, total: progress.total }));
}

/**
 * "Done, thank you" with the rater's progress, declined, or "this cycle is closed": what every
 * device shows after the answer (its refresh keeps asking, so an open card elsewhere follows).
 */
export function ratingStateCard(
  locale: Locale,
  content: Omit<RatingCardContent, 'model' | 'groupThreshold'>,
  state: RatingState,
): AdaptiveCard {
  const subject = content.subject.displayName;
  const lines: CardElement[] = (() => {
    switch (state.kind) {
      case 'done':
        return [
          notice(
            translate(locale, state.fresh ? 'bot.feedback.rate.done' : 'bot.feedback.rate.already', {
              subject,
            }),
            'Good',
          ),
          ...(state.progress ? [progressLine(locale, state.progress)] : []),
        ];
      case 'declined':
        return [
          notice(translate(locale, 'bot.feedback.rate.declined', { subject })),
          ...(state.progress ? [progressLine(locale, state.progress)] : []),
        ];
      case 'closed':
        return [notice(translate(locale, 'bot.feedback.rate.closed'))];
      case 'notYet':
        return [notice(translate(locale, 'bot.feedback.rate.notYet'))];
    }
  })();
  return adaptiveCard(
    locale,
    [
      heading(translate(locale, 'bot.feedback.rate.title')),
      plainBlock(subject, { weight: 'Bolder' }),
      ...cycleLines(locale, content.cycleName, null),
      ...lines,
    ],
    tabAction(locale, content.link),
    ratingRefresh(content),
  );
}
