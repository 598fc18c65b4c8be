import {
  DomainError,
  FEEDBACK_LIMITS,
  StaleVersionError,
  translate,
  type AnonymousGroup,
  type CompetencyModel,
  type CompetencyModelsStore,
  type CyclesStore,
  type FeedbackActor,
  type Locale,
  type MyFeedbackReply,
  type RatingForm,
  type SetNominationsRequest,
  type StoredFeedbackCycle,
  type SubjectNominationsReply,
} from '@kvalita/core';
import {
  declineReasonFromCard,
  nominationInput,
  nominationsFromCard,
  parseFeedbackCardData,
  parseNominationCardData,
  ratingFromCard,
  type FeedbackCardData,
} from '@kvalita/core/schemas';
import { adaptiveCard, type AdaptiveCard } from '../../platform/chat/adaptive-card.types';
import type { FeedbackChatActions } from '../feedback-ports';
import {
  FEEDBACK_APPROVE_REFRESH_VERB,
  FEEDBACK_APPROVE_VERB,
  FEEDBACK_CARD_VERBS,
  FEEDBACK_DECLINE_VERB,
  FEEDBACK_NOMINATE_REFRESH_VERB,
  FEEDBACK_NOMINATE_VERB,
  FEEDBACK_RATE_REFRESH_VERB,
  FEEDBACK_RATE_VERB,
} from '../cards/feedback-card-verbs';
import {
  APPROVED_GROUPS,
  NOMINATED_GROUPS,
  approvalCard,
  nominationCard,
  type NominationCardOptions,
} from '../cards/nomination-card';
import {
  ratingCard,
  ratingStateCard,
  type RatingCardContent,
  type RatingFormOptions,
  type RatingProgress,
  type RatingState,
} from '../cards/rating-card';
import type { FeedbackLinks } from './feedback-links';

/**
 * What the cards need of 360 feedback's service: its chat actions, and what the signed-in person
 * has to do (the tab's "mine"), for the rater's "3 of 5 done". Both apply the role matrix and the
 * phases and throw core's domain errors (notFound, forbidden, conflict, badRequest).
 */
export interface FeedbackCardService extends FeedbackChatActions {
  mine(actor: FeedbackActor): Promise<MyFeedbackReply>;
}

export interface FeedbackCardActionsDeps {
  readonly service: FeedbackCardService;
  /** The cycle as stored (its phase, deadlines, thresholds and model version), read fresh per action. */
  readonly cycles: Pick<CyclesStore, 'get'>;
  /** Model versions; a frozen version never changes, so each is read once per process. */
  readonly models: Pick<CompetencyModelsStore, 'get'>;
  /** The person as the role matrix needs them; null when the directory does not know them. */
  readonly actorOf: (email: string) => Promise<FeedbackActor | null>;
  readonly links: FeedbackLinks;
  readonly log?: (line: string) => void;
}

/** Who pressed the button: their e-mail (null when Teams did not say) and Teams user id (refresh). */
export interface CardUser {
  readonly email: string | null;
  readonly userId: string | null;
}

export interface FeedbackCardActions {
  handles(verb: string | undefined): boolean;
  /** The card that replaces the one acted on, always a card (never an error). */
  invoke(
    verb: string,
    data: Readonly<Record<string, unknown>>,
    user: CardUser,
    locale: Locale,
  ): Promise<AdaptiveCard>;
}

type PlainKey = 'bot.feedback.invalid' | 'bot.feedback.unknownPerson' | 'bot.feedback.notFound';

function plainNotice(locale: Locale, key: PlainKey): AdaptiveCard {
  return adaptiveCard(locale, [{ type: 'TextBlock', text: translate(locale, key), wrap: true }]);
}

function isCode(error: unknown, ...codes: DomainError['code'][]): boolean {
  return error instanceof DomainError && codes.includes(error.code);
}

/** The service's own sentence for a refusal (its message key), in the card's language. */
function reasonOf(locale: Locale, error: DomainError): string {
  return translate(locale, error.messageKey, error.params);
}

/** The ticked e-mails per group as submitted, to show them again with a problem. */
function tickedOf(
  data: Readonly<Record<string, unknown>>,
  groups: readonly AnonymousGroup[],
): Partial<Record<AnonymousGroup, string[]>> {
  return Object.fromEntries(
    groups.map((group) => {
      const value = data[nominationInput(group)];
      return [
        group,
        typeof value === 'string'
          ? value
              .split(',')
              .map((part) => part.trim())
              .filter(Boolean)
          : [],
      ];
    }),
  );
}

