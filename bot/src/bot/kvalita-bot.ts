import {
  PULSE_ANSWER_VERB,
  pulseAnswerSchema,
  resolveLocale,
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '@kvalita/core';
import {
  ActivityHandler,
  CardFactory,
  MessageFactory,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/adaptive-card.types';
import { helpCard } from '../cards/help-card';
import { pulseCard } from '../cards/pulse-card';
import { pulseStatusCard } from '../cards/pulse-status-card';
import { PULSE_COMMAND_VERB, PULSE_REFRESH_VERB } from '../cards/verbs';
import type { PulseService } from '../pulse/pulse-service';
import { parseCommand } from './commands';
import type { ConversationRecorder } from './conversation-recorder';
import type { RespondentResolver } from './respondent';

export interface KvalitaBotDeps {
  readonly pulse: PulseService;
  readonly respondent: RespondentResolver;
  /** Keeps personal-chat references for proactive survey invitations; none in tests that need none. */
  readonly recordConversation?: ConversationRecorder;
}

function localeOf(context: TurnContext): Locale {
  return resolveLocale(context.activity.locale);
}

function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: ADAPTIVE_CARD_CONTENT_TYPE,
    value: card as unknown as Record<string, unknown>,
  };
}

function submittedVerb(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const verb = (value as { verb?: unknown }).verb;
  return typeof verb === 'string' ? verb : null;
}

/** The chat side of Kvalita: greeting, help, and the weekly pulse answered on a card. */
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
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      const verb = submittedVerb(context.activity.value);
      if (verb !== null) await this.onCardSubmit(context, verb);
      else await this.onText(context);
      await next();
    });
  }

  private async onText(context: TurnContext): Promise<void> {
    const locale = localeOf(context);
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text;
    switch (parseCommand(text)) {
      case 'help':
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(helpCard(locale))));
        return;
      case 'pulse':
        await this.sendPulse(context, locale);
        return;
      case 'unknown':
        await context.sendActivity(translate(locale, 'bot.unknown'));
    }
  }

  private async onCardSubmit(context: TurnContext, verb: string): Promise<void> {
    const locale = localeOf(context);
    if (verb === PULSE_COMMAND_VERB) return this.sendPulse(context, locale);
    if (verb !== PULSE_ANSWER_VERB) {
      await context.sendActivity(translate(locale, 'bot.unknown'));
      return;
    }
    const { key, params } = await this.answerPulse(context, context.activity.value);
    await context.sendActivity(translate(locale, key, params));
  }

  /** Universal Actions: the answer and the refresh come as invokes, answered with the card to show. */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const locale = localeOf(context);
    const data: Record<string, unknown> = { ...(invokeValue.action?.data ?? {}) };
    if (invokeValue.action?.verb === PULSE_ANSWER_VERB) {
      const { key, params } = await this.answerPulse(context, { ...data, verb: PULSE_ANSWER_VERB });
      return cardResponse(
        pulseStatusCard(locale, key === 'bot.pulse.thanks' ? 'bot.pulse.answeredCard' : key, params),
      );
    }
    if (invokeValue.action?.verb === PULSE_REFRESH_VERB) {
      const pulseId = typeof data['pulseId'] === 'string' ? data['pulseId'] : '';
      if (!this.deps.pulse.isOpen(pulseId)) return cardResponse(pulseStatusCard(locale, 'bot.pulse.closed'));
      const { personId } = await this.deps.respondent(context);
      return cardResponse(
        (await this.deps.pulse.hasAnswered(pulseId, personId))
          ? pulseStatusCard(locale, 'bot.pulse.answeredCard')
          : pulseCard(locale, pulseId),
      );
    }
    return {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: `Unknown verb ${String(invokeValue.action?.verb)}` },
    };
  }

  /** One path for every way an answer arrives (plain submit or Action.Execute). */
  private async answerPulse(
    context: TurnContext,
    value: unknown,
  ): Promise<{ key: MessageKey; params?: MessageParams }> {
    const parsed = pulseAnswerSchema.safeParse(value);
    if (!parsed.success) return { key: 'bot.pulse.invalid' };
    const outcome = await this.deps.pulse.answer(parsed.data, await this.deps.respondent(context));
    if (outcome === 'stored') return { key: 'bot.pulse.thanks', params: { score: parsed.data.score } };
    return { key: outcome === 'duplicate' ? 'bot.pulse.alreadyAnswered' : 'bot.pulse.closed' };
  }

  private async sendPulse(context: TurnContext, locale: Locale): Promise<void> {
    const card = pulseCard(locale, this.deps.pulse.currentPulseId());
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}
