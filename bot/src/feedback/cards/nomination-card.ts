import {
  translate,
  type AnonymousGroup,
  type CyclePhase,
  type Locale,
  type Nomination,
  type NominationRules,
  type PersonRef,
  type RaterLoad,
  type SubjectNominationsReply,
} from '@kvalita/core';
import { nominationInput } from '@kvalita/core/schemas';
import {
  adaptiveCard,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type ChoiceSetInput,
} from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';
import {
  charter,
  cycleLines,
  feedbackRefresh,
  groupLabel,
  heading,
  notice,
  subtle,
  tabAction,
  type FeedbackCardRef,
} from './feedback-card-parts';
import {
  FEEDBACK_APPROVE_REFRESH_VERB,
  FEEDBACK_APPROVE_VERB,
  FEEDBACK_NOMINATE_REFRESH_VERB,
  FEEDBACK_NOMINATE_VERB,
} from './feedback-card-verbs';

/** The groups a subject picks on the card (direct reports come from the directory). */
export const NOMINATED_GROUPS: readonly AnonymousGroup[] = ['peer', 'other'];
/** The groups a manager sees and may untick. */
export const APPROVED_GROUPS: readonly AnonymousGroup[] = ['directReport', 'peer', 'other'];

/** The cycle as the nomination and approval cards show it. */
export interface NominationCardCycle {
  readonly name: string;
  readonly phase: CyclePhase;
  readonly deadline: string;
  readonly rules: NominationRules;
}

export interface NominationCardOptions {
  readonly cycle: NominationCardCycle;
  /** Why the last submit was not stored, or was stored but not sent on. */
  readonly problem?: string;
  /** The ticked e-mails per group as last submitted (instead of the stored proposals). */
  readonly ticked?: Readonly<Partial<Record<AnonymousGroup, readonly string[]>>>;
  /** Sent as a reminder before the deadline: a banner above the form. */
  readonly reminder?: string;
  /** Where the whole list is edited in the tab (anyone else); null without a Teams app id. */
  readonly link: string | null;
  readonly userIds: readonly string[];
}

const live = (nomination: Nomination) => nomination.state !== 'declined';

function chosenIn(reply: SubjectNominationsReply, group: AnonymousGroup): Nomination[] {
  return reply.nominations.filter((nomination) => nomination.group === group && live(nomination));
}

function personTitle(locale: Locale, person: PersonRef, load: RaterLoad | undefined): string {
  if (load?.overCap) return translate(locale, 'bot.feedback.nominate.full', { name: person.displayName });
  if (load && load.forms > 0)
    return translate(locale, 'bot.feedback.nominate.load', { name: person.displayName, forms: load.forms });
  return person.displayName;
}

/** One group's checkboxes: the suggestions and whoever is already chosen in it, ticked as stored. */
function groupChoices(
  locale: Locale,
  reply: SubjectNominationsReply,
  group: AnonymousGroup,
  offered: readonly AnonymousGroup[],
  ticked: readonly string[] | undefined,
  withSuggestions: boolean,
): ChoiceSetInput {
  const rule = reply.counts.find((count) => count.group === group)?.rule;
  const loads = new Map(reply.suggestions.map((load) => [load.person.email.toLowerCase(), load]));
  // Anyone fixed in a group the card does not offer (self, manager, direct reports) or who declined is no choice.
  const fixed = new Set(
    reply.nominations
      .filter((nomination) => !offered.includes(nomination.group as AnonymousGroup) || !live(nomination))
      .map((nomination) => nomination.rater.email.toLowerCase()),
  );
  fixed.add(reply.subject.person.email.toLowerCase());
  const people = new Map<string, PersonRef>();
  for (const nomination of chosenIn(reply, group))
    people.set(nomination.rater.email.toLowerCase(), nomination.rater);
  if (withSuggestions)
    for (const load of reply.suggestions) {
      const email = load.person.email.toLowerCase();
      if (!fixed.has(email) && !people.has(email)) people.set(email, load.person);
    }
  const value = (ticked ?? chosenIn(reply, group).map((nomination) => nomination.rater.email)).map((email) =>
    email.toLowerCase(),
  );
  return {
    type: 'Input.ChoiceSet',
    id: nominationInput(group),
    label: rule
      ? translate(locale, 'bot.feedback.nominate.group', {
          group: groupLabel(locale, group),
          min: rule.min,
          max: rule.max,
        })
      : groupLabel(locale, group),
    style: 'expanded',
    isMultiSelect: true,
    ...(value.length > 0 ? { value: value.join(',') } : {}),
    choices: [...people.entries()].map(([email, person]) => ({
      title: personTitle(locale, person, loads.get(email)),
      value: email,
    })),
  };
}

/** "kolegové: Marie Procházková, Alena Němcová" per chosen group. */
export function nominationLines(
  locale: Locale,
  reply: SubjectNominationsReply,
  groups: readonly AnonymousGroup[],
): CardElement[] {
  return groups.map((group) => {
    const names = chosenIn(reply, group).map((nomination) => nomination.rater.displayName);
    return plainBlock(
      translate(locale, 'bot.feedback.nominate.line', {
        group: groupLabel(locale, group),
        names: names.length > 0 ? names.join(', ') : translate(locale, 'bot.feedback.nominate.none'),
      }),
    );
  });
}

function ref(reply: SubjectNominationsReply, userIds: readonly string[]): FeedbackCardRef {
  return { cycleId: reply.subject.cycleId, subjectId: reply.subject.id, userIds };
}

function directReports(reply: SubjectNominationsReply): number {
  return chosenIn(reply, 'directReport').length;
}