/**
 * 360 feedback's card actions. A rating goes to the service's `submitRating` (one answer per rater
 * and subject under a keyed hash: a second submit stores nothing and the card says so), a decline
 * to `decline`, a nomination to `setNominations` then `submitNominations`, an approval to
 * `setNominations` then `approveNominations` — the tab's rules exactly. Refreshes show every device
 * the current state. Bad or replayed input, an unknown person, a closed cycle, a stale list and a
 * refusal of the rules each get a polite card, and nothing partial is stored.
 */
export function feedbackCardActions(deps: FeedbackCardActionsDeps): FeedbackCardActions {
  const models = new Map<number, Promise<CompetencyModel | null>>();
  const modelOf = (id: number) => {
    const known = models.get(id) ?? deps.models.get(id);
    models.set(id, known);
    // A failed read is not remembered: the next action reads again.
    known.catch(() => models.delete(id));
    return known;
  };

  const progressOf = async (actor: FeedbackActor, cycleId: number): Promise<RatingProgress | null> => {
    try {
      const forms = (await deps.service.mine(actor)).forms.filter(
        (form) => form.cycleId === cycleId && !form.declined,
      );
      return { done: forms.filter((form) => form.done).length, total: forms.length };
    } catch (error) {
      // The answer is stored whatever the count says; the card then shows no count.
      deps.log?.(`feedback: progress not read: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };

  // ------------------------------------------------------------------ rating

  interface Rating {
    readonly content: RatingCardContent;
    readonly form: RatingForm;
    readonly cycle: StoredFeedbackCycle;
  }

  /** The cycle, its model and this rater's form, or the polite card that replaces them. */
  const ratingOf = async (
    locale: Locale,
    actor: FeedbackActor,
    ids: FeedbackCardData,
    user: CardUser,
  ): Promise<Rating | AdaptiveCard> => {
    const cycle = await deps.cycles.get(ids.cycleId);
    if (!cycle) return plainNotice(locale, 'bot.feedback.notFound');
    let form: RatingForm;
    try {
      form = await deps.service.form(actor, ids.cycleId, ids.subjectId);
    } catch (error) {
      if (isCode(error, 'notFound', 'forbidden')) return plainNotice(locale, 'bot.feedback.notFound');
      throw error;
    }
    const model = await modelOf(cycle.modelId);
    if (!model) return plainNotice(locale, 'bot.feedback.notFound');
    return {
      cycle,
      form,
      content: {
        cycleId: cycle.id,
        subjectId: ids.subjectId,
        userIds: user.userId ? [user.userId] : [],
        cycleName: cycle.name,
        subject: form.subject,
        group: form.group,
        ratingDeadline: cycle.ratingDeadline,
        groupThreshold: cycle.thresholds.group,
        model,
        link: deps.links.forms(cycle.id),
      },
    };
  };

  /** What the card shows when there is nothing (more) to fill in, or null while the form is open. */
  const settledState = async (actor: FeedbackActor, rating: Rating): Promise<RatingState | null> => {
    const { cycle, form } = rating;
    if (cycle.phase === 'closed' || cycle.phase === 'released') return { kind: 'closed' };
    if (cycle.phase !== 'rating') return { kind: 'notYet' };
    if (form.done) return { kind: 'done', fresh: false, progress: await progressOf(actor, cycle.id) };
    if (form.declined) return { kind: 'declined', progress: await progressOf(actor, cycle.id) };
    return null;
  };

  const ratingState = async (locale: Locale, actor: FeedbackActor, ids: FeedbackCardData, user: CardUser) => {
    const rating = await ratingOf(locale, actor, ids, user);
    if (!('content' in rating)) return rating;
    const state = await settledState(actor, rating);
    return state ? ratingStateCard(locale, rating.content, state) : ratingCard(locale, rating.content);
  };

  /** After a refused write: the current state if it settled meanwhile, else the form with why. */
  const refused = async (
    locale: Locale,
    actor: FeedbackActor,
    ids: FeedbackCardData,
    user: CardUser,
    options: RatingFormOptions,
  ) => {
    const rating = await ratingOf(locale, actor, ids, user);
    if (!('content' in rating)) return rating;
    const state = await settledState(actor, rating);
    return state
      ? ratingStateCard(locale, rating.content, state)
      : ratingCard(locale, rating.content, options);
  };

  const rate = async (
    locale: Locale,
    actor: FeedbackActor,
    ids: FeedbackCardData,
    user: CardUser,
    data: Readonly<Record<string, unknown>>,
  ) => {
    const rating = await ratingOf(locale, actor, ids, user);
    if (!('content' in rating)) return rating;
    // Already answered (another device, a second click, a replayed invoke), declined or closed:
    // the state, and nothing is asked of the service.
    const state = await settledState(actor, rating);
    if (state) return ratingStateCard(locale, rating.content, state);
    const parsed = ratingFromCard(rating.content.model, data);
    if (parsed.kind === 'missing')
      return ratingCard(locale, rating.content, {
        problem: translate(locale, 'bot.feedback.rate.missing', { count: parsed.missing.length }),
        values: data,
      });
    if (parsed.kind === 'invalid') {
      deps.log?.(`feedback: a rating card's answer refused: ${parsed.details}`);
      return ratingCard(locale, rating.content, {
        problem: translate(locale, 'bot.feedback.rate.bad', { max: FEEDBACK_LIMITS.comment }),
        values: data,
      });
    }
    try {
      const reply = await deps.service.submitRating(actor, ids.cycleId, ids.subjectId, parsed.request);
      return ratingStateCard(locale, rating.content, {
        kind: 'done',
        fresh: reply.stored,
        progress: { done: reply.done, total: reply.total },
      });
    } catch (error) {
      if (isCode(error, 'conflict', 'badRequest'))
        return refused(locale, actor, ids, user, {
          problem: reasonOf(locale, error as DomainError),
          values: data,
        });
      if (isCode(error, 'notFound', 'forbidden')) return plainNotice(locale, 'bot.feedback.notFound');
      throw error;
    }
  };

  const decline = async (
    locale: Locale,
    actor: FeedbackActor,
    ids: FeedbackCardData,
    user: CardUser,
    data: Readonly<Record<string, unknown>>,
  ) => {
    const rating = await ratingOf(locale, actor, ids, user);
    if (!('content' in rating)) return rating;
    const state = await settledState(actor, rating);
    if (state) return ratingStateCard(locale, rating.content, state);
    const reason = declineReasonFromCard(data);
    if (reason === null)
      return ratingCard(locale, rating.content, {
        problem: translate(locale, 'bot.feedback.rate.reasonMissing', { max: FEEDBACK_LIMITS.declineReason }),
        values: data,
      });
    try {
      const reply = await deps.service.decline(actor, ids.cycleId, ids.subjectId, { reason });
      return ratingStateCard(locale, rating.content, {
        kind: 'declined',
        progress: { done: reply.done, total: reply.total },
      });
    } catch (error) {
      if (isCode(error, 'conflict', 'badRequest'))
        return refused(locale, actor, ids, user, {
          problem: reasonOf(locale, error as DomainError),
          values: data,
        });
      if (isCode(error, 'notFound', 'forbidden')) return plainNotice(locale, 'bot.feedback.notFound');
      throw error;
    }
  };

  // ------------------------------------------------------------------ nominations

  type Deciding = 'subject' | 'manager';

  const cardOf = (
    locale: Locale,
    who: Deciding,
    reply: SubjectNominationsReply,
    cycle: StoredFeedbackCycle,
    user: CardUser,
    extra: Pick<NominationCardOptions, 'problem' | 'ticked'> = {},
  ): AdaptiveCard => {
    const options: NominationCardOptions = {
      cycle: {
        name: cycle.name,
        phase: cycle.phase,
        deadline: who === 'subject' ? cycle.nominationDeadline : cycle.approvalDeadline,
        rules: cycle.rules,
      },
      link: deps.links.nominations(cycle.id, reply.subject.id),
      userIds: user.userId ? [user.userId] : [],
      ...extra,
    };
    return who === 'subject' ? nominationCard(locale, reply, options) : approvalCard(locale, reply, options);
  };

  /** The list as the person may see it now, or the polite card when they may not. */
  const nominationsOf = async (
    locale: Locale,
    actor: FeedbackActor,
    ids: FeedbackCardData,
  ): Promise<{ reply: SubjectNominationsReply; cycle: StoredFeedbackCycle } | AdaptiveCard> => {
    const cycle = await deps.cycles.get(ids.cycleId);
    if (!cycle) return plainNotice(locale, 'bot.feedback.notFound');
    try {
      return { cycle, reply: await deps.service.nominations(actor, ids.cycleId, ids.subjectId) };
    } catch (error) {
      if (isCode(error, 'notFound', 'forbidden')) return plainNotice(locale, 'bot.feedback.notFound');
      throw error;
    }
  };

  const nominationState = async (
    locale: Locale,
    who: Deciding,
    actor: FeedbackActor,
    ids: FeedbackCardData,
    user: CardUser,
    extra: Pick<NominationCardOptions, 'problem' | 'ticked'> = {},
  ) => {
    const read = await nominationsOf(locale, actor, ids);
    if (!('reply' in read)) return read;
    return cardOf(locale, who, read.reply, read.cycle, user, extra);
  };

  /**
   * The subject's "send for approval" and the manager's "approve": the ticked list is saved with
   * the card's etag (a stale card saves nothing and shows the list as it is now), then sent on.
   * A refusal of the second step leaves the saved list and says why.
   */
  const decide = async (
    locale: Locale,
    who: Deciding,
    actor: FeedbackActor,
    user: CardUser,
    data: Readonly<Record<string, unknown>>,
  ) => {
    const card = parseNominationCardData(data);
    if (!card) return plainNotice(locale, 'bot.feedback.invalid');
    const read = await nominationsOf(locale, actor, card);
    if (!('reply' in read)) return read;
    const { reply, cycle } = read;
    const step = who === 'subject' ? 'submit' : 'approve';
    if (!reply.allowed.includes(step)) return cardOf(locale, who, reply, cycle, user);
    const offered = who === 'subject' ? NOMINATED_GROUPS : APPROVED_GROUPS;
    const ticked = tickedOf(data, offered);
    // Raters in groups the card does not show (the directory's direct reports) stay as they are.
    const kept: SetNominationsRequest['raters'] = reply.nominations.flatMap((nomination) =>
      nomination.state !== 'declined' &&
      nomination.group !== 'self' &&
      nomination.group !== 'manager' &&
      !offered.includes(nomination.group)
        ? [{ email: nomination.rater.email.toLowerCase(), group: nomination.group }]
        : [],
    );
    const parsed = nominationsFromCard(data, card.etag, offered, kept);
    if (parsed.kind === 'twice') {
      const name =
        reply.suggestions.find((load) => load.person.email.toLowerCase() === parsed.email)?.person
          .displayName ??
        reply.nominations.find((nomination) => nomination.rater.email.toLowerCase() === parsed.email)?.rater
          .displayName ??
        parsed.email;
      return cardOf(locale, who, reply, cycle, user, {
        problem: translate(locale, 'bot.feedback.nominate.twice', { name }),
        ticked,
      });
    }
    if (parsed.kind === 'invalid') {
      deps.log?.(`feedback: a nomination card's choice refused: ${parsed.details}`);
      return cardOf(locale, who, reply, cycle, user, {
        problem: translate(locale, 'bot.feedback.nominate.invalid'),
        ticked,
      });
    }
    let saved: SubjectNominationsReply;
    try {
      saved = await deps.service.setNominations(actor, card.cycleId, card.subjectId, parsed.request);
    } catch (error) {
      if (error instanceof StaleVersionError)
        return nominationState(locale, who, actor, card, user, {
          problem: translate(locale, 'bot.feedback.stale'),
        });
      if (isCode(error, 'conflict', 'badRequest', 'forbidden'))
        return nominationState(locale, who, actor, card, user, {
          problem: translate(locale, 'bot.feedback.nominate.refused', {
            reason: reasonOf(locale, error as DomainError),
          }),
          ticked,
        });
      if (isCode(error, 'notFound')) return plainNotice(locale, 'bot.feedback.notFound');
      throw error;
    }
    try {
      const decision = { etag: saved.subject.etag };
      const done =
        who === 'subject'
          ? await deps.service.submitNominations(actor, card.cycleId, card.subjectId, decision)
          : await deps.service.approveNominations(actor, card.cycleId, card.subjectId, decision);
      return cardOf(locale, who, done, cycle, user);
    } catch (error) {
      if (isCode(error, 'conflict', 'badRequest', 'forbidden'))
        return nominationState(locale, who, actor, card, user, {
          problem: translate(locale, 'bot.feedback.nominate.problem', {
            reason: reasonOf(locale, error as DomainError),
          }),
        });
      if (isCode(error, 'notFound')) return plainNotice(locale, 'bot.feedback.notFound');
      throw error;
    }
  };

  return {
    handles: (verb) => verb !== undefined && FEEDBACK_CARD_VERBS.includes(verb),
    invoke: async (verb, data, user, locale) => {
      const ids = parseFeedbackCardData(data);
      if (!ids) return plainNotice(locale, 'bot.feedback.invalid');
      const actor = user.email === null ? null : await deps.actorOf(user.email);
      if (!actor) return plainNotice(locale, 'bot.feedback.unknownPerson');
      switch (verb) {
        case FEEDBACK_RATE_VERB:
          return rate(locale, actor, ids, user, data);
        case FEEDBACK_DECLINE_VERB:
          return decline(locale, actor, ids, user, data);
        case FEEDBACK_RATE_REFRESH_VERB:
          return ratingState(locale, actor, ids, user);
        case FEEDBACK_NOMINATE_VERB:
          return decide(locale, 'subject', actor, user, data);
        case FEEDBACK_NOMINATE_REFRESH_VERB:
          return nominationState(locale, 'subject', actor, ids, user);
        case FEEDBACK_APPROVE_VERB:
          return decide(locale, 'manager', actor, user, data);
        case FEEDBACK_APPROVE_REFRESH_VERB:
          return nominationState(locale, 'manager', actor, ids, user);
        default:
          return plainNotice(locale, 'bot.feedback.invalid');
      }
    },
  };
}
