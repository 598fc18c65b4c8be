import { PULSE_ANSWER_VERB, pulseAnswerSchema, resolveLocale, translate, type Locale } from '@kvalita/core';
import { ActivityHandler, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import { helpCard } from '../cards/help-card';
import { pulseCard } from '../cards/pulse-card';
import { PULSE_COMMAND_VERB } from '../cards/verbs';
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
    const parsed = pulseAnswerSchema.safeParse(context.activity.value);
    if (!parsed.success) {
      await context.sendActivity(translate(locale, 'bot.pulse.invalid'));
      return;
    }
    const respondent = await this.deps.respondent(context);
    const outcome = await this.deps.pulse.answer(parsed.data, respondent);
    const message =
      outcome === 'stored'
        ? translate(locale, 'bot.pulse.thanks', { score: parsed.data.score })
        : outcome === 'duplicate'
          ? translate(locale, 'bot.pulse.alreadyAnswered')
          : translate(locale, 'bot.pulse.closed');
    await context.sendActivity(message);
  }

  private async sendPulse(context: TurnContext, locale: Locale): Promise<void> {
    const card = pulseCard(locale, this.deps.pulse.currentPulseId());
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  }
}