/**
 * The subject's nomination card: the suggested colleagues as checkboxes for peers and for others,
 * ticked as currently proposed, and "Odeslat ke schválení" (the list is saved, then sent to the
 * manager); anyone not suggested is added in the tab. Once sent, approved or past its phase the
 * card says so and lists who was chosen; its refresh keeps every device current.
 */
export function nominationCard(
  locale: Locale,
  reply: SubjectNominationsReply,
  options: NominationCardOptions,
): AdaptiveCard {
  const refresh = feedbackRefresh(FEEDBACK_NOMINATE_REFRESH_VERB, ref(reply, options.userIds));
  const manager = reply.subject.manager?.displayName ?? null;
  const intro = manager
    ? translate(locale, 'bot.feedback.nominate.intro', { cycle: options.cycle.name, manager })
    : translate(locale, 'bot.feedback.nominate.noManager', { cycle: options.cycle.name });
  const top: CardElement[] = [
    heading(translate(locale, 'bot.feedback.nominate.title')),
    ...cycleLines(locale, options.cycle.name, options.cycle.deadline),
  ];
  const open = reply.allowed.includes('submit');
  if (!open) {
    const state = reply.subject.nominationState;
    const status =
      state === 'approved'
        ? translate(locale, 'bot.feedback.nominate.approved')
        : state === 'submitted'
          ? translate(locale, 'bot.feedback.nominate.submitted')
          : translate(locale, 'bot.feedback.nominate.closed');
    return adaptiveCard(
      locale,
      [
        ...top,
        ...(options.problem ? [notice(options.problem, 'Attention')] : []),
        notice(status, state === 'open' ? 'Default' : 'Good'),
        ...(state === 'open' ? [] : nominationLines(locale, reply, APPROVED_GROUPS)),
      ],
      tabAction(locale, options.link),
      refresh,
    );
  }
  const actions: CardAction[] = [
    {
      type: 'Action.Execute',
      title: translate(locale, 'bot.feedback.nominate.submit'),
      verb: FEEDBACK_NOMINATE_VERB,
      data: {
        verb: FEEDBACK_NOMINATE_VERB,
        cycleId: reply.subject.cycleId,
        subjectId: reply.subject.id,
        etag: reply.subject.etag,
      },
    },
    ...tabAction(locale, options.link),
  ];
  return adaptiveCard(
    locale,
    [
      ...top,
      ...(options.reminder ? [notice(options.reminder, 'Attention')] : []),
      ...(options.problem ? [notice(options.problem, 'Attention')] : []),
      notice(intro),
      charter(locale),
      subtle(translate(locale, 'bot.feedback.nominate.automatic', { count: directReports(reply) })),
      ...NOMINATED_GROUPS.map((group) =>
        groupChoices(locale, reply, group, NOMINATED_GROUPS, options.ticked?.[group], true),
      ),
      ...(options.link ? [subtle(translate(locale, 'bot.feedback.nominate.elsewhere'))] : []),
    ],
    actions,
    refresh,
  );
}

/**
 * The manager's approval card: the subject's chosen raters per group, all ticked; unticking
 * removes someone, "Schválit" keeps the ticked ones and approves (adding people is the tab's).
 * Before the subject sends the list, after approval and past the phase the card says so.
 */
export function approvalCard(
  locale: Locale,
  reply: SubjectNominationsReply,
  options: NominationCardOptions,
): AdaptiveCard {
  const subject = reply.subject.person.displayName;
  const refresh = feedbackRefresh(FEEDBACK_APPROVE_REFRESH_VERB, ref(reply, options.userIds));
  const top: CardElement[] = [
    heading(translate(locale, 'bot.feedback.approve.title')),
    plainBlock(subject, { weight: 'Bolder' }),
    ...cycleLines(locale, options.cycle.name, options.cycle.deadline),
  ];
  const state = reply.subject.nominationState;
  if (!reply.allowed.includes('approve')) {
    const status =
      state === 'approved'
        ? notice(translate(locale, 'bot.feedback.approve.done'), 'Good')
        : options.cycle.phase !== 'nomination' && options.cycle.phase !== 'approval'
          ? notice(translate(locale, 'bot.feedback.approve.closed'))
          : notice(translate(locale, 'bot.feedback.approve.notYet', { subject }));
    return adaptiveCard(
      locale,
      [
        ...top,
        ...(options.problem ? [notice(options.problem, 'Attention')] : []),
        status,
        ...(state === 'approved' ? nominationLines(locale, reply, APPROVED_GROUPS) : []),
      ],
      tabAction(locale, options.link),
      refresh,
    );
  }
  if (state === 'open') {
    // The manager may approve an unsent list in the tab; the card waits for the subject's.
    return adaptiveCard(
      locale,
      [...top, notice(translate(locale, 'bot.feedback.approve.notYet', { subject }))],
      tabAction(locale, options.link),
      refresh,
    );
  }
  const groups = APPROVED_GROUPS.filter((group) => chosenIn(reply, group).length > 0);
  return adaptiveCard(
    locale,
    [
      ...top,
      ...(options.reminder ? [notice(options.reminder, 'Attention')] : []),
      ...(options.problem ? [notice(options.problem, 'Attention')] : []),
      notice(translate(locale, 'bot.feedback.approve.intro', { subject, cycle: options.cycle.name })),
      charter(locale),
      ...groups.map((group) =>
        groupChoices(locale, reply, group, APPROVED_GROUPS, options.ticked?.[group], false),
      ),
    ],
    [
      {
        type: 'Action.Execute',
        title: translate(locale, 'bot.feedback.approve.submit'),
        verb: FEEDBACK_APPROVE_VERB,
        data: {
          verb: FEEDBACK_APPROVE_VERB,
          cycleId: reply.subject.cycleId,
          subjectId: reply.subject.id,
          etag: reply.subject.etag,
        },
      },
      ...tabAction(locale, options.link),
    ],
    refresh,
  );
}
