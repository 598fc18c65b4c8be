import { SURVEY_ANSWER_VERB, SURVEY_REFRESH_VERB, translate, type Locale } from '@kvalita/core';
import {
  ActivityHandler,
  CardFactory,
  MessageFactory,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import type { AnswerOutcome, CardState, SurveyAnswering } from '../../surveys/answering/survey-answering';
import type { InstallInvitations } from '../../surveys/delivery/install-invitations';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './adaptive-card.types';
import { helpCard } from './help-card';
import { isUnavailable } from '../storage-errors';
import { tryLaterCard } from './try-later-card';
import { surveyCard, surveyRefresh } from '../../surveys/cards/survey-card';
import { surveyStatusCard } from '../../surveys/cards/survey-status-card';
import { SURVEYS_COMMAND_VERB } from './verbs';
import type { MeasureCardActions } from '../../measures/cards/progress-card-actions';
import { MEASURE_REFRESH_VERB } from '../../measures/cards/measure-card-verbs';
import type { DocumentCardActions } from '../../documents/chat/document-card-actions';
import { documentRetry } from '../../documents/cards/document-card-verbs';
import type { FeedbackCardActions } from '../../feedback/chat/feedback-card-actions';
import { feedbackRetry } from '../../feedback/cards/feedback-card-verbs';
import { commandScopeOf, parseCommand } from './commands';
import { chatLocale } from './chat-locale';
import type { ConversationRecorder } from './conversation-recorder';
import { personIdOf, type RespondentResolver } from './respondent';

export interface KvalitaBotDeps {
  readonly answering: SurveyAnswering;
  readonly respondent: RespondentResolver;
  /** Keeps personal-chat references for proactive survey invitations; none in tests that need none. */
  readonly recordConversation?: ConversationRecorder;
  /** Lets an install send the open surveys' cards in place of the fan-out; none: the fan-out does. */
  readonly installInvitations?: InstallInvitations;
  /** The measure reminder cards' "Nahlásit postup" and refresh; none: measures are not in chat. */
  readonly measureCards?: MeasureCardActions;
  /** The document cards' "Potvrzuji, že jsem se seznámil/a", comments and refreshes; none: documents are not in chat. */
  readonly documentCards?: DocumentCardActions;
  /** 360 feedback's rating, nomination and approval cards; none: 360 feedback is not in chat. */
  readonly feedbackCards?: FeedbackCardActions;
  readonly log?: (line: string) => void;
}

function localeOf(context: TurnContext): Locale {
  return chatLocale(context.activity);
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: ADAPTIVE_CARD_CONTENT_TYPE,
    value: card as unknown as Record<string, unknown>,
  };
}

function cardActivity(card: AdaptiveCard) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

function submittedVerb(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const verb = (value as { verb?: unknown }).verb;
  return typeof verb === 'string' ? verb : null;
}

/** The card that answers a submit: thanks (with the text echoed), already answered, closed, or the questions again. */
export function answerCard(
  locale: Locale,
  outcome: AnswerOutcome,
  submitted: Record<string, unknown>,
): AdaptiveCard {
  switch (outcome.kind) {
    case 'invalid':
      return surveyStatusCard(locale, null, 'invalid');
    case 'closed':
      return surveyStatusCard(locale, outcome.survey?.title ?? null, 'closed');
    case 'duplicate':
      // A second card of the wave (the fan-out is at least once) or a second click: says the one
      // answer counts, and refreshes like the answered card to the same state.
      return surveyStatusCard(locale, outcome.survey.title, 'alreadyAnswered', {
        refresh: surveyRefresh(outcome.survey.key, outcome.wave.number),
      });
    case 'notInAudience':
      return surveyStatusCard(locale, outcome.survey.title, 'notForYou');
    case 'problems':
      return surveyCard(locale, outcome.survey, outcome.wave, {
        problems: outcome.problems,
        values: submitted,
      });
    case 'stored': {
      const echo = outcome.survey.questions.flatMap((question) => {
        const answer = outcome.answers[question.key];
        return answer?.type === 'text' && answer.text !== '' ? [answer.text] : [];
      });
      return surveyStatusCard(locale, outcome.survey.title, 'answered', {
        echo,
        refresh: surveyRefresh(outcome.survey.key, outcome.wave.number),
      });
    }
  }
}

