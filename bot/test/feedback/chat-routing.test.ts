import { describe, expect, it } from '@jest/globals';
import { ThrottledError } from '@kvalita/sharepoint';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import {
  FEEDBACK_CARD_VERBS,
  FEEDBACK_NOMINATE_REFRESH_VERB,
  FEEDBACK_NOMINATE_VERB,
  FEEDBACK_RATE_REFRESH_VERB,
  FEEDBACK_RATE_VERB,
} from '../../src/feedback/cards/feedback-card-verbs';
import type { CardUser, FeedbackCardActions } from '../../src/feedback/chat/feedback-card-actions';
import { adaptiveCard } from '../../src/platform/chat/adaptive-card.types';
import { KvalitaBot } from '../../src/platform/chat/kvalita-bot';
import { withDomainErrors } from '../../src/platform/storage-errors';
import type { SurveyAnswering } from '../../src/surveys/answering/survey-answering';
import { MARIE } from './feedback-fixture';

/** The feedback cards' actions as the bot sees them: records what reached them. */
function recordingCards(fail = false) {
  const calls: { verb: string; data: Record<string, unknown>; user: CardUser; locale: string }[] = [];
  const cards: FeedbackCardActions = {
    handles: (verb) => verb !== undefined && FEEDBACK_CARD_VERBS.includes(verb),
    invoke: async (verb, data, user, locale) => {
      if (fail) throw new ThrottledError(429, '', 'throttled', 6, 30);
      calls.push({ verb, data: { ...data }, user, locale });
      return adaptiveCard(locale, [{ type: 'TextBlock', text: `done ${verb}` }]);
    },
  };
  return { calls, cards: fail ? withDomainErrors(cards) : cards };
}

function bot(cards: FeedbackCardActions): KvalitaBot {
  return new KvalitaBot({
    answering: {} as SurveyAnswering,
    respondent: async (context) => ({
      personId: context.activity.from.id,
      departmentCode: null,
      email: MARIE.email,
    }),
    feedbackCards: cards,
  });
}

const person = {
  channelId: 'msteams',
  from: { id: '29:marie', name: 'Marie Procházková' },
  recipient: { id: '28:kvalita', name: 'Kvalita' },
  conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' },
};
const data = { cycleId: 7, subjectId: 11 };

async function invoke(cards: FeedbackCardActions, verb: string, locale = 'cs-CZ') {
  const adapter = new TestAdapter(async (context) => bot(cards).run(context));
  await adapter.send({
    ...person,
    type: ActivityTypes.Invoke,
    name: 'adaptiveCard/action',
    locale,
    value: { action: { type: 'Action.Execute', verb, data: { ...data, b0: '4' } } },
  } satisfies Partial<Activity>);
  const reply = adapter.activeQueue.splice(0).find((activity) => activity.type === 'invokeResponse');
  return reply?.value as { status: number; body: { type: string; value: unknown } } | undefined;
}

describe('360 feedback card actions in the bot', () => {
  it.each(FEEDBACK_CARD_VERBS)(
    'routes %s with the person, their Teams user id and language',
    async (verb) => {
      const { calls, cards } = recordingCards();
      const response = await invoke(cards, verb, 'en-US');
      expect(calls).toEqual([
        { verb, data: { ...data, b0: '4' }, user: { email: MARIE.email, userId: '29:marie' }, locale: 'en' },
      ]);
      expect(response?.status).toBe(200);
      expect(JSON.stringify(response?.body.value)).toContain(`done ${verb}`);
    },
  );

  it('routes an older client’s Action.Submit and answers with a new card', async () => {
    const { calls, cards } = recordingCards();
    const adapter = new TestAdapter(async (context) => bot(cards).run(context));
    await adapter.send({
      ...person,
      type: ActivityTypes.Message,
      value: { verb: FEEDBACK_RATE_VERB, ...data },
    } satisfies Partial<Activity>);
    expect(calls.map((call) => call.verb)).toEqual([FEEDBACK_RATE_VERB]);
    const reply = adapter.activeQueue.splice(0).find((activity) => activity.type === 'message');
    expect(JSON.stringify(reply?.attachments)).toContain(`done ${FEEDBACK_RATE_VERB}`);
  });

  it.each([
    [FEEDBACK_RATE_VERB, FEEDBACK_RATE_REFRESH_VERB],
    [FEEDBACK_NOMINATE_VERB, FEEDBACK_NOMINATE_REFRESH_VERB],
  ])(
    'under SharePoint throttling %s says “try again” and brings the card back with %s',
    async (verb, refresh) => {
      const { cards } = recordingCards(true);
      const response = await invoke(cards, verb);
      const card = JSON.stringify(response?.body.value);
      expect(card).toContain('Zkuste to prosím znovu za minutu');
      expect(card).toContain(refresh);
      expect(card).toContain('"cycleId":7');
      expect(card).not.toContain('"b0"');
    },
  );
});