/** The card a refresh shows: closed, answered, or the questions. */
export function stateCard(locale: Locale, state: CardState): AdaptiveCard {
  switch (state.kind) {
    case 'invalid':
      return surveyStatusCard(locale, null, 'invalid');
    case 'closed':
      return surveyStatusCard(locale, state.survey?.title ?? null, 'closed');
    case 'answered':
      // Every card of the wave ends here, whichever was answered: one "done" card.
      return surveyStatusCard(locale, state.survey.title, 'answered', {
        refresh: surveyRefresh(state.survey.key, state.wave.number),
      });
    case 'open':
      return surveyCard(locale, state.survey, state.wave);
  }
}

/** The survey card's own data (key and wave) from an action's data, to bring the card back with. */
function surveyRetry(data: Record<string, unknown>) {
  const { surveyKey, wave } = data;
  return { verb: SURVEY_REFRESH_VERB, data: { surveyKey, wave } };
}

/**
 * Runs a turn's work; while SharePoint is throttling (nothing could be read or stored), gives the
 * polite answer instead of an error. Every other failure is the adapter's (logged, "something went
 * wrong").
 */
async function unlessUnavailable<T>(work: () => Promise<T>, meanwhile: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUnavailable(error)) return meanwhile();
    throw error;
  }
}

/** The chat side of Kvalita: greeting, help, and survey waves answered on cards. */
export class KvalitaBot extends ActivityHandler {
  constructor(private readonly deps: KvalitaBotDeps) {
    super();

    // Before the handlers run, so a reference exists by the time the greeting is out.
    this.onTurn(async (context, next) => {
      await this.deps.recordConversation?.(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const added = context.activity.membersAdded ?? [];
      // One greeting per installation, whether Teams reports the bot or the person as added.
      if (added.length > 0) {
        const locale = localeOf(context);
        await context.sendActivity(translate(locale, 'bot.welcome'));
        if (context.activity.conversation?.conversationType === 'personal')
          await this.sendInvitationsOnInstall(context, locale);
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const verb = submittedVerb(context.activity.value);
      await unlessUnavailable(
        () => (verb !== null ? this.onCardSubmit(context, verb) : this.onText(context)),
        async () => {
          await context.sendActivity(cardActivity(tryLaterCard(localeOf(context))));
        },
      );
      await next();
    });
  }

  private async onText(context: TurnContext): Promise<void> {
    const locale = localeOf(context);
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
    const scope = commandScopeOf(context.activity.conversation?.conversationType);
    switch (parseCommand(text, scope)) {
      case 'help':
        await context.sendActivity(cardActivity(helpCard(locale, scope)));
        return;
      case 'surveys':
        await this.sendOpenSurveys(context, locale);
        return;
      case null:
        await context.sendActivity(translate(locale, 'bot.unknown'));
    }
  }

  /** A plain Action.Submit (older clients, the help card's button): the reply is a new card. */
  private async onCardSubmit(context: TurnContext, verb: string): Promise<void> {
    const locale = localeOf(context);
    // The help card offers open surveys in personal chat only; a card forwarded elsewhere does not bring them.
    const personal = commandScopeOf(context.activity.conversation?.conversationType) === 'personal';
    if (verb === SURVEYS_COMMAND_VERB && personal) return this.sendOpenSurveys(context, locale);
    if (this.deps.documentCards?.handles(verb)) {
      const submitted = context.activity.value as Record<string, unknown>;
      const respondent = await this.deps.respondent(context);
      const card = await this.deps.documentCards.invoke(verb, submitted, respondent.email ?? null, locale);
      await context.sendActivity(cardActivity(card));
      return;
    }
    if (this.deps.feedbackCards?.handles(verb)) {
      const submitted = context.activity.value as Record<string, unknown>;
      const respondent = await this.deps.respondent(context);
      const card = await this.deps.feedbackCards.invoke(
        verb,
        submitted,
        { email: respondent.email ?? null, userId: context.activity.from?.id ?? null },
        locale,
      );
      await context.sendActivity(cardActivity(card));
      return;
    }
    if (this.deps.measureCards?.handles(verb)) {
      const submitted = context.activity.value as Record<string, unknown>;
      const respondent = await this.deps.respondent(context);
      const card = await this.deps.measureCards.invoke(verb, submitted, respondent.email ?? null, locale);
      await context.sendActivity(cardActivity(card));
      return;
    }
    if (verb !== SURVEY_ANSWER_VERB) {
      await context.sendActivity(translate(locale, 'bot.unknown'));
      return;
    }
    const submitted = context.activity.value as Record<string, unknown>;
    const outcome = await this.deps.answering.answer(submitted, await this.deps.respondent(context));
    await context.sendActivity(cardActivity(answerCard(locale, outcome, submitted)));
  }

  /** Universal Actions: the answer and the refresh come as invokes, answered with the card to show. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const locale = localeOf(context);
    const data: Record<string, unknown> = { ...(invokeValue.action?.data ?? {}) };
    // Under throttling the card says so and keeps a way back to the questions (Teams would show an
    // empty error for a failed invoke).
    const meanwhile = () => cardResponse(tryLaterCard(locale, surveyRetry(data)));
    const documentCards = this.deps.documentCards;
    if (documentCards?.handles(invokeValue.action?.verb)) {
      const verb = invokeValue.action.verb;
      // Under throttling the card offers to show the document again (its refresh), nothing stored.
      return unlessUnavailable(
        async () =>
          cardResponse(
            await documentCards.invoke(
              verb,
              data,
              (await this.deps.respondent(context)).email ?? null,
              locale,
            ),
          ),
        () => cardResponse(tryLaterCard(locale, documentRetry(verb, data))),
      );
    }
    const feedbackCards = this.deps.feedbackCards;
    if (feedbackCards?.handles(invokeValue.action?.verb)) {
      const verb = invokeValue.action.verb;
      // Under throttling the card offers to show its current state again (its refresh), nothing stored.
      return unlessUnavailable(
        async () =>
          cardResponse(
            await feedbackCards.invoke(
              verb,
              data,
              {
                email: (await this.deps.respondent(context)).email ?? null,
                userId: context.activity.from?.id ?? null,
              },
              locale,
            ),
          ),
        () => cardResponse(tryLaterCard(locale, feedbackRetry(verb, data))),
      );
    }
    const measureCards = this.deps.measureCards;
    if (measureCards?.handles(invokeValue.action?.verb)) {
      const verb = invokeValue.action.verb;
      // Under throttling the card offers to show the measure again (its refresh).
      const retry = { verb: MEASURE_REFRESH_VERB, data: { measureId: data['measureId'] } };
      return unlessUnavailable(
        async () =>
          cardResponse(
            await measureCards.invoke(
              verb,
              data,
              (await this.deps.respondent(context)).email ?? null,
              locale,
            ),
          ),
        () => cardResponse(tryLaterCard(locale, retry)),
      );
    }
    if (invokeValue.action?.verb === SURVEY_ANSWER_VERB) {
      return unlessUnavailable(async () => {
        const outcome = await this.deps.answering.answer(data, await this.deps.respondent(context));
        return cardResponse(answerCard(locale, outcome, data));
      }, meanwhile);
    }
    if (invokeValue.action?.verb === SURVEY_REFRESH_VERB) {
      return unlessUnavailable(
        async () =>
          cardResponse(stateCard(locale, await this.deps.answering.state(data, personIdOf(context)))),
        meanwhile,
      );
    }
    return {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: `Unknown verb ${String(invokeValue.action?.verb)}` },
    };
  }

  /**
   * Someone who installs the app during an open wave gets its card now, not at the next tick. The
   * card goes out only for an invitation row this turn claimed (and is then marked sent), so the
   * fan-out never sends it again: one card per person and wave. Never breaks the greeting.
   */
  private async sendInvitationsOnInstall(context: TurnContext, locale: Locale): Promise<void> {
    const invitations = this.deps.installInvitations;
    if (!invitations) return;
    try {
      const respondent = await this.deps.respondent(context);
      if (!respondent.email) return;
      for (const { survey, wave } of await this.deps.answering.openFor(respondent)) {
        const row = await invitations.claim(survey.key, wave.number, respondent.email);
        if (!row) continue;
        try {
          await context.sendActivity(cardActivity(surveyCard(locale, survey, wave)));
        } catch (error) {
          await invitations.markFailed(row, error instanceof Error ? error.message : String(error));
          throw error;
        }
        await invitations.markSent(row);
      }
    } catch (error) {
      this.deps.log?.(
        `open surveys not sent on install: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private async sendOpenSurveys(context: TurnContext, locale: Locale): Promise<void> {
    const open = await this.deps.answering.openFor(await this.deps.respondent(context));
    if (open.length === 0) {
      await context.sendActivity(translate(locale, 'bot.survey.nothingOpen'));
      return;
    }
    for (const { survey, wave } of open)
      await context.sendActivity(cardActivity(surveyCard(locale, survey, wave)));
  }
}
